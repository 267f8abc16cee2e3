# ruff: noqa: E501
"""Name pools of held-out DF (issue 15): names as the population has them, weighted by how often
people carry them.

Written by DF's writer from general knowledge, not checked against anything in rung: Swedish given
names and surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail of
rarer names past them); the US Census 1990 lists (public domain, copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`: the census per cent as weight, head 150);
UK given names and surnames in the order of the ONS rankings (1/rank, head 150); Irish names in the
order of the CSO's rankings (1/rank, head 60 and 80), since DF's English rows are the local papers
of Britain and Ireland; and the commonest given names and surnames of the origins common in Sweden
(1/rank, head 10). No name was left out for being known or unknown to any detector.
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


def words(text: str) -> tuple[str, ...]:
    """Names from a block of text, one a word, `_` for a space inside a name; repeats dropped."""
    out: list[str] = []
    for word in text.split():
        name = word.replace("_", " ")
        if name not in out:
            out.append(name)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = words(text)
    return Pool(
        names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names) - 1)
    )


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list, the per cent of people carrying the name as its weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(word: str) -> str:
    """The word typed without its letters' marks (`Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`)."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# --- Sweden: SCB's name statistics, in rank order (given names as they are used, surnames as carried).
SV_F = ranked("""
Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda Birgitta
Elisabeth Inger Annika Sofia Susanne Monica Johanna Margareta Helena Ulla Elin Ida Carina Camilla
Julia Linnéa Anneli Åsa Cecilia Katarina Gunilla Ann Amanda Therese Ulrika Agneta Maja Elsa Alice
Anette Frida Lisa Josefin Matilda Ebba Caroline Wilma Moa Siv Barbro Lina Madeleine Ellen Charlotte
Emelie Gun Gunnel Yvonne Sandra Erika Viktoria Elisabet Jessica Louise Marianne Britt Pia Anita
Klara Ingela Lisbeth Astrid Ella Alva Saga Agnes Lovisa Mona Irene Ann-Marie Britt-Marie Ann-Christin
Berit Ingegerd Elsie Margit Gunvor Lilian Rut Maj Ingegärd Karolina Felicia Rebecka Fanny Hedvig
Nathalie Sofie Jennifer Emilia Isabelle Cornelia Tilda Tove Ylva Vera Stina Tuva Nellie Elvira Selma
Stella Iris Alma Ines Greta Signe Tyra Freja Elise Ronja Sigrid Mikaela Evelina Paulina Petra Jeanette
Angelica Marina Anne Ann-Sofie Marita Eleonor Lillemor Solveig Ragnhild Dagny Majvor
Gullvi Ingalill Inga Asta Svea Märta Edla Ester Elvy Birgit Ing-Marie Gudrun Vivianne Sonja Laila
Rose-Marie Anna-Karin Eva-Lena Ann-Louise Anna-Lena Marie-Louise Lise-Lotte Mari Maud Iréne Viveka
Kajsa Annelie Lotta Sanna Hillevi Tina Cathrine Annette Jeanette Liselott Jonna Emmy Meja
Juni Majken Leia Tindra Novalie Minna Vilma Elina Mira Filippa Thea Nova Lea Livia Nora Hilda Edith
Olivia Ellie Ester Lykke Liv Vanja Siri Idun Märtha Tekla Hedda Ingeborg Gertrud Hervor Rakel
Linn Therése Carolina Jannike Malena Elinor Emelia Daniella Michaela Cajsa Ewa Christina Catarina
Helén Marléne Ann-Kristin Anne-Marie Eva-Karin Britt-Inger Ulla-Britt Gun-Britt Maj-Britt Mia Pernilla
Kristin Charlott Teresia Beatrice Josefine Emilie Amelia Lilly Ingvor Gunbritt
Evy Alfhild Signhild Torun Viola Margot Ninni Doris Aina Edit Elvi Hjördis Judit Karola Mariann Lenita
Benita Ann-Britt Ewy Inga-Lill Kicki Saija Susann Yvette Jannicka Liza Dalia
Fatima Maryam Zahra Sabina Jasmine Yasmin Amina Natalie Melissa Novah Elli Meya
Majvi Hilma Valborg Ottilia Vendela Isadora Agda Sylvia Carin Kristine
Louisa Madelene Gabriella Jenni Victoria Rosita Elena Mirja Wendela Solbritt
Märit Anny Tora Embla Aurora Selin Lejla Ayla Nelly
Alexandra Nina Adela Alicia Allis Amalia Ann-Charlotte Ann-Katrin Anna-Maria Anna-Stina Annie Antonia
Augusta Bella Betty Blenda Carita Catharina Clara Dagmar Denise Eleonora Eira Ellinor Elly Emmie Erica
Fredrika Gerd Gisela Hanne Harriet Heidi Helga Irma Isa Jill Josefina Julie Karolin Katja Lisen Lotten
Lovis Lydia Magdalena Maj-Lis Malou Marit Mathilda Melina Melinda Nadja Olga Pauline Ragna Regina Rosa
Rosalie Sigbritt Stephanie Tanja Tea Tess Thyra Ursula Valentina Veronica Vivi Yrsa
""", 150)  # fmt: skip
SV_M = ranked("""
Lars Anders Johan Per Erik Karl Peter Mikael Jan Thomas Hans Daniel Fredrik Bengt Nils Lennart
Magnus Stefan Mats Andreas Bo Leif Jonas Göran Martin Ulf Sven Björn Henrik Niklas Marcus Mattias
David Oskar Christer Patrik Roger Tommy Kjell Robert Emil Olof Stig Rolf Lucas William Viktor Gunnar
Alexander Johannes Simon Tobias Sebastian Anton Christian Kent Rickard Joakim Hugo Elias Filip
Oliver Axel Jonathan Adam Åke Arne Kenneth Claes Liam Rasmus Kristoffer Robin Jakob Håkan Dan
Ingemar Linus Isak Ludvig Gabriel Jörgen Ronny Emanuel Kurt Hampus Albin Noah Theo Leo Edvin Melvin
Samuel Oscar Vincent Sixten Elliot Benjamin Max Felix Jesper Kim Sten Ove Torbjörn Tomas Urban Roland
Sune Rune Bertil Ingvar Erling Yngve Gösta Tage Allan Harry Gert Conny Pontus Jimmy Dennis Alfred
Arvid Vilgot Malte Ebbe Love Loke Colin Charlie Milo Otto Ivar Valter Harald Sigge Folke Torsten
Sture Birger Evert Einar Helge Holger Ragnar Östen Lage Egon Assar Algot Knut Nore Tor Vidar Frans
Josef Mohammed Ali Ahmad Hilding Gunder Ture Valdemar Manfred Karl-Erik Lars-Erik Per-Olof Jan-Erik
Carl-Johan Bengt-Göran Karl-Gustav Sven-Erik Lars-Göran Nils-Erik Per-Anders Jan-Olof Hans-Erik
Lars-Olof Karl-Johan Per-Erik Bo-Göran Stig-Olof Bror Gustaf Wilhelm Melker Wilmer Alvin
Matteo Nils-Olof Kalle Kevin Jack Lukas Eddie Ville Olle Julius Gustav Carl Eric Mathias Joel Jacob
Hannes Douglas August Casper Frank Sam Mohamad Mustafa Hassan Omar Ibrahim Yusuf Abdi Hussein Ahmed
Tim Jim Jon Micael Michael Krister Kristian Torgny Torvald Bernt Bert Lennarth Thorsten Tord
Lorentz Ola Roine Ragnvald Håkon Dag Stellan Arnold Stanley Wiktor Benny Jerker
Gottfrid Adolf Eskil Tryggve Sölve Sigvard Gillis Verner Elof Agne Åsmund Vide
Ossian Otis Mio Hjalmar Gideon Nemo Sigfrid Rutger Fabian Marko Ivan Boris
Kjell-Åke Sven-Åke Lars-Åke Per-Åke Karl-Åke Hans-Åke Jan-Åke Lars-Gunnar Karl-Axel
Aron Elis Birk Levi Alve Enzo Adrian Leon Zakaria Amir Yasin Hamza Omid Reza Armin Edin
Sören Kennet Kenny Glenn Joacim Tommie Tony Rikard Christoffer Henric Fredric Niclas Nicklas
Jöns Mårten Måns Anund Torkel Orvar Alrik Teodor Maximilian Ruben Josua Didrik
Albert Alf Alvar Anselm Artur Bernhard Brage Börje Carl-Henrik Conrad Curt Dick Edgar Edvard Efraim
Elmer Emrik Erland Ernst Fritiof Georg Gerhard Göte Halvar Helmer Henning Herbert Ingmar Inge Jarl Jens
John Karl-Olof Konrad Mauritz Olov Osvald Paul Per-Gunnar Petter Pierre Ralf Reinhold Roy Rudolf Seth
Sigurd Staffan Svante Thor Thure Uno Valfrid Walter Werner Örjan
""", 150)  # fmt: skip
SV_S = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund Danielsson Lundin Håkansson
Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg
Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund
Björklund Eliasson Pålsson Hassan Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström
Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson
Blom Ek Månsson Strand Åkesson Jonasson Dahl Lindholm Norberg Sundström Ivarsson Mohamed Jacobsson
Lindblom Hedberg Hussein Karlström Ahlström Nordqvist Björkman Lundmark Ottosson Sundqvist Ekman
Omar Ibrahim Jeppsson Hedström Holmqvist Sjöström Ahlberg Berntsson Nordberg Söderström Strömberg
Lindahl Hallberg Åström Engberg Bergkvist Sundin Nordlund Nyman Ekberg Forsman Wahlström Borg
Hägglund Edlund Lindkvist Gustavsson Carlsson Kristiansson Wennberg Strömqvist
Lundh Öhman Andersen Palm Lindell Wiklund Svärd Boström Vesterberg Rydberg Jonsson
Nylund Hjalmarsson Adolfsson Sandin Nyqvist Rosén Brandt Grönlund Stenberg Alm Backlund Bäckström
Dahlgren Dahlin Ekholm Enqvist Fagerström Forslund Frisk Grahn Granath Hedman Hellberg Holmström
Höglund Kjellberg Lilja Lindén Ljung Lundell Malm Melin Moberg Norén Nordgren Rask
Rehn Roos Rydén Sahlin Schön Sjödin Skoog Sparre Stark Steen Svedberg Söderlund Thorén Tornberg
Törnqvist Unger Wallgren Wennerström Westberg Widén Wikberg Åhlund Ödman Östlund Östman Almgren
Bergendahl Blomberg Boman Byström Carlberg Collin Ekblad Ekdahl Emanuelsson Engdahl Esbjörnsson
Fors Franzén Gren Gyllenhammar Hagberg Hammar Hedin Hellman Hultgren Hägg
Jarl Kvist Lagerqvist Landberg Lidén Liljegren Linder Lindeberg Ljungberg Ljunggren
Löfstedt Modig Mossberg Nord Norling Nyholm Odén Palmqvist Pihl Qvist Ramberg
Rosengren Rudberg Sandell Segerström Sjölund Skog Stenlund Strid Sundell Swärd Sällström Thelin
Tell Tjäder Valdemarsson Vikström Wahlberg Wallén Westin Wiberg Winberg Zetterberg Zetterlund
Åslund Östberg Önnerud Abrahamson Arnesson Asplund Backman Bengtzon Berglöf Bodin Brodin Burman
Ceder Dalén Eckerström Edström Ehn Elg Enberg Fahlén Flodin Grape Gref Haglund Heed Hallqvist
Holst Hörberg Jernberg Kallin Klang Kronberg Lagerlund Larsén Lejon Lindroth Lindvall
Lundblad Lönn Mellberg Mörk Norrman Nygren Olander Olin Pehrsson Ringdahl
Rolén Rylander Selin Sjöholm Solberg Stenström Stålberg Sörensen Tegnér Tjernberg Wadman
Westerlund Widell Åkerlund Älmqvist Öqvist von_Platen af_Klercker von_Essen De_Geer af_Ugglas
von_Sydow von_Otter Wachtmeister Lewenhaupt Gyllenstierna Bonde Stiernstedt Posse
""", 150)  # fmt: skip
# Short forms Swedes use for one another.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Michael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle"],
    "Joakim": ["Jocke"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Hans": ["Hasse"],
    "Kristoffer": ["Krille"], "Christoffer": ["Krille"], "Kristina": ["Stina", "Kicki"],
    "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan"], "Birgitta": ["Bittan", "Gittan"],
    "Katarina": ["Kattis"], "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Marcus": ["Mackan"],
    "Fredrik": ["Fredde"], "Jonas": ["Jonte"], "Henrik": ["Henke"], "Jan": ["Janne"], "Gustav": ["Gurra", "Gösta"],
    "Robert": ["Robban"], "Daniel": ["Danne"], "Stefan": ["Steffe"], "Kenneth": ["Kenta"], "Ulf": ["Uffe"],
    "Rolf": ["Roffe"], "Sven": ["Svenne"], "Leif": ["Leffe"], "Bengt": ["Bengan"], "Mattias": ["Matte"],
    "Niklas": ["Nicke"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Sebastian": ["Sebbe"], "Oskar": ["Ogge"],
    "Kerstin": ["Kickan"], "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Madeleine": ["Madde"],
    "Rebecka": ["Becka"], "Matilda": ["Tilda"], "Therese": ["Tessan"], "Alexander": ["Alex", "Acke"],
    "William": ["Wille"], "Wilhelm": ["Wille"], "Ludvig": ["Ludde"], "Theodor": ["Theo"], "Göran": ["Göte"],
    "Jörgen": ["Jögge"], "Patrik": ["Patte"], "Viktoria": ["Vickan"], "Christian": ["Chrille"],
    "Gunilla": ["Gunnel"], "Ingegerd": ["Inga"], "Helena": ["Lena"], "Marianne": ["Mian"],
}  # fmt: skip

# --- The United Kingdom: the ONS rankings' order (given names across the generations, surnames as carried).
UK_F = ranked("""
Sarah Susan Margaret Elizabeth Helen Emma Claire Julie Karen Olivia Amelia Nicola Lisa Jennifer Laura
Rachel Joanne Michelle Christine Catherine Louise Jacqueline Amanda Linda Patricia Deborah Gillian
Rebecca Charlotte Sophie Jessica Lucy Emily Hannah Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace
Freya Willow Florence Ella Poppy Evie Elsie Evelyn Sienna Daisy Phoebe Alice Harper Matilda Isabelle
Ruby Emilia Maya Victoria Kelly Samantha Natalie Katie Stephanie Gemma Hayley Kerry Donna Tracey
Dawn Anne Janet Pauline Carol Jean Barbara Sandra Angela Wendy Lynn Alison Shirley Valerie Joan
Maureen Sheila Brenda Doreen Irene Dorothy Kathleen Mary Joyce Eileen Pamela Sylvia Marion Beverley
Andrea Fiona Heather Julia Caroline Joanna Kirsty Zoe Abigail Chloe Megan Bethany Jade Holly Lauren
Amy Georgia Eleanor Millie Molly Lilly Maisie Imogen Scarlett Esme Ellie Harriet Martha Bella Ada
Aria Iris Arabella Eliza Violet Erin Layla Orla Thea Robyn Niamh Katherine Leanne Vicky Jodie Kim
Lorraine Debbie Tina Sue Jane Elaine Frances Hazel Diane Yvonne Gail Lesley Rosemary Maxine Sharon
Teresa Vanessa Ruth Patience Margery Edna Mabel Gladys Winifred Vera Ethel Hilda Nellie Peggy Audrey
Beryl Rita Gwendoline Sybil Muriel Phyllis Rosalind Philippa Felicity Penelope Hermione Clemency
Imelda Bernadette Sian Rhian Bethan Ffion Cerys Carys Nia Eira Mairi Morag Kirsteen Ailsa Eilidh
Catriona Shona Rhona Isobel Annabel Tabitha Verity Jemima Octavia Persephone Romilly Delphine
Primrose Clementine Marnie Nancy Edith Hollie Shannon Demi Chantelle Kayleigh Stacey
Jasmine Paige Courtney Danielle Leah Jordan Tegan Keeley Kyla Tamsin Morwenna Jenna Gwen Elin Lowri
Seren Mali Cadi Alys Fern Hattie Lottie Nell Tilly Beatrix Ottilie Wren Margot Cora Aurelia
""", 150)  # fmt: skip
UK_M = ranked("""
David John Paul Mark James Andrew Michael Peter Stephen Robert Richard Christopher Ian Simon Anthony
Daniel Thomas Matthew Gary Darren Steven Kevin Martin Jason Lee Stuart Neil Craig Graham Philip
Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo
Alfie Jacob Joshua Samuel William Alexander Joseph Benjamin Adam Luke Ryan Liam Nathan
Callum Jamie Connor Ben Sam Tom Dean Scott Shaun Wayne Carl Lewis Kieran Jordan Aaron Alan Keith
Brian Colin Derek Trevor Roger Barry Malcolm Nigel Kenneth Raymond Terence Dennis Roy Norman Gordon
Leslie Frank Ronald Stanley Albert Walter Ernest Harold Frederick Leonard Arnold Cyril Reginald
Geoffrey Clive Howard Gerald Douglas Timothy Jonathan Nicholas Edward Hugh Rupert Giles Toby Dominic
Sebastian Hamish Angus Duncan Alastair Fraser Euan Calum Ewan Murray Gareth Rhys Dylan Owen Gethin
Dafydd Iwan Huw Aled Emyr Geraint Elis Tomos Cai Osian Finley Reuben Jude Elijah Ezra Louie Rory
Roman Hugo Finn Teddy Albie Ronnie Tommy Reggie Louis Max Jake Tyler Kyle Bradley Declan
Danny Mitchell Jay Kane Brandon Ashley Russell Glenn Clifford Victor Bernard Vincent Eric Donald
Francis Patrick Maurice Sidney Percy Herbert Wilfred Horace Cecil Bertram Rodney Royston Desmond
Lionel Jeremy Rodger Crispin Piers Jolyon Barnaby Tristan Benedict Ruaridh Struan Lachlan Niall
Archibald Fergus Innes Torquil Iain Hector Ross Blair Grant Dougal Caradog Emlyn Gwilym Idris
""", 150)  # fmt: skip
UK_S = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright
Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper
Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis
Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw
Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster
Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills
Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson
Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford
Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts
Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster
Hunter Gregory Carr Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding
Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates
Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins
Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson
Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann
Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett
Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson
Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas
Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris
Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey Pugh Howell Leach Metcalfe Wade
Dobson Winter Sanderson Trotter Pemberton Ashworth Greenhalgh Ramsbottom Pickering Entwistle Cartwright
Fairclough Threlfall Postlethwaite Braithwaite Tattersall Higginbottom Featherstonehaugh Ffoulkes
Llewellyn Prosser Vaughan Bevan Pryce Probert Gwynne Meredith Lloyd-Jones Rhys-Evans Mackenzie
Macdonald MacLeod Fraser Sinclair Munro Cameron Gunn Sutherland Mackay Urquhart Farquharson Buchanan
Heywood Rigby Sowerby Kitching Dinsdale Raistrick Hebblethwaite
""", 150)  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Margaret": ["Maggie", "Peggy", "Mags"], "Catherine": ["Kate", "Cathy"],
    "Katherine": ["Kate", "Katie"], "Jennifer": ["Jen", "Jenny"], "Susan": ["Sue"], "Patricia": ["Pat", "Trish"],
    "Deborah": ["Debbie", "Debs"], "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"],
    "Samantha": ["Sam"], "Jacqueline": ["Jackie"], "Christine": ["Chris"], "Nicola": ["Nicky"],
    "Stephanie": ["Steph"], "Abigail": ["Abbie"], "Josephine": ["Jo", "Josie"], "Barbara": ["Barb"],
    "Michael": ["Mike", "Mick"], "William": ["Bill", "Will", "Billy"], "Robert": ["Rob", "Bob", "Bobby"],
    "Richard": ["Rich", "Rick"], "James": ["Jim", "Jimmy", "Jamie"], "Thomas": ["Tom", "Tommy"],
    "Christopher": ["Chris"], "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Andrew": ["Andy", "Drew"], "David": ["Dave", "Davy"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Peter": ["Pete"], "Joseph": ["Joe", "Joey"], "Edward": ["Ed", "Eddie", "Ted"], "Nicholas": ["Nick"],
    "Benjamin": ["Ben"], "Jonathan": ["Jon"], "Timothy": ["Tim"], "Samuel": ["Sam"], "Alexander": ["Alex"],
    "Charles": ["Charlie", "Chuck"], "Gerald": ["Gerry"], "Kenneth": ["Ken", "Kenny"], "Ronald": ["Ron", "Ronnie"],
    "Raymond": ["Ray"], "Francis": ["Frank"], "Henry": ["Harry", "Hal"], "Patrick": ["Pat", "Paddy"],
    "Frederick": ["Fred", "Freddie"], "Terence": ["Terry"], "Leonard": ["Len", "Lenny"], "Philip": ["Phil"],
    "Gregory": ["Greg"], "Douglas": ["Doug"], "Donald": ["Don"], "Lawrence": ["Larry"], "Archibald": ["Archie"],
}  # fmt: skip

