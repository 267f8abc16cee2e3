# ruff: noqa: E501
"""Name pools of held-out GZ (issue 15): names as the population has them, weighted by how many carry them.

Python data, stdlib only, written by GZ's helper from general knowledge and the US Census 1990
lists; no name here was checked against anything in the repository, and none was left out for
being known or unknown to rung. Swedish given names and surnames in the order of SCB's name
statistics (weight 1/rank, head the top 150, a tail of rarer names past them); the US Census 1990
lists (`dist.female.first`, `dist.male.first`, `dist.all.last` as the `names` package ships them:
the census per cent as weight, head 150); UK names in the order of the ONS rankings (1/rank, head
150); and the commonest names of origins common in Sweden (1/rank, head 10). A multi-word name is
written with `_` for its space.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _words(text: str) -> list[str]:
    out: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in out:  # a name written twice keeps its first rank
            out.append(word)
    return out


def ranked(text: str, head: int) -> Pool:
    """A list in rank order: weight 1/rank."""
    names = _words(text)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """`Name:per cent` pairs as the US Census 1990 gives them: the per cent is the weight."""
    pairs = [item.rsplit(":", 1) for item in text.split()]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, rank order as the writer knows it (general knowledge).
SV_F = """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Birgitta
Inger Linnea Annika Sofia Monica Ulla Elin Johanna Susanne Ida Camilla Julia Carina Elisabeth
Linda Margareta Helena Åsa Gunilla Ellen Ebba Anette Therese Alice Frida Amanda Cecilia Matilda
Sandra Louise Elsa Ulrika Maja Agneta Lisa Barbro Josefin Charlotte Moa Jessica Wilma Victoria
Klara Astrid Madeleine Emelie Lina Marianne Anneli Caroline Pia Erika Katarina Sofie Nora Ella
Elisabet Stina Alva Ann Siv Britt Gun Yvonne Felicia Ingela Rebecka Tove Elvira Olivia Ellinor
Ingegerd Margit Karolina Gunnel Viktoria Irene Lovisa Britt-Marie Ann-Christin Ann-Marie Helen
Nathalie Linn Vera Agnes Saga Selma Tilda Isabelle Emilia Alicia Signe Cornelia Mona Mikaela
Petra Jeanette Gunvor Sonja Ronja Märta Hedvig Tuva Lova Freja Ester Isabella Molly Thea Greta
Sigrid Vendela Nellie Iris Solveig Marita Evelina Angelica Pernilla Ylva Tina Veronica Magdalena
Marina Mari Lilly Stella Mira Elina Hillevi Ingeborg Sanna Paulina Jennie Anita Annette
Rut Edit Elna Gerd Svea Hildur Dagny Aina Ingalill Lillemor Majvor Majken Maj-Britt Ann-Sofie
Ann-Louise Anna-Karin Anna-Lena Eva-Lena Marie-Louise Lise-Lotte Mia Kajsa Cajsa Lotta Meja
Juni Liv Tyra Alma Ines Embla Idun Siri Vilma Minna Nova Hedda Elise Elsie Edith Märtha Teresia
Rakel Ragnhild Signhild Hjördis Gudrun Inga Ingegärd Irma Berit Bodil Gunhild Gertrud Sylvia
Solbritt Ulla-Britt Inga-Lill Mai Laila Lilian Vivianne Viveka Vivi Viola Rosita Kristin Kristine
Christin Christine Katrin Katja Kaisa Lisbeth Louisa Charlotta Josefine Jonna Fanny Emmy Hilda
Hilma Hulda Ottilia Ellie Elly Marit Susann Tindra Lykke Lea Ava Melissa Michelle Natalie Noor
Fatima Amina Aisha Mariam Yasmin Zahra Leila Hiba Rania Amira Sabina Samira Nadia Malva Tekla
Tora Irja Britta Brita Birgit Dagmar Elvy Elsy Estelle Gisela Henrietta Jannike Jessika Lotten
Madelene Maud Mathilda Melina My Nadja Nina Tanja Ulrica Ewa Evy Lillian Lisen Malou Margot
Monika Regina Rebecca Sigbritt Valborg Vanja Yrsa Åse Ingvor Inez Jill Jolin Liselott Majlis
Margaretha Marlene Nelly Olga Ragna Sally Siw Stefanie Emmie Mimmi Agnetha Anne Anne-Marie Annelie
Annie Eleonora Eleonor Harriet Helén Ilona Nanna Rebekka Tea Theresia Linnéa Gunbritt Ann-Britt
Lisa-Marie Mari-Louise Maj-Lis Sonia Tiina Kicki Lo Alexandra Andrea Beatrice Clara Diana Ellenor
Esther Frideborg Gunnvor Hanne Ingbritt Jenni Johanne Karina Kristel Lea-Marie Eva-Britt Mathilde
Ann-Kristin Ninni Rigmor Rosmarie Ruth Sigrun Solvei Svenja Tova Wivi Yvette Zara Agda Alfhild Ally
"""
SV_M = """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Bengt Stefan
Sven Mats Nils Bo Magnus Mattias Jonas Martin Alexander Leif Björn Oscar Marcus Ulf Göran Niklas
Gustav Christer David Henrik Kent Olof Robert Axel Patrik Emil Tommy Christian Viktor Simon Kjell
Anton Joakim Rolf Filip Lennart William Jonathan Tobias Gunnar Rasmus Sebastian Kenneth Ingemar
Jakob Jesper Adam Roger Lucas Håkan Carl Oskar Elias Rickard Hugo Ludvig Jörgen Dan Roland Jimmy
Linus Isak Jacob Joel Johannes Arne Stig Åke Gösta Rune Torbjörn Kurt Claes Robin Albin Max
Samuel Tomas Pontus Kristoffer Liam Noah Elliot Hampus Gabriel Benjamin Edvin Theo Vincent Melvin
Viggo Olle Arvid Leo Ingvar Ali Mohammed Sune Sten Tore Jens Oliver Alfred Ebbe Sixten Nicklas
Kevin Dennis Ronny Conny Per-Olof Karl-Erik Lars-Erik Jan-Erik Bertil Sture Ove Inge Folke Harald
Östen Lars-Göran Ola Eric Emanuel Jonny Gert Birger Valter Melker Love Frans Holger Gustaf Urban
Algot Allan Alvar Arnold Artur August Bernt Bror Börje Dag Egon Einar Elof Elis Enar Evert
Fritiof Georg Gerhard Gillis Greger Halvar Harry Helge Henning Herbert Hilding Hjalmar Ivar Jarl
Jerker Joar Josef Kennet Knut Konrad Krister Lage Leonard Levi Loke Malte Manfred Mauritz Morgan
Natanael Nore Odd Ossian Otto Paul Ragnar Reinhold Rikard Sam Sigvard Sivert Staffan Sören Ted
Tage Ture Tor Torgny Torsten Uno Valdemar Verner Vilgot Vilhelm Yngve Örjan Adrian Alvin Aron
Casper Charlie Colin Dante Elton Frank Jack Kian Lukas Malcolm Matheo Milo Neo Noel Omar Otis
Sigge Tim Vide Wilmer Wilhelm Yusuf Ahmed Mustafa Hassan Hussein Ibrahim Amir Karim Hamza Yousef
Abdullahi Carl-Johan Karl-Johan Per-Erik Sven-Erik Bengt-Göran Lars-Åke Nils-Erik Jan-Olof
Per-Anders Lars-Olof Sven-Olof Karl-Gustav Hans-Erik Jan-Åke Kjell-Åke Kaj Benny Glenn Tony
Anders-Petter Assar Bill Bruno Egil Eino Emrik Erland Felix Fabian Gunder Hannes Hadar Ingmar
Ivan Joachim Jon Kasper Lenny Leon Lorentz Markus Mathias Matti Mohamad Mikkel Nicolas Nicolai
Oliwer Olov Patric Pelle Peder Ragnvald Ricky Ruben Samir Seth Sigurd Stellan Svante Teodor
Thor Erling Per-Ola Vilmer Wiktor Åsmund Sven-Åke Agne Alf Anselm Berndt Bjarne Calle
Curt Douglas Edgar Elmer Eskil Ferdinand Fredric Gideon Göte Hampe Harri Heikki Nils-Olof Ingolf
Jörn Kalle Kimmo Kristian Leopold Lorens Mats-Ola Nikola Bo-Göran Pierre Reine Roine Sigfrid
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund Danielsson Lundin Håkansson
Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg
Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan
Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström
Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson
Blom Månsson Åkesson Strand Mohamed Jonasson Norberg Sundström Hedberg Lindholm Ekman Nyman Hussein
Holmqvist Dahl Göransson Lindblom Nordqvist Sundqvist Lindahl Adolfsson Strömberg Forslund
Sjöström Ivarsson Söderström Omar Ibrahim Engberg Nordlund Edlund Sköld Ekberg Jensen Aronsson
Bäckström Lindkvist Ottosson Nordgren Vikström Hedström Lundmark Åström Törnqvist Kristiansson
Berntsson Knutsson Westerberg Hallberg Sjödin Lilja Rosén Lindén Forsman Palm Granath Ekdahl
Wiklund Bergkvist Malmberg Rydberg Ekholm Kjellberg Borg Larsen Hansen Stenberg Carlsson
Ahlberg Ahlström Alm Almqvist Asplund Backlund Bergh Bergdahl Berglöf Björck Blomberg Bodin Bohlin
Boman Bolin Broberg Brodin Brandt Byström Carlberg Dahlgren Dahlström Ek Ekblad Ekelund Engdahl
Englund Enqvist Ericsson Fagerström Fors Frid Friberg Frisk Gran Granberg Granlund Grahn Green
Gustavsson Hagberg Hagström Hammar Hammarström Hedin Hedman Hellberg Hellgren Helin Hjort
Holmström Hägglund Höglund Isberg Jacobsson Johnsson Jäderberg Kallin Karlström Kjellin Klasson
Kvist Lagerqvist Landberg Lantz Lidén Lindell Lindvall Linder Ljung Ljungberg Ljunggren Ljungqvist
Lundell Lundholm Lövgren Löfstedt Malm Malmqvist Melin Modig Molin Moberg Nord Nordberg Nordell
Nordén Norén Norlin Nyholm Nylander Nylund Nyqvist Näslund Olander Olausson Ohlsson Palmqvist Pihl
Qvist Rask Rehn Rosberg Rosengren Roos Rudberg Rydén Sahlin Sandell Sandin Selin Sjödahl Sjölund
Skoglund Sandgren Stark Sten Stenlund Strid Strömqvist Sundin Sundell Svärd Sörensen Tapper Thorén
Tegnér Thelin Torstensson Uhlin Unger Vall Wahlberg Wahlström Wall Wallén Wallgren Westin Westman
Wennberg Wennerström Widén Wik Wikman Wikander Winberg Zetterberg Zetterström Åhlén Åkerlund
Åkerman Åman Ångström Öhman Östberg Östlund Östman Örn Svanberg Sandqvist Törnblom Lidström Degerman
Nordmark Marklund Brännström Burman Granqvist Häggström Lindroos Nordkvist Renström Stenman
Vesterlund Rönnqvist Lindmark Lundkvist Hubinette Gauffin Anjou Gilljam Hesselgren von_Platen
af_Klercker De_Geer von_Essen Lewenhaupt Stenbock Bonde Sparre Gyllenhaal Wachtmeister
Oxenstierna von_Sydow Silfverschiöld Hamilton Douglas Mohammadi Yilmaz Abdi Hussain Khalil Jama
Warsame Nguyen Ahmadi Rahimi Hosseini Karimi Petersson Lundh Sjöholm Boström Wester Lindh
Hedqvist Backman Öhrn Sundelin Lidholm Kronberg Flodin Ståhl Brolin Rapp Stål Kling Hultgren
Hultman Edström Edvardsson Sundén Wadman Hjalmarsson Ingvarsson Emanuelsson Johannesson Gustavson
"""

# The UK: the ONS rankings (given names across the generations now living; surnames by frequency), 1/rank.
UK_F = """
Sarah Emma Claire Laura Rebecca Gemma Nicola Rachel Lisa Amy Sophie Jessica Hannah Charlotte Emily
Lauren Samantha Katie Helen Joanne Michelle Victoria Louise Jennifer Stephanie Natalie Amanda Susan
Karen Elizabeth Julie Deborah Jacqueline Tracey Alison Catherine Jane Margaret Patricia Christine
Linda Janet Mary Ann Anne Olivia Amelia Isla Ava Mia Isabella Grace Lily Freya Ella Poppy Evie
Chloe Megan Holly Lucy Ellie Jade Danielle Zoe Kirsty Leanne Donna Dawn Sharon Tracy Wendy Angela
Sandra Carol Pauline Joan Dorothy Barbara Sheila Brenda Maureen Jean Valerie Kathleen Gillian
Caroline Lorraine Diane Julia Fiona Kerry Kate Katherine Kathryn Abigail Bethany Eleanor Georgia
Harriet Imogen Jasmine Millie Molly Phoebe Ruby Scarlett Sienna Sofia Willow Rosie Matilda Florence
Elsie Daisy Alice Emilia Maisie Esme Erin Eva Niamh Siobhan Caitlin Shannon Courtney Chelsea Paige
Leah Naomi Alexandra Anna Rosemary Elaine Hazel Irene Marion Sylvia Beverley Denise Janice Jill
Judith Lesley Lynn Maria Marie Melanie Paula Ruth Sally Shirley Teresa Vanessa Yvonne Josephine
Suzanne Natasha Hayley Stacey Kimberley Sian Bethan Rhiannon Ffion Cerys Iona Eilidh Morag Mhairi
Kirsten Ayesha Fatima Aisha Zara Maryam Amira Priya Harper Aria Luna Violet Ivy Ada Iris Edith
Mabel Nancy Penelope Beatrice Clara Thea Hallie Orla Lottie Lola Eliza Aurora Bella Heidi Martha
Robyn Tilly Lacey Amber Abbie Gabrielle Jenna Kayleigh Toni Carly Claudia Gail Heather Jackie Joy
Lynne Mandy Marilyn Rita Sonia Tina Bridget Doreen Eileen Hilda Mavis Muriel Norma Olive Vera
"""
UK_M = """
David John Paul Michael Andrew James Mark Richard Robert Peter Christopher Stephen Daniel Thomas
Matthew Ian Simon Anthony William Steven Gary Martin Kevin Jason Lee Darren Neil Adam Craig Alan
Graham Philip Jonathan Benjamin Samuel Joseph Ryan Luke Jack Oliver Harry George Charlie Jacob
Alfie Noah Oscar Leo Freddie Archie Joshua Liam Scott Carl Dean Wayne Shaun Stuart Keith Colin
Brian Kenneth Barry Trevor Derek Roger Nigel Malcolm Gordon Terence Raymond Dennis Jamie Nathan
Aaron Callum Connor Kieran Jordan Lewis Alexander Edward Henry Arthur Theo Ethan Mason Logan Dylan
Tyler Reece Harvey Muhammad Mohammed Patrick Sean Gareth Rhys Owen Dafydd Hamish Fraser Ewan Ross
Kyle Jake Toby Max Elliot Finley Frederick Hugo Isaac Jenson Louis Reuben Rory Sebastian Stanley
Teddy Tommy Albert Ronnie Ralph Rupert Timothy Nicholas Gregory Geoffrey Francis Frank Douglas
Duncan Alistair Angus Bernard Clive Dominic Donald Eric Gavin Gerald Glenn Howard Hugh Jeremy
Julian Justin Karl Lawrence Leslie Marcus Mathew Maurice Norman Phillip Ricky Roy Russell Terry
Tony Victor Vincent Walter Warren Wesley Aidan Bradley Cameron Declan Harrison Jayden Kai Kian
Morgan Niall Ollie Robbie Ashley Dale Darryl Glen Ali Imran Hassan Omar Ibrahim Yusuf Aled Gethin
Iwan Huw Emyr Alfred Cyril Ernest Harold Leonard Percy Sidney Wilfred Roland Graeme Iain Euan
"""
UK_S = """
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
Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke
Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren
Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman
Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon
Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham
Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes
Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson
Hayward Carroll Duffy Fraser Kerr Sinclair MacLeod Morrison Paterson Llewellyn Pugh Vaughan Howells
"""

# The US Census 1990: the first names and surnames with their per cent, as `names` ships them.
US_F = """
Mary:2.629 Patricia:1.073 Linda:1.035 Barbara:0.980 Elizabeth:0.937 Jennifer:0.932 Maria:0.828
Susan:0.794 Margaret:0.768 Dorothy:0.727 Lisa:0.704 Nancy:0.669 Karen:0.667 Betty:0.666
Helen:0.663 Sandra:0.629 Donna:0.583 Carol:0.565 Ruth:0.562 Sharon:0.522 Michelle:0.519
Laura:0.510 Sarah:0.508 Kimberly:0.504 Deborah:0.494 Jessica:0.490 Shirley:0.482 Cynthia:0.469
Angela:0.468 Melissa:0.462 Brenda:0.455 Amy:0.451 Anna:0.440 Rebecca:0.430 Virginia:0.430
Kathleen:0.424 Pamela:0.416 Martha:0.412 Debra:0.408 Amanda:0.404 Stephanie:0.400 Carolyn:0.385
Christine:0.382 Marie:0.379 Janet:0.379 Catherine:0.373 Frances:0.370 Ann:0.364 Joyce:0.364
Diane:0.359 Alice:0.357 Julie:0.348 Heather:0.337 Teresa:0.336 Doris:0.335 Gloria:0.335
Evelyn:0.322 Jean:0.315 Cheryl:0.315 Mildred:0.313 Katherine:0.313 Joan:0.306 Ashley:0.303
Judith:0.297 Rose:0.296 Janice:0.285 Kelly:0.283 Nicole:0.281 Judy:0.276 Christina:0.275
Kathy:0.272 Theresa:0.271 Beverly:0.267 Denise:0.264 Tammy:0.259 Irene:0.252 Jane:0.250
Lori:0.248 Rachel:0.242 Marilyn:0.241 Andrea:0.236 Kathryn:0.234 Louise:0.229 Sara:0.229
Anne:0.228 Jacqueline:0.228 Wanda:0.226 Bonnie:0.223 Julia:0.223 Ruby:0.221 Lois:0.220
Tina:0.220 Phyllis:0.219 Norma:0.218 Paula:0.217 Diana:0.216 Annie:0.216 Lillian:0.211
Emily:0.208 Robin:0.208 Peggy:0.208 Crystal:0.207 Gladys:0.205 Rita:0.204 Dawn:0.202
Connie:0.200 Florence:0.200 Tracy:0.197 Edna:0.197 Tiffany:0.195 Carmen:0.195 Rosa:0.194
Cindy:0.192 Grace:0.189 Wendy:0.185 Victoria:0.180 Edith:0.179 Kim:0.178 Sherry:0.178
Sylvia:0.177 Josephine:0.177 Thelma:0.175 Shannon:0.175 Sheila:0.175 Ethel:0.174 Ellen:0.173
Elaine:0.173 Marjorie:0.173 Carrie:0.171 Charlotte:0.169 Monica:0.166 Esther:0.166 Pauline:0.165
Emma:0.165 Juanita:0.164 Anita:0.162 Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157
April:0.154 Leslie:0.154 Clara:0.153 Lucille:0.153 Jamie:0.153 Joanne:0.150 Eleanor:0.150
Valerie:0.149 Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145
Bertha:0.143 Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141 Lauren:0.137
Cathy:0.137 Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133 Erica:0.130
Beatrice:0.130 Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126 Annette:0.125 June:0.125
Samantha:0.124 Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120 Renee:0.120 Ida:0.118 Vivian:0.118
Roberta:0.117 Holly:0.117 Brittany:0.117 Melanie:0.116 Loretta:0.115 Yolanda:0.115
Jeanette:0.115 Laurie:0.114 Katie:0.113 Kristen:0.111 Vanessa:0.111 Alma:0.111 Sue:0.111
Elsie:0.110 Beth:0.110 Jeanne:0.109 Vicki:0.109 Carla:0.107 Tara:0.107 Rosemary:0.107
Eileen:0.105 Terri:0.105 Gertrude:0.103 Lucy:0.103 Tonya:0.102 Ella:0.101 Stacey:0.101
Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098 Natalie:0.098 Agnes:0.098 Vera:0.098
Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095 Melinda:0.094 Pearl:0.094 Arlene:0.094
Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092 Joy:0.091 Georgia:0.091 Constance:0.091
Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090 Tanya:0.089 Nellie:0.089 Minnie:0.089
Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086 Viola:0.086 Courtney:0.086 Marian:0.086
Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083 Vickie:0.082 Mattie:0.081 Terry:0.080
Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078 Myrtle:0.078 Lena:0.077 Christy:0.077
Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074 Jennie:0.073 Nora:0.073 Margie:0.072
Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071 Priscilla:0.071 Naomi:0.071
Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069 Tracey:0.069 Leona:0.069
Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066 Becky:0.066 Bobbie:0.065
Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063 Shelly:0.062 Daisy:0.062
Ramona:0.062 Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061 Lindsey:0.060 Lindsay:0.060
Geneva:0.059 Guadalupe:0.059 Belinda:0.059 Margarita:0.059 Sheryl:0.059 Cora:0.058 Faye:0.058
Ada:0.057 Natasha:0.057 Sabrina:0.057 Isabel:0.057 Marguerite:0.056 Hattie:0.056 Harriet:0.056
Molly:0.055 Cecilia:0.055 Kristi:0.055 Brandi:0.055 Blanche:0.055 Sandy:0.055 Rosie:0.055
Joanna:0.055 Iris:0.055 Eunice:0.054 Angie:0.054 Inez:0.053 Lynda:0.053 Madeline:0.052
Amelia:0.052 Alberta:0.052 Genevieve:0.051 Monique:0.051 Jodi:0.051 Janie:0.051 Maggie:0.051
Kayla:0.051 Sonya:0.051 Jan:0.051 Lee:0.051 Kristine:0.051 Candace:0.051 Fannie:0.050
Maryann:0.050 Opal:0.050 Alison:0.050 Yvette:0.050 Melody:0.050 Luz:0.049 Susie:0.049
Olivia:0.049 Flora:0.049 Shelley:0.049 Kristy:0.048 Mamie:0.048 Lula:0.048 Lola:0.048
Verna:0.048 Beulah:0.048 Antoinette:0.048 Candice:0.046 Juana:0.046 Jeannette:0.046 Pam:0.046
Kelli:0.046 Hannah:0.045 Whitney:0.045 Bridget:0.045 Karla:0.044 Celia:0.044 Latoya:0.043
Patty:0.043 Shelia:0.043 Gayle:0.043 Della:0.043 Vicky:0.043 Lynne:0.043 Sheri:0.042
Marianne:0.042 Kara:0.041 Jacquelyn:0.041 Erma:0.041 Blanca:0.041 Myra:0.040 Leticia:0.040
Pat:0.040 Krista:0.040 Roxanne:0.040 Angelica:0.039 Johnnie:0.039 Robyn:0.039 Francis:0.039
Adrienne:0.039 Rosalie:0.039 Alexandra:0.039 Brooke:0.039 Bethany:0.039 Sadie:0.039
Bernadette:0.039
"""
US_M = """
James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703
Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938
Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725
Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613
Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537
Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389
Peter:0.381 Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328
Roger:0.322 Joe:0.321 Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311 Terry:0.311
Gerald:0.309 Keith:0.308 Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282 Nicholas:0.275
Roy:0.273 Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251 Fred:0.251 Wayne:0.249
Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240 Randy:0.232 Howard:0.230
Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222 Martin:0.216 Ernest:0.215
Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204 Shawn:0.200 Clarence:0.197
Sean:0.197 Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193 Jimmy:0.191 Antonio:0.190
Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189 Stanley:0.186 Leonard:0.186
Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180 Curtis:0.180 Norman:0.177 Allen:0.174
Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166 Travis:0.166 Jeff:0.166 Chad:0.165
Jacob:0.165 Lee:0.162 Melvin:0.162 Alfred:0.162 Kyle:0.160 Francis:0.160 Bradley:0.159
Jesus:0.155 Herbert:0.155 Frederick:0.154 Ray:0.153 Joel:0.152 Edwin:0.148 Don:0.145 Eddie:0.144
Ricky:0.141 Troy:0.138 Randall:0.138 Barry:0.134 Alexander:0.132 Bernard:0.127 Mario:0.125
Leroy:0.125 Francisco:0.124 Marcus:0.124 Micheal:0.123 Theodore:0.123 Clifford:0.123
Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118 Tom:0.117 Calvin:0.115 Alex:0.115 Jon:0.115
Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112 Leon:0.112 Derek:0.112 Warren:0.110
Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 Alvin:0.105 Tim:0.104 Wesley:0.104 Gordon:0.104
Dean:0.104 Greg:0.104 Jorge:0.104 Dustin:0.103 Pedro:0.103 Derrick:0.103 Dan:0.101 Lewis:0.099
Zachary:0.099 Corey:0.098 Herman:0.097 Maurice:0.097 Vernon:0.097 Roberto:0.097 Clyde:0.095
Glen:0.094 Hector:0.094 Shane:0.093 Ricardo:0.093 Sam:0.092 Rick:0.091 Lester:0.091 Brent:0.090
Ramon:0.090 Charlie:0.090 Tyler:0.089 Gilbert:0.089 Gene:0.087 Marc:0.087 Reginald:0.084
Ruben:0.082 Brett:0.082 Angel:0.082 Nathaniel:0.081 Rafael:0.081 Leslie:0.081 Edgar:0.080
Milton:0.080 Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078 Duane:0.077 Franklin:0.077
Andre:0.076 Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072 Mitchell:0.072 Roland:0.072
Arnold:0.072 Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069 Cory:0.068 Claude:0.068 Erik:0.068
Darryl:0.067 Jamie:0.066 Neil:0.066 Jessie:0.065 Christian:0.065 Javier:0.065 Fernando:0.065
Clinton:0.065 Ted:0.064 Mathew:0.064 Tyrone:0.064 Darren:0.064 Lonnie:0.064 Lance:0.063
Cody:0.063 Julio:0.063 Kelly:0.063 Kurt:0.062 Allan:0.061 Nelson:0.061 Guy:0.060 Clayton:0.060
Hugh:0.060 Max:0.059 Dwayne:0.059 Dwight:0.058 Armando:0.058 Felix:0.058 Jimmie:0.058
Everett:0.057 Jordan:0.056 Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055 Jaime:0.055 Casey:0.054
Alfredo:0.054 Alberto:0.053 Dave:0.053 Ivan:0.053 Johnnie:0.052 Sidney:0.052 Byron:0.052
Julian:0.052 Isaac:0.051 Morris:0.051 Clifton:0.050 Willard:0.050 Daryl:0.050 Ross:0.050
Virgil:0.049 Andy:0.049 Marshall:0.049 Salvador:0.049 Perry:0.049 Kirk:0.049 Sergio:0.049
Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048 Terrance:0.048 Rene:0.048 Eduardo:0.047
Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045 Austin:0.044 Stuart:0.044 Fredrick:0.043
Arturo:0.043 Alejandro:0.043 Jackie:0.043 Joey:0.043 Nick:0.043 Luther:0.043 Wendell:0.042
Jeremiah:0.042 Evan:0.042 Julius:0.042 Dana:0.042 Donnie:0.041 Otis:0.041 Shannon:0.040
Trevor:0.040 Oliver:0.040 Luke:0.040 Homer:0.040 Gerard:0.040 Doug:0.040 Kenny:0.039
Hubert:0.039 Angelo:0.039 Shaun:0.039 Lyle:0.038 Matt:0.038 Lynn:0.038 Alfonso:0.038
Orlando:0.037 Rex:0.037 Carlton:0.037 Ernesto:0.037 Cameron:0.037 Neal:0.037 Pablo:0.036
Lorenzo:0.036 Omar:0.036 Wilbur:0.036 Blake:0.036 Grant:0.036 Horace:0.036 Roderick:0.036
Kerry:0.036 Abraham:0.035 Willis:0.035 Rickey:0.035 Jean:0.035 Ira:0.035 Andres:0.034
Cesar:0.034 Johnathan:0.034 Malcolm:0.034 Rudolph:0.034 Damon:0.034 Kelvin:0.034 Rudy:0.034
Preston:0.034 Alton:0.033 Archie:0.033 Marco:0.033 Wm:0.033 Pete:0.032 Randolph:0.032
Garry:0.032 Geoffrey:0.032 Jonathon:0.032 Felipe:0.032 Bennie:0.032 Gerardo:0.032 Ed:0.032
Dominic:0.032 Robin:0.032 Loren:0.032 Delbert:0.031 Colin:0.031 Guillermo:0.031 Earnest:0.031
Lucas:0.031 Benny:0.030 Noel:0.030 Spencer:0.030 Rodolfo:0.030 Myron:0.030 Edmund:0.030
Garrett:0.029 Salvatore:0.029 Cedric:0.029 Lowell:0.029 Gregg:0.029 Sherman:0.028 Wilson:0.028
Devin:0.028 Sylvester:0.028 Kim:0.028 Roosevelt:0.028 Israel:0.028 Jermaine:0.028
"""
US_S = """
Smith:1.006 Johnson:0.810 Williams:0.699 Jones:0.621 Brown:0.621 Davis:0.480 Miller:0.424
Wilson:0.339 Moore:0.312 Taylor:0.311 Anderson:0.311 Thomas:0.311 Jackson:0.310 White:0.279
Harris:0.275 Martin:0.273 Thompson:0.269 Garcia:0.254 Martinez:0.234 Robinson:0.233 Clark:0.231
Rodriguez:0.229 Lewis:0.226 Lee:0.220 Walker:0.219 Hall:0.200 Allen:0.199 Young:0.193
Hernandez:0.192 King:0.190 Wright:0.189 Lopez:0.187 Hill:0.187 Scott:0.185 Green:0.183
Adams:0.174 Baker:0.171 Gonzalez:0.166 Nelson:0.162 Carter:0.162 Mitchell:0.160 Perez:0.155
Roberts:0.153 Turner:0.152 Phillips:0.149 Campbell:0.149 Parker:0.146 Evans:0.141 Edwards:0.137
Collins:0.134 Stewart:0.133 Sanchez:0.130 Morris:0.125 Rogers:0.123 Reed:0.122 Cook:0.120
Morgan:0.118 Bell:0.117 Murphy:0.117 Bailey:0.115 Rivera:0.113 Cooper:0.113 Richardson:0.112
Cox:0.110 Howard:0.110 Ward:0.108 Torres:0.108 Peterson:0.107 Gray:0.106 Ramirez:0.105
James:0.105 Watson:0.103 Brooks:0.103 Kelly:0.102 Sanders:0.100 Price:0.099 Bennett:0.099
Wood:0.098 Barnes:0.097 Ross:0.096 Henderson:0.095 Coleman:0.095 Jenkins:0.095 Perry:0.094
Powell:0.093 Long:0.092 Patterson:0.092 Hughes:0.092 Flores:0.092 Washington:0.092 Butler:0.091
Simmons:0.091 Foster:0.091 Gonzales:0.087 Bryant:0.087 Alexander:0.085 Russell:0.085
Griffin:0.084 Diaz:0.084 Hayes:0.083 Myers:0.083 Ford:0.082 Hamilton:0.082 Graham:0.082
Sullivan:0.081 Wallace:0.081 Woods:0.080 Cole:0.080 West:0.080 Jordan:0.078 Owens:0.078
Reynolds:0.078 Fisher:0.077 Ellis:0.077 Harrison:0.076 Gibson:0.075 McDonald:0.075 Cruz:0.075
Marshall:0.075 Ortiz:0.075 Gomez:0.075 Murray:0.074 Freeman:0.074 Wells:0.073 Webb:0.072
Simpson:0.070 Stevens:0.070 Tucker:0.070 Porter:0.069 Hunter:0.069 Hicks:0.069 Crawford:0.068
Henry:0.068 Boyd:0.068 Mason:0.068 Morales:0.067 Kennedy:0.067 Warren:0.067 Dixon:0.066
Ramos:0.066 Reyes:0.066 Burns:0.065 Gordon:0.065 Shaw:0.065 Holmes:0.065 Rice:0.064
Robertson:0.064 Hunt:0.063 Black:0.063 Daniels:0.062 Palmer:0.062 Mills:0.061 Nichols:0.060
Grant:0.060 Knight:0.060 Ferguson:0.059 Rose:0.059 Stone:0.059 Hawkins:0.059 Dunn:0.058
Perkins:0.058 Hudson:0.058 Spencer:0.057 Gardner:0.057 Stephens:0.057 Payne:0.057 Pierce:0.056
Berry:0.056 Matthews:0.056 Arnold:0.056 Wagner:0.055 Willis:0.055 Ray:0.055 Watkins:0.055
Olson:0.055 Carroll:0.055 Duncan:0.055 Snyder:0.055 Hart:0.054 Cunningham:0.054 Bradley:0.054
Lane:0.054 Andrews:0.054 Ruiz:0.054 Harper:0.054 Fox:0.053 Riley:0.053 Armstrong:0.053
Carpenter:0.053 Weaver:0.053 Greene:0.053 Lawrence:0.052 Elliott:0.052 Chavez:0.052 Sims:0.052
Austin:0.052 Peters:0.052 Kelley:0.052 Franklin:0.051 Lawson:0.051 Fields:0.051 Gutierrez:0.051
Ryan:0.051 Schmidt:0.051 Carr:0.051 Vasquez:0.051 Castillo:0.051 Wheeler:0.051 Chapman:0.050
Oliver:0.050 Montgomery:0.049 Richards:0.049 Williamson:0.049 Johnston:0.049 Banks:0.048
Meyer:0.048 Bishop:0.048 McCoy:0.048 Howell:0.048 Alvarez:0.048 Morrison:0.048 Hansen:0.047
Fernandez:0.047 Garza:0.047 Harvey:0.047 Little:0.046 Burton:0.046 Stanley:0.046 Nguyen:0.046
George:0.046 Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045 Dean:0.045 Gilbert:0.045
Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044 Burke:0.044 Hanson:0.043
Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042 Fowler:0.042 Brewer:0.042
Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042 Douglas:0.041 Fleming:0.041
Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041 May:0.040 Terry:0.040
Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039 Caldwell:0.039
Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039 Horton:0.039 Shelton:0.039
Barrett:0.039 O'Brien:0.039 Castro:0.039 Sutton:0.038 Gregory:0.038 McKinney:0.038 Lucas:0.038
Miles:0.038 Craig:0.038 Rodriquez:0.037 Chambers:0.037 Holt:0.037 Lambert:0.037 Fletcher:0.037
Watts:0.037 Bates:0.037 Hale:0.037 Rhodes:0.037 Pena:0.037 Beck:0.037 Newman:0.036 Haynes:0.036
McDaniel:0.036 Mendez:0.036 Bush:0.036 Vaughn:0.036 Parks:0.035 Dawson:0.035 Santiago:0.035
Norris:0.035 Hardy:0.035 Love:0.035 Steele:0.035 Curry:0.035 Powers:0.035 Schultz:0.035
Barker:0.035 Guzman:0.034 Page:0.034 Munoz:0.034 Ball:0.034 Keller:0.034 Chandler:0.034
Weber:0.034 Leonard:0.034 Walsh:0.033 Lyons:0.033 Ramsey:0.033 Wolfe:0.033 Schneider:0.033
Mullins:0.033 Benson:0.033 Sharp:0.033 Bowen:0.033 Daniel:0.033 Barber:0.032 Cummings:0.032
Hines:0.032 Baldwin:0.032 Griffith:0.032 Valdez:0.032 Hubbard:0.032 Salazar:0.032 Reeves:0.032
Warner:0.031 Stevenson:0.031 Burgess:0.031 Santos:0.031 Tate:0.031 Cross:0.031 Garner:0.031
Mann:0.031 Mack:0.031 Moss:0.031 Thornton:0.031 Dennis:0.031 McGee:0.031 Farmer:0.030
Delgado:0.030 Aguilar:0.030 Vega:0.030 Glover:0.030 Manning:0.030 Cohen:0.030 Harmon:0.030
Rodgers:0.030 Robbins:0.030 Newton:0.030 Todd:0.030 Blair:0.030 Higgins:0.030 Ingram:0.030
Reese:0.030 Cannon:0.030 Strickland:0.030 Townsend:0.030 Potter:0.030 Goodwin:0.030 Walton:0.030
Rowe:0.029 Hampton:0.029 Ortega:0.029 Patton:0.029 Swanson:0.029 Joseph:0.029 Francis:0.029
Goodman:0.029 Maldonado:0.029 Yates:0.029 Becker:0.029 Erickson:0.029 Hodges:0.029 Rios:0.029
Conner:0.029 Adkins:0.029 Webster:0.028 Norman:0.028 Malone:0.028 Hammond:0.028 Flowers:0.028
Cobb:0.028 Moody:0.028 Quinn:0.028 Blake:0.028 Maxwell:0.028 Pope:0.028 Floyd:0.027
Osborne:0.027 Paul:0.027 McCarthy:0.027 Guerrero:0.027 Lindsey:0.027 Estrada:0.027
Sandoval:0.027 Gibbs:0.027 Tyler:0.027 Gross:0.027 Fitzgerald:0.027 Stokes:0.027 Doyle:0.027
Sherman:0.027
"""

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI_F = "Marja Tuula Pirjo Leena Päivi Sirpa Riitta Tarja Anne Kaarina Aino Helmi Satu Minna Sari Hanna Liisa Eeva Kirsi Tiina Sanna Outi Raija Seija Maarit Terttu Aili Elina Noora Laura"
FI_M = "Juha Timo Matti Kari Mikko Jari Antti Pekka Jukka Markku Heikki Seppo Hannu Esa Tapio Pentti Ari Petri Veikko Raimo Kalevi Eero Jussi Olli Teemu Ville Tuomas Lauri Aleksi Janne"
FI_S = "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hakala Kallio Leinonen"
AR_F = "Fatima Maryam Zainab Noor Sara Amina Huda Rana Layla Rasha Hanan Aya Hiba Samira Nadia Dalia Lina Rima Souad Ghada Jamila Reem Salma Yasmin Nisreen Ninva Shamiram Nahrin Marta Hanna"
AR_M = "Mohammed Ahmad Ali Hassan Hussein Omar Mustafa Khaled Ibrahim Youssef Abdullah Mahmoud Karim Ammar Hamza Bilal Sami Tariq Walid Nabil Rami Samir Fadi Jamal Sargon Ninos Aram Gabriel Elias Shamoun"
AR_S = "Ali Mohammed Ahmad Hassan Hussein Abdullah Ibrahim Khalil Saleh Mahmoud Jaber Haddad Khoury Nasser Hamdan Younes Saad Al-Hashimi Al-Jaburi Al-Obaidi Al-Tamimi Kassab Mansour Darwish Shamoun Barsoum Saliba Gabriel Aho Yacoub Malki Shabo Toma Gorgis Warda"
SO_F = "Fadumo Hodan Amina Asha Hawa Sahra Ifrah Nasra Khadra Hibaq Sagal Ayaan Deeqa Halima Sucaad Fartun Hamdi Ikran Muna Faiza Ubah Nimco"
SO_M = "Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Yusuf Abdullahi Ismail Abdikarim Hussein Mahad Liban Farah Osman Said Bashir Khalid Nuur Guled Sharmarke"
SO_S = "Mohamed Ali Abdi Ahmed Hassan Hussein Omar Farah Osman Yusuf Ismail Warsame Aden Jama Mohamud Abdullahi Nur Hirsi Duale Egal Gedi Samatar"
PL_F = "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Jadwiga Halina Grażyna Justyna Paulina"
PL_M = "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Kamil Maciej Rafał Sławomir Przemysław"
PL_S = "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Sawicki Wysocki Zawadzki Malinowski Jaworski Adamczyk Dudek"
FA_F = "Maryam Fatemeh Zahra Sara Leila Shirin Nasrin Parisa Mina Azadeh Roya Neda Mahsa Samira Shabnam Golnaz Parvin Farah Mitra Elham Nazanin Ladan Soheila Negin Bahar"
FA_M = "Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Majid Farhad Babak Behnam Dariush Kourosh Arash Ramin Omid Payam Kaveh Shahram Bijan Mohsen Navid Siavash Keyvan"
FA_S = "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Hashemi Rahimi Jafari Sadeghi Ghorbani Kazemi Ebrahimi Rostami Nazari Azizi Amini Shirazi Tehrani Mousavi Sohrabi Farahani Najafi Bagheri Akbari Yazdani Esfandiari"
BCS_F = "Amra Emina Jasmina Selma Lejla Amela Mirsada Ana Marija Jelena Ivana Dragana Snežana Vesna Gordana Milica Maja Senada Aida Azra Sanela Zorica Mirjana Nermina Edina"
BCS_M = "Emir Adnan Mirza Haris Amir Almir Nermin Dragan Zoran Goran Milan Nikola Marko Ivan Dejan Nenad Stefan Jasmin Senad Edin Kemal Damir Mladen Vladimir Tomislav Josip Alen"
BCS_S = "Hodžić Hadžić Begić Kovačević Delić Mehmedović Husić Ahmetović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Knežević Vuković Popović Omerović Hasanović Salihović Mujić Softić Čolić Šabić Karić Alić Halilović"
TR_F = "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Esra Merve Özlem Derya Gül Büşra Nur Aylin Ebru Sevgi Yasemin Dilek Songül Selin Tuğba Leyla"
TR_M = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Emre Burak Kemal Serkan Cem Deniz Can Erkan Volkan"
TR_S = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Acar Turan Tekin"
ER_F = "Senait Helen Mebrat Saba Selam Tsega Rahel Almaz Yordanos Semhar Winta Luwam Freweini Mhret Eden Hiwet Abeba Tigist Meron Feven Lidia Aster"
ER_M = "Tesfay Yonas Daniel Samuel Yohannes Mehari Habte Kidane Berhane Tekle Haile Tesfalem Amanuel Filmon Semere Biniam Robel Natnael Kibrom Dawit Mussie Henok Efrem Aron"
ER_S = "Tesfay Tekle Haile Berhane Gebremedhin Gebreyesus Ghebremariam Kidane Mehari Habte Woldu Tesfamariam Asmerom Ghebrehiwet Mebrahtu Negash Andemariam Okbay Yemane Weldemichael Zerai Fesehaye Abraha Goitom"
AF_F = "Fatima Maryam Zahra Shabnam Parwana Freshta Marzia Masuda Nilofar Zarghuna Sohaila Mursal Lailuma Arezo Hasina Nasima Khadija Wahida Sadaf Mahbooba Fariba Gulalai Roya"
AF_M = "Mohammad Ahmad Ali Mustafa Abdul Hamid Naser Rahim Mahmood Sayed Hussain Jawad Ehsan Reza Farid Wahid Zabihullah Mujtaba Sohail Ramin Habib Qasim Karim Shafiq Nasir Hamed Rahmat"
AF_S = "Ahmadi Mohammadi Hussaini Rahimi Hakimi Karimi Sultani Rezaie Jafari Amiri Noori Haidari Sadat Stanikzai Popalzai Safi Wardak Yousufzai Rasuli Akbari Azizi Habibi Nazari Rahmani Sharifi Hashimi"
TH_F = "Siriporn Malee Ratana Wanida Suda Pranee Kanya Supaporn Nittaya Porntip Kannika Jintana Sunisa Duangjai Pimchanok Araya Lamai Orathai Pornpimol Sasithorn Chanida Wipawee Nattaya Jiraporn Busaba Thida"
TH_M = "Somchai Somsak Sompong Prasert Anan Wichai Surachai Boonmee Chaiwat Kittisak Nattapong Thanawat Arthit Sakchai Pichai Sombat Narong Suchart Wirat Chatchai"
TH_S = "Saetang Srisuk Wongsawat Thongchai Boonyarat Kaewkan Sukprasert Phromma Rattanakorn Jaidee Intharasuk Srisawat Kongkaew Suwannarat Pattanapong Sangthong Bunsong Phetchara Chaiyasit Kaewmanee"
LA_F = "María Carolina Francisca Daniela Camila Javiera Valentina Constanza Paula Catalina Fernanda Claudia Patricia Verónica Marcela Paola Andrea Ximena Lorena Alejandra Gabriela Macarena Soledad Isidora Rosa Ana"
LA_M = "José Juan Luis Carlos Jorge Francisco Pablo Diego Cristián Rodrigo Felipe Sebastián Matías Gonzalo Patricio Sergio Manuel Héctor Víctor Alejandro Andrés Nicolás Tomás Benjamín Joaquín Raúl"
LA_S = "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa"
KU_F = "Rojin Berfin Zilan Delal Rojda Nazdar Hêvî Jiyan Dilan Şirin Avin Nesrin Gulistan Ronahî Evin Shilan Kajal Bahar Dilveen Viyan Zozan Sozdar Narin Hana"
KU_M = "Rebwar Karwan Dilshad Hiwa Aras Azad Baran Zana Serdar Sherko Shwan Kawa Diyar Bawar Rizgar Hemin Ako Soran Nawzad Dara Rojhat Welat Berzan Kamiran Hozan"
KU_S = "Ahmed Mohammed Rashid Aziz Omar Karim Mahmoud Barzani Hawrami Amedi Zebari Doski Hasan Sleman Qadir Rasul Salih Mustafa Abdulla Faraj Tahir Ali Jaf Baban Kaya Demir"
IN_F = "Priya Anjali Pooja Neha Divya Kavita Sunita Lakshmi Deepa Aishwarya Shreya Ananya Meera Sneha Ritu Swati Nisha Rekha Geeta Radhika Shalini Aarti Preeti Sapna Jyoti"
IN_M = "Rahul Amit Rajesh Sanjay Vijay Arjun Rohit Suresh Anil Ravi Vikram Karthik Aditya Sandeep Manoj Deepak Prakash Ashok Nikhil Srinivas Venkatesh Harish Gaurav Abhishek Pranav"
IN_S = "Patel Sharma Singh Kumar Gupta Reddy Rao Iyer Nair Menon Shah Desai Joshi Mehta Verma Chopra Kapoor Malhotra Agarwal Banerjee Chatterjee Mukherjee Das Pillai Krishnan Subramanian Srinivasan Bhat Kulkarni Pandey"
ZH_F = "Jing Li Fang Yan Min Xiu Hui Ying Mei Ling Xiaomei Lihua Yanling Hong Juan Wen Qian Yue Xue Ting Yun Lan Na"
ZH_M = "Wei Jun Lei Hao Jie Tao Ming Qiang Yong Jian Bin Feng Chao Gang Peng Xiang Long Zhiwei Jianguo Haoran Yang Bo Kai"
ZH_S = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng"
UA_F = "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Kateryna Mariia Anna Viktoriia Liudmyla Halyna Nadiia Alina Daria Sofiia Inna Larysa"
UA_M = "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Ivan Vasyl Yurii Viktor Maksym Ihor Bohdan Taras Roman Petro Vitalii Artem Denys"
UA_S = "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko Pavlenko Savchuk Kuzmenko"
DE_F = "Sabine Petra Andrea Claudia Susanne Stefanie Katrin Nicole Birgit Ursula Monika Julia Anja Heike Silke Martina Gabriele Sandra Christine Lena Lea Hannah Anke Ute Karin"
DE_M = "Thomas Michael Andreas Stefan Frank Markus Christian Jürgen Uwe Klaus Wolfgang Matthias Jens Dirk Sven Torsten Jan Tobias Florian Sebastian Lukas Jonas Felix Maximilian Rainer Helmut"
DE_S = "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann"


def _origin(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": _origin(SV_F, SV_M, SV_S, 150),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": _origin(UK_F, UK_M, UK_S, 150),
    "finnish": _origin(FI_F, FI_M, FI_S),
    "arabic": _origin(AR_F, AR_M, AR_S),
    "somali": _origin(SO_F, SO_M, SO_S),
    "polish": _origin(PL_F, PL_M, PL_S),
    "persian": _origin(FA_F, FA_M, FA_S),
    "bcs": _origin(BCS_F, BCS_M, BCS_S),
    "turkish": _origin(TR_F, TR_M, TR_S),
    "eritrean": _origin(ER_F, ER_M, ER_S),
    "afghan": _origin(AF_F, AF_M, AF_S),
    "thai": _origin(TH_F, TH_M, TH_S),
    "latin": _origin(LA_F, LA_M, LA_S),
    "kurdish": _origin(KU_F, KU_M, KU_S),
    "indian": _origin(IN_F, IN_M, IN_S),
    "chinese": _origin(ZH_F, ZH_M, ZH_S),
    "ukrainian": _origin(UA_F, UA_M, UA_S),
    "german": _origin(DE_F, DE_M, DE_S),
}

# Who is named, by the language of the row: roughly Sweden's population in Swedish text, Britain
# and America in English, a Swedish workplace with foreign colleagues and patients in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "chinese": 0.6,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1, "finnish": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8,
        "ukrainian": 0.7, "bcs": 0.6, "kurdish": 0.5, "afghan": 0.5, "eritrean": 0.5, "thai": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "german": 1, "chinese": 1,
    },
}  # fmt: skip

NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Carl": ["Calle"],
    "Per": ["Pelle", "Peo"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Marcus": ["Mackan"],
    "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan", "Greta"], "Elisabeth": ["Lisa", "Bettan"],
    "Elisabet": ["Lisa", "Lisbeth"], "Birgitta": ["Bigge", "Gittan"], "Katarina": ["Kajsa", "Kattis"],
    "Gustav": ["Gurra", "Gusse"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Patrik": ["Patte"],
    "Kristoffer": ["Krille"], "Fredrik": ["Fredde"], "Johan": ["Jojje"], "Jonas": ["Jonte"],
    "Henrik": ["Henke"], "Hans": ["Hasse"], "Rickard": ["Rille"], "Robert": ["Robban"],
    "Magnus": ["Manne"], "Niklas": ["Nicke"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe"],
    "Tobias": ["Tobbe"], "Stefan": ["Steffe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex"],
    "Viktor": ["Vicke"], "Olof": ["Olle"], "Jan": ["Janne"], "Nils": ["Nisse"], "Sven": ["Svenne"],
    "Gunnar": ["Gurra"], "Bengt": ["Bengan"], "Oskar": ["Ogge"], "Ludvig": ["Ludde"], "Gabriel": ["Gabbe"],
    "Hampus": ["Hampe"], "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Madeleine": ["Maddie"],
    "Therese": ["Tessan"], "Matilda": ["Tilda"], "Rebecka": ["Becka"], "Viktoria": ["Vickan"],
    "Victoria": ["Vickan"], "Barbro": ["Babsan"], "Gunilla": ["Gullan"], "Christer": ["Kicke"],
    "Anders": ["Acke"], "Ingemar": ["Ingo"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Leif": ["Leffe"],
    "Andreas": ["Andy"], "Jesper": ["Jeppe"], "Daniel": ["Danne"], "Christian": ["Chrille"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Rick"], "James": ["Jim", "Jamie"],
    "Michael": ["Mike", "Mick"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
    "Christopher": ["Chris"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Anthony": ["Tony"],
    "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie", "Peggy"], "Susan": ["Sue"], "Patricia": ["Pat", "Trish"],
    "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Benjamin": ["Ben"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Stephen": ["Steve"], "Steven": ["Steve"], "Edward": ["Ed", "Ted"],
    "Charles": ["Charlie"], "Deborah": ["Debbie", "Deb"], "Victoria": ["Vicky"], "Alexandra": ["Alex", "Lexi"],
    "Christine": ["Chris"], "Kimberly": ["Kim"], "Jessica": ["Jess"], "Nicola": ["Nicky"], "Timothy": ["Tim"],
    "David": ["Dave"], "Peter": ["Pete"], "Gregory": ["Greg"], "Kenneth": ["Ken"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Lawrence": ["Larry"], "Gerald": ["Gerry"], "Philip": ["Phil"], "Samuel": ["Sam"],
    "Joshua": ["Josh"], "Jacob": ["Jake"], "Frederick": ["Fred", "Freddie"], "Harold": ["Harry"],
    "Eleanor": ["Ellie"], "Abigail": ["Abby"], "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Sandra": ["Sandy"],
    "Barbara": ["Barb"], "Dorothy": ["Dot"], "Raymond": ["Ray"], "Terence": ["Terry"],
}  # fmt: skip
NICK_PL = {
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"],
    "Magdalena": ["Magda"], "Agnieszka": ["Aga"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"],
    "Jakub": ["Kuba"], "Zofia": ["Zosia"], "Stanisław": ["Staszek"], "Joanna": ["Asia"],
}  # fmt: skip
NICK_UA = {
    "Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"], "Mariia": ["Masha"],
    "Nataliia": ["Natasha"], "Tetiana": ["Tania"], "Iryna": ["Ira"], "Dmytro": ["Dima"],
}  # fmt: skip
NICK_LA = {
    "Francisco": ["Pancho", "Paco"], "José": ["Pepe"], "Catalina": ["Cata"], "Sebastián": ["Seba"],
    "Javiera": ["Javi"], "Francisca": ["Fran"], "Alejandra": ["Ale"], "Constanza": ["Coni"],
}  # fmt: skip


def _typed_plain(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """The same short forms under the name typed without its letters (`Malgorzata`: `Gosia`)."""
    out = dict(table)
    for name, forms in table.items():
        out.setdefault(plain(name), [plain(f) for f in forms])
    return out


NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "polish": _typed_plain(NICK_PL),
    "ukrainian": NICK_UA,
    "latin": _typed_plain(NICK_LA),
}