# --- Ireland: the CSO's rankings (given names across the generations, surnames as carried).
IE_F = ranked("""
Mary Margaret Bridget Catherine Anne Siobhán Sinéad Aoife Niamh Ciara Sarah Emma Grace Áine Róisín
Orla Deirdre Aisling Clodagh Caoimhe Eimear Laura Fiona Claire Louise Nora Nuala Eileen Kathleen
Maureen Teresa Helen Patricia Joan Sheila Noreen Breda Geraldine Marian Carmel Bernadette Úna Máire
Saoirse Fiadh Ellie Éabha Sadhbh Méabh Clíodhna Muireann Ailbhe Aoibhinn Sorcha Gráinne Rachel Chloe
Lucy Sophie Amy Hannah Katie Lisa Michelle Elaine Edel Olive Ita Philomena Josephine Majella Dympna
Mairéad Eibhlín Síle Nóirín Bríd Treasa Peig Caitríona Aoibheann Ailís Bláthnaid Dearbhla
Fionnuala Gobnait Íde Lasairíona Máirín Neasa Nessa Órla Saorla Síofra Tríona
Emer Eavan Ruth Jacinta Assumpta Concepta Attracta Perpetua Rosaleen Noirin Pauline Martina Imelda
Ann-Marie Marie-Therese Evelyn Annie Ellen Julia Hanora Johanna Honor Delia Nancy
Áilbhe Aideen Brenda Yvonne Anne-Marie Roisin Aine
""", 60)  # fmt: skip
IE_M = ranked("""
John Patrick Michael Seán James Thomas Joseph Declan Brendan Kevin Gerard Martin Denis Daniel Liam
Conor Cian Jack Darragh Oisín Fionn Tadhg Cillian Eoin Pádraig Ciarán Colm Donal Dermot Diarmuid
Niall Eamon Séamus Tomás Micheál Fergal Ronan Shane Aidan Barry Noel Gerry Kieran Cathal Ruairí Rory
Conall Odhrán Senan Finbarr Fintan Kian Dara Malachy Jarlath Enda Tiernan Pearse Eoghan Cormac
Donncha Aodhán Christopher Francis Vincent Anthony Jeremiah Cornelius Timothy Bartholomew Matthew
Dónal Maurice Peadar Proinsias Colum Kilian Naoise Rian Ultan Turlough Flann Lorcan
Jerome Ambrose Laurence Kenneth Fachtna
Feargal Ferdia Cónán Caolán Oran Ruadhán Setanta Tiarnán Eanna Seosamh Mícheál Breandán
""", 60)  # fmt: skip
IE_S = ranked("""
Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy
Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell
Wilson Dunne Brennan Burke Collins Campbell Clarke Johnston Hughes O'Farrell Fitzgerald Brown Martin
Maguire Nolan Flynn Thompson O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea White Sweeney
Hayes Kavanagh Power McGrath Moran Brady Stewart Casey Foley Fitzpatrick O'Leary McDonnell MacMahon
Donnelly Regan Donovan Burns Flanagan Mullan Barry Kane Robinson Cunningham Griffin Kenny Sheehan
Ward Whelan Lyons Reid Graham Higgins Cullen Keane King Maher McKenna Bell Scott Hogan O'Keeffe Magee
McNamara McDonald MacDermott Moloney O'Rourke Buckley O'Dwyer Tierney Egan Hennessy Coughlan Mulligan
Fahy Hanlon Kearney Costello Gormley Nagle Hurley Mannion Kirwan Geraghty Heffernan Conroy Horgan
Hickey Cahill Dolan Mulcahy Keogh Lenihan Cronin Corcoran Hegarty Dempsey Madden Galvin Kiely
Tobin Roche Phelan Cleary Kinsella Furlong Rafferty McGuinness Mac_Aodha Breen Shanahan Counihan
Twomey Crowley Hourihane Desmond Mulqueen Ó_Súilleabháin Ó_Briain Mac_Giolla_Phádraig Ó_Ceallaigh
Ó_Conaill Mac_Cárthaigh Ó_Domhnaill Ó_Néill Fitzsimons Cusack Considine Culligan
Ruane Gilmartin Mulrooney Naughton Lally Staunton Geoghegan Fogarty Mooney Dowling Hynes Carey
Kilbride Flaherty O'Flaherty Joyce Conneely Folan Mulkerrin Ó_Flatharta Mac_Donncha
""", 80)  # fmt: skip
NICK_IE = {
    "Patrick": ["Paddy", "Pat", "Packie"], "Michael": ["Mick", "Mikey", "Mike"], "John": ["Johnny", "Jack"],
    "Daniel": ["Dan", "Danny"], "Denis": ["Donie"], "Cornelius": ["Con", "Neilie"], "Jeremiah": ["Jerry"],
    "Thomas": ["Tom", "Tommy"], "James": ["Jim", "Jimmy"], "Bridget": ["Bridie", "Breda"],
    "Margaret": ["Peggy", "Maggie", "Mags"], "Catherine": ["Kitty", "Kay"], "Josephine": ["Josie"],
    "Teresa": ["Tess", "Tessie"], "Gerard": ["Ger", "Gerry"], "Pádraig": ["Páidí"], "Bartholomew": ["Batt"],
    "Timothy": ["Timmy", "Tadhgie"], "Francis": ["Frankie", "Frank"], "Joseph": ["Joe"], "Maurice": ["Mossie"],
    "Kathleen": ["Kay", "Kitty"], "Eileen": ["Eily"], "Helen": ["Nell"], "Christopher": ["Christy"],
    "William": ["Willie", "Liam"], "Laurence": ["Larry"], "Matthew": ["Matt"], "Anthony": ["Tony"],
}  # fmt: skip

# --- The United States: the Census 1990 lists, copied from the `names` package (per cent as weight).
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313),
    ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285),
    ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272),
    ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252),
    ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236),
    ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228),
    ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22),
    ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208),
    ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2),
    ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195),
    ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18),
    ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09),
    ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088),
    ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076),
    ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073),
    ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071),
    ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069),
    ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066),
    ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06),
    ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057),
    ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056),
    ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
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
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028),
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
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06),
    ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056),
    ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053),
    ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052),
    ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052),
    ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045),
    ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041),
    ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041),
    ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04),
    ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
    ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039),
    ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039),
    ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038),
    ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
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
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029),
    ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029),
    ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# Irish women's surnames in Irish: `Ó`/`Mac` become `Ní`/`Nic`, with the lenition the language asks.
GAELIC_F = {
    "Ó Súilleabháin": "Ní Shúilleabháin", "Ó Briain": "Ní Bhriain", "Ó Ceallaigh": "Ní Cheallaigh",
    "Ó Conaill": "Ní Chonaill", "Ó Domhnaill": "Ní Dhomhnaill", "Ó Néill": "Ní Néill",
    "Ó Flatharta": "Ní Fhlatharta", "Mac Cárthaigh": "Nic Cárthaigh", "Mac Aodha": "Nic Aodha",
    "Mac Donncha": "Nic Dhonncha", "Mac Giolla Phádraig": "Nic Giolla Phádraig",
}  # fmt: skip

# --- Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI_F = ranked("Anneli Marja Päivi Tuula Ritva Pirjo Sirpa Riitta Leena Hannele Eija Sari Tiina Merja Kaarina Minna Satu Tarja Maarit Anja Raija Aila Hilkka Kirsi Outi Heli Eeva Aino Sanna Katja Liisa Terttu", 10)  # fmt: skip
FI_M = ranked("Juha Timo Matti Kari Mikko Jari Antti Pekka Jukka Markku Heikki Seppo Hannu Veikko Esa Risto Tapio Pertti Raimo Ilkka Petri Janne Tuomas Ville Lauri Eero Kalevi Reijo Erkki Teemu Aarne", 10)  # fmt: skip
FI_S = ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Keskitalo Palo Kangas Mukka", 10)  # fmt: skip
AR_F = ranked("Fatima Maryam Nour Sara Zainab Aya Rania Layla Hiba Amal Noor Hanan Huda Rana Dalia Lina Reem Samira Rasha Ghada Salma Yasmin Jana Mariam Shatha Nisrin Suad Iman Ninorta Shamiram Nahrin Ninve Mervat", 10)  # fmt: skip
AR_M = ranked("Mohammed Ahmed Ali Hussein Omar Mahmoud Hassan Khaled Mustafa Ibrahim Yousef Abdullah Karim Hamza Ammar Bilal Tariq Samir Walid Ziad Rami Firas Haidar Abbas Jamal Nabil Sargon Ninos Aram Fadi Elias Danho Gabriel", 10)  # fmt: skip
AR_S = ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Al-Obaidi Al-Jaberi Haddad Jaber Mansour Nasser Hamid Yousef Khoury Saad Al-Rubaie Kareem Jasim Abbas Suleiman Shamoun Barsoum Saliba Yacoub Aho Danho Lahdo Issa Hanna Malki Toma Bahnan", 10)  # fmt: skip
SO_F = ranked("Fadumo Hodan Amina Sahra Asha Hawa Sagal Hibaaq Ifrah Nimco Ayan Khadra Maryan Safiya Deeqa Ubah Ladan Nasteho Ruqiya Shukri Halima Hamdi Idil Hani Sucaad", 10)  # fmt: skip
SO_M = ranked("Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Mahad Omar Yusuf Ismail Hussein Said Liban Farah Abdirizak Abdikarim Bashir Osman Mustafe Khalid Guled Hamza Jama Warsame", 10)  # fmt: skip
SO_S = ranked("Mohamed Ahmed Ali Hassan Abdi Yusuf Omar Farah Osman Abdullahi Hussein Ismail Jama Warsame Nur Aden Mohamud Egal Hirsi Dirie Abdulle Elmi Gedi Isse Samatar Duale Guled Said Yasin Ibrahim", 10)  # fmt: skip
PL_F = ranked("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Halina Paulina Jadwiga Grażyna Iwona Weronika Agata Julia", 10)  # fmt: skip
PL_M = ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef Tadeusz Janusz Szymon Ryszard Przemysław Bartłomiej", 10)  # fmt: skip
PL_S = ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Zawadzki Sadowski Gródecki", 10)  # fmt: skip
FA_F = ranked("Maryam Fatemeh Zahra Shirin Leila Parisa Mina Sara Nasrin Roya Azadeh Neda Mahsa Niloofar Shabnam Farzaneh Elham Golnaz Samira Soheila Parvin Mitra Ladan Bahar Yasaman Haleh Nazanin Sanaz Setareh", 10)  # fmt: skip
FA_M = ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behnam Babak Kaveh Arash Farhad Dariush Kourosh Navid Omid Payam Ramin Shahram Siamak Pejman Hooman Masoud Jamshid Bijan Farid Nima Arvin", 10)  # fmt: skip
FA_S = ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Heidari Hashemi Mousavi Ghorbani Sadeghi Akbari Amini Rostami Kazemi Rahmani Sharifi Najafi Bagheri Nazari Tehrani Ebrahimi Shirazi Esfahani Ansari Farahani Tavakoli Sohrabi Kamali", 10)  # fmt: skip
BCS_F = ranked("Amra Emina Lejla Azra Selma Jasmina Aida Sanela Mirela Elma Amela Ajla Merima Edina Alma Sabina Maja Ana Ivana Marija Jelena Snežana Dragana Milena Vesna Mirjana Gordana Tamara Nada Zorica Dijana Nermina Senada Belma", 10)  # fmt: skip
BCS_M = ranked("Amir Adnan Emir Haris Edin Mirza Senad Nermin Elvis Dino Jasmin Almir Kenan Dženan Armin Alen Damir Goran Zoran Dragan Milan Nikola Marko Ivan Stefan Nenad Dejan Zlatan Mladen Branko Željko Mehmed Enes Tarik", 10)  # fmt: skip
BCS_S = ranked("Hodžić Hadžić Begić Delić Kovačević Husić Mehmedović Salihović Ahmetović Omerović Hasanović Babić Marić Jukić Knežević Horvat Petrović Jovanović Nikolić Popović Đorđević Stojanović Ilić Marković Pavlović Kovač Zukić Mujić Alić Selimović Šarić Bešić Hrustić Mustafić Sulejmanović Pašić Subašić", 10)  # fmt: skip
TR_F = ranked("Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Sevgi Gül Hülya Derya Esra Büşra Selin Ebru Aylin Songül Nur Meryem Leyla Canan Deniz Sibel Tuba Serap Yasemin Dilek Nesrin", 10)  # fmt: skip
TR_M = ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Volkan Cem Can Tolga Erkan Kaan Hakan Orhan", 10)  # fmt: skip
TR_S = ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Tekin Bulut Ünal Acar", 10)  # fmt: skip
ER_F = ranked("Helen Senait Selam Yodit Luwam Saba Hiwet Tsega Semhar Mebrat Azieb Rahel Feven Winta Eden Tsehay Freweini Abrehet Letensae Hanna Segen Ruth Elsa Mihret", 10)  # fmt: skip
ER_M = ranked("Yonas Daniel Samuel Tesfay Michael Dawit Bereket Filmon Habtom Yemane Kidane Mehari Goitom Tekle Haile Ermias Amanuel Robel Natnael Henok Yohannes Berhane Mussie Awet", 10)  # fmt: skip
ER_S = ranked("Tesfay Tesfamariam Gebremedhin Ghebreyesus Haile Tekle Berhane Kidane Mehari Woldu Habte Tewelde Abraha Gebremichael Asmerom Yohannes Ghebremariam Andemariam Zerai Ghirmay Negash Okbazghi Araya Gebreselassie Weldemichael", 10)  # fmt: skip
AF_F = ranked("Fatima Zahra Maryam Mariam Sakina Nazanin Zainab Farishta Habiba Malalai Shabnam Freshta Mursal Marwa Nilofar Parwana Shakila Lailuma Hamida Gulalai Sabira Zohra Mahbooba Nargis Roya", 10)  # fmt: skip
AF_M = ranked("Mohammad Ahmad Ali Mustafa Hussain Abdul Hamid Farid Jawad Reza Mahdi Murtaza Sajjad Hamidullah Wahid Karim Nasir Omid Rahmatullah Zabihullah Sayed Khalid Abdullah Habib Noorullah Samiullah Javid", 10)  # fmt: skip
AF_S = ranked("Ahmadi Mohammadi Hosseini Rahimi Karimi Sultani Hakimi Amiri Noori Sadat Rezaie Haidari Jafari Popal Stanikzai Wardak Safi Rahmani Azizi Sharifi Nazari Yousufzai Barakzai Durrani Ghafoori Mirzaei", 10)  # fmt: skip
TH_F = ranked("Siriporn Supaporn Malee Pranee Wanida Nittaya Kanya Ratana Pornthip Sunisa Jintana Kannika Duangjai Araya Kanokwan Sasithorn Pimchanok Orathai Lamai Saowanee Thida Wassana Nantana Apinya Pensri Busaba Chanida", 10)  # fmt: skip
TH_M = ranked("Somchai Somsak Prasert Sompong Chaiwat Anan Surachai Wichai Thawatchai Suriya Niran Boonmee Kittisak Sakchai Arthit Narong Pichit Pongsak Sombat Thanakorn", 10)  # fmt: skip
TH_S = ranked("Saetang Srisuk Wongsa Chaiyaphum Boonmee Sukjai Thongdee Phromma Kaewmanee Jaidee Rattanakorn Sirichai Wongsawat Srisomboon Khamphaeng Inthachak Kongkaew Saelim Thongsuk Phanthong Siriwan Nakprasert", 10)  # fmt: skip
LA_F = ranked("María Carolina Daniela Camila Francisca Javiera Valentina Constanza Paula Catalina Andrea Claudia Marcela Patricia Gabriela Verónica Carmen Rosa Ana Isabel Fernanda Ximena Paola Lorena Natalia Soledad Pilar Alejandra Fabiola Gloria", 10)  # fmt: skip
LA_M = ranked("José Juan Luis Carlos Jorge Francisco Manuel Pedro Miguel Sebastián Diego Matías Felipe Cristián Rodrigo Pablo Andrés Eduardo Ricardo Patricio Sergio Gonzalo Mauricio Claudio Héctor Alejandro Nicolás Tomás Ignacio Víctor", 10)  # fmt: skip
LA_S = ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa", 10)  # fmt: skip
KU_F = ranked("Berfin Rojda Zozan Dilan Evin Nergiz Rozerin Hêvî Jiyan Rojin Avesta Nishtiman Shilan Bahar Gulistan Zilan Helin Delal Viyan Ronahi Shirin Sozan Hana Avin Narin", 10)  # fmt: skip
KU_M = ranked("Rebwar Azad Dilshad Karwan Aram Shvan Hiwa Kawa Serdar Baran Rêbaz Dara Soran Hogir Ciwan Berzan Zana Botan Ako Sherzad Nawzad Hemin Diyar Rizgar Bawar", 10)  # fmt: skip
KU_S = ranked("Ahmed Mohammed Ali Hassan Aziz Karim Rashid Abdullah Omar Barzani Amin Kurdi Mahmoud Saleh Baban Hawrami Jaff Rahim Qadir Sharif Ismail Mustafa Hamid Tahir Talabani", 10)  # fmt: skip
UA_F = ranked("Olena Tetiana Natalia Iryna Svitlana Oksana Yulia Kateryna Anna Olha Viktoriia Mariia Liudmyla Halyna Nadiia Alina Daryna Sofiia Anastasiia Valentyna Larysa Inna Khrystyna", 10)  # fmt: skip
UA_M = ranked("Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Vasyl Yurii Ivan Oleh Viktor Ihor Maksym Petro Bohdan Roman Taras Vitalii Artem Denys Pavlo Mykhailo", 10)  # fmt: skip
UA_S = ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko", 10)  # fmt: skip
# South Asian names as Britain has them (Indian, Pakistani, Bangladeshi): common in DF's English rows.
SA_F = ranked("Priya Fatima Ayesha Aisha Sana Anjali Pooja Neha Sunita Nisha Rukhsana Shabana Nasreen Parveen Kiran Simran Harpreet Jaspreet Manpreet Divya Ananya Zara Amina Nazia Samina Shazia Rekha Meena Hina Gurpreet", 10)  # fmt: skip
SA_M = ranked("Mohammed Muhammad Ali Ahmed Imran Amir Raj Rajesh Sanjay Amit Vikram Arjun Rahul Hassan Bilal Usman Zain Harjit Gurdeep Jaswinder Sukhdev Ravi Suresh Anil Deepak Tariq Asif Kamran Faisal Adeel", 10)  # fmt: skip
SA_S = ranked("Patel Khan Singh Ahmed Ali Hussain Shah Sharma Kumar Akhtar Iqbal Rahman Mahmood Chowdhury Gupta Mistry Islam Uddin Malik Sandhu Gill Rana Butt Qureshi Mirza Desai Joshi Rao Nair Reddy Mehta Chauhan Bhatti", 10)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "irish": Origin(IE_F, IE_M, IE_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
    "southasian": Origin(SA_F, SA_M, SA_S),
}

# Who is named, per language of the row: Swedish rows as Sweden's population is, English rows as
# the readers of Britain's and Ireland's local papers are, mixed rows as a Swedish workplace is.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5, "somali": 2,
        "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2, "thai": 1, "latin": 1,
        "uk": 0.7, "us": 0.5, "southasian": 0.5, "irish": 0.4,
    },
    "en": {
        "uk": 38, "irish": 30, "us": 8, "southasian": 6, "swedish": 5, "polish": 3.5, "arabic": 1.2,
        "ukrainian": 1, "latin": 1, "somali": 0.8, "turkish": 0.7, "persian": 0.6, "finnish": 0.5, "bcs": 0.5,
        "kurdish": 0.4, "eritrean": 0.4, "afghan": 0.4, "thai": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "irish": 8, "us": 6, "arabic": 4.5, "finnish": 3, "polish": 3, "bcs": 2,
        "persian": 2, "somali": 1.5, "southasian": 1.5, "kurdish": 1.2, "turkish": 1.2, "afghan": 1,
        "ukrainian": 1, "eritrean": 1, "thai": 0.8, "latin": 0.8,
    },
}  # fmt: skip

NICKNAMES = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "irish": NICK_IE,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"], "Agnieszka": ["Aga"], "Joanna": ["Asia"], "Piotr": ["Piotrek"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Jakub": ["Kuba"], "Wojciech": ["Wojtek"], "Elżbieta": ["Ela"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdo"], "Mustafa": ["Musse"], "Ibrahim": ["Ibbe"]},
    "latin": {"José": ["Pepe"], "Francisco": ["Pancho", "Paco"], "Ignacio": ["Nacho"], "Eduardo": ["Lalo"], "Soledad": ["Sole"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"], "Mykola": ["Kolia"], "Dmytro": ["Dima"]},
    "persian": {"Mohammad": ["Mamad"]},
    "finnish": {"Matti": ["Masa"], "Juha": ["Jussi"], "Kaarina": ["Kaija"]},
    "southasian": {"Mohammed": ["Mo"], "Muhammad": ["Mo"], "Rajesh": ["Raj"], "Vikram": ["Vik"]},
}  # fmt: skip
