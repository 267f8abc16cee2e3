# ruff: noqa: E501
"""Name pools of held-out DD (issue 15): names as the population has them, by origin and weight.

Every list is in the order of how many people carry its names. Swedish given names and surnames
follow SCB's name statistics (written from the writer's general knowledge, weight 1/rank: the
head is the top 150, the tail the rarer names past them); the US lists are the US Census 1990
files `dist.female.first`, `dist.male.first` and `dist.all.last` (public domain, copied from the
`names` package, the census per cent as weight, head 150); the UK lists follow the ONS rankings
(general knowledge, 1/rank); the other origins are the commonest names of people from countries
common in Sweden (1/rank, head 10). No name was checked against anything in the repository and
none was left out for being known or unknown. Data only: stdlib, no I/O.
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


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank; `_` joins the words of one name (`von_Platen`)."""
    names = tuple(w.replace("_", " ") for w in text.split())
    if len(set(names)) != len(names):
        raise ValueError(f"a name twice in the list starting {names[:3]}")
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(text: str, head: int = 150) -> Pool:
    """A census list of `Name:per-cent` pairs, the per cent as weight."""
    pairs = [item.rsplit(":", 1) for item in text.split()]
    return Pool(tuple(n for n, _ in pairs), tuple(float(p) for _, p in pairs), head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    for a, b in (("ł", "l"), ("Ł", "L"), ("đ", "dj"), ("Đ", "Dj"), ("ı", "i"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("ß", "ss")):  # fmt: skip
        word = word.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(a):
            return surname[: -len(a)] + b
    return surname


# Sweden: SCB's ranks, women's given names (head 150, then the tail of rarer names).
SV_F = ranked(
    """
    Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Birgitta
    Inger Linda Annika Elin Susanne Monica Johanna Sofia Ulla Katarina Camilla Helena Ida Julia
    Elisabeth Carina Åsa Anneli Cecilia Linnéa Margareta Gunilla Elsa Maja Ebba Alice Ulrika Therese
    Frida Anita Amanda Lisa Matilda Ann Moa Josefin Wilma Jessica Caroline Agneta Klara Ella Sandra
    Louise Barbro Lovisa Emelie Viktoria Ellen Siv Britt Madeleine Alva Gun Yvonne Christina
    Marianne Agnes Astrid Ingela Birgit Pia Gunnel Mona Charlotte Erika Elina Stina Emilia Tove
    Elvira Felicia Linn Rebecka Irene Lina Greta Mikaela Karolina Ann-Marie Ann-Christin Inga Sonja
    Margit Saga Olivia Vera Signe Selma Tilda Nellie Isabelle Nora Molly Freja Thea Ronja Tyra
    Sigrid Märta Cornelia Filippa Michelle Petra Sofie Veronica Jeanette Helen Kristin Marina Lotta
    Emmy Hedvig Ingegerd Ingeborg Gerd Ylva Maj-Britt Berit Laila Ewa Lisbeth Ulrica Angelica
    Victoria Fanny Isabella Elisabet Evelina Marlene Anette Maud Lilian Gunvor Solveig Iris Lilly
    Alma Leah Pernilla Hillevi Ragnhild Gunhild Dagny Viola Aina Valborg Tuva Majken Edit Elvi Rut
    Ruth Svea Hjördis Ingalill Ann-Sofie Anna-Karin Anna-Lena Eva-Lena Maj-Lis Britt-Marie
    Ann-Louise Marie-Louise Ulla-Britt Elsie Nanna Liv Hilda Edla Edith Agda Tekla Hulda Sylvia
    Berta Dagmar Doris Gudrun Irma Kajsa Katja Lova Nova Vilda Livia Elise Mira Juni Tindra Meja
    Majvor Asta Ester Kicki Mimmi Minna Rakel Rebecca Sanna Siri Solbritt Stella Stefanie Tina
    Tora Vanja Vendela Vivianne Vivi Yvette Åse Annie Amelia Alexandra Alicia Amalia Ada Aurora
    Bianca Britta Cajsa Celine Daniella Desirée Disa Ellinor Elna Estelle Evelyn Fredrika
    Gabriella Harriet Heidi Helga Henrietta Ingmarie Irmelin Jasmine Joline Josefina Judit Kamilla
    Lea Linnea Lisette Lucia Madelene Magdalena Maja-Lisa Malva Mathilda Melina Melissa Mia
    Miranda My Nathalie Nelly Nicole Nina Noomi Olga Ottilia Paula Paulina Rose-Marie Sabina Sally
    Sigbritt Siw Stephanie Susanna Tanja Theresia Vivan Viveka Yrsa Gunbritt Margaretha Marita
    Katrin Rosita Inez Lillemor Lisen Malou Marika Nadja Ninni Regina Therése Elly Alida Ellie
    Engla Inga-Lill Fatima Yasmin Ingegärd Gullan Gunn Ann-Katrin Mari Anja Bodil Carin Evy Kristel
    Lena-Maria Mariana Rosa Vilma Wivi Ann-Britt Elinor Zara Hedda Agnetha Annelie Carola Charlotta Christel Dorotea
    Embla Emilie Gerda Gullvi Hanne Ines Jennie Josefine Kristine Märit Nilla Sanne Tova Unni
    Valentina Wera Majlis Maj Gunborg Ingvor Elsy Anne Annica Helén Eivor Alfhild Jenni
    """,
    150,
)
# Men's given names.
SV_M = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
    Bengt Magnus Bo Marcus Mats Jonas Nils Leif Oskar Alexander Martin Ulf Björn Göran Henrik
    Gustav Christer Viktor Sven Kjell Simon Emil Lennart Mattias Patrik Axel Rolf Filip Anton Tommy
    Roger Robert Christian Stig Ingvar Åke Jonathan Hampus Robin Kent Joakim Tobias Sebastian
    Rickard William Gunnar Roland Jesper Kenneth Claes Johnny Lucas Elias Isak Ludvig Adam David
    Rasmus Dan Olof Niklas Jakob Kurt Arne Linus Mohammed Oliver Hugo Liam Noah Albin Gabriel
    Sune Kristoffer Torbjörn Tomas Ove Göte Jimmy Alf Lars-Erik Karl-Erik Jens Samuel Max Josef
    Elliot Theo Vincent Edvin Melvin Adrian Benjamin Leo Love Sixten Melker Frans Arvid Harry Olle
    Gösta Erling Ivar Bertil Rune Evert Tage Ture Sten Folke Håkan Pontus Joel Carl Wilhelm Pär
    Kim Conny Morgan Ali Jörgen Thord Ahmad Ingemar Inge Einar Eskil Bror Birger Harald Helge
    Valter Oscar Kevin Dennis Johannes Christoffer Markus Jacob Hans-Erik Sigvard Allan Artur
    Assar Algot Arnold Berndt Bernt Carl-Johan Dag Douglas Egon Elis Elof Emanuel Enar Erland
    Fabian Ferdinand Gert Gillis Glenn Greger Gustaf Halvar Hannes Henning Herbert Hilding Holger
    Ingmar Isac Ivan Jack Jan-Erik Jan-Olof Jarl Jerker Joar Jon Jonny Julius Kalle Kasper Kennet
    Knut Konrad Krister Kristian Lage Lars-Göran Leonard Levi Loke Lorentz Lukas Malte Manfred
    Mauritz Maximilian Milo Nicklas Nicolas Noel Odd Ola Olav Osvald Otto Per-Olof Peder Petter
    Philip Rafael Ragnar Reinhold Roy Rudolf Sam Sigfrid Staffan Sture Svante Sylvester Teodor
    Thor Tor Torsten Tryggve Ulrik Valdemar Verner Vidar Vilgot Vilmer Yngve Östen Ebbe Elton
    Colin Casper Charlie Edward Elvin Frank Helmer Herman Hjalmar Ingvald Isidor Jonatan Kenny
    Marcel Nathan Neo Otis Rikard Sigge Sonny Sören Tim Tony Torgny Uno Valentin Vilhelm Wiktor
    Örjan Kaj Lars-Olof Lars-Åke Per-Erik Per-Olov Sven-Erik Sven-Olof Bo-Göran Jan-Åke
    Karl-Gustav Nils-Erik Carl-Henrik Anders-Petter Benny Bosse Curt Eilert Georg Gerhard
    Gottfrid Gunder Hasse Ingolf Iwan Jöns Kennerth Lars-Gunnar Lennie Lorens Måns
    Nore Olov Orvar Pelle Rutger Seved Stellan Tord Torvald Urban Viggo Yousef Zakarias
    Anwar Hussein Omar Ibrahim Vide Ville Isaac Albert Alvar Ambjörn Anselm Aron Bengt-Göran Birk
    Bruno Dante Didrik Hilmer Lars-Inge Leopold Mathias Nils-Olof Pierre Reidar Ruben Seth Sigurd
    Simeon Stig-Arne Torkel Tristan Wilmer Adolf Eino Lorenz Mio
    """,
    150,
)
# Surnames, as SCB ranks them (names of every origin carried in Sweden, particles included).
SV_S = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
    Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
    Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund
    Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen
    Åkesson Dahl Lindholm Norberg Holmqvist Hussein Jensen Mohamed Sundström Carlsson Jakobsen
    Lindahl Lindblom Sundqvist Hedberg Hedström Norén Nordlund Nordqvist Nordgren Strand Sjödin
    Sjöström Åström Öhman Östlund Bäckström Backman Sandgren Malm Malmberg Malmström Kjellberg
    Forslund Fors Hägg Granberg Grahn Eklöf Ekman Ekberg Rosén Franzén Jacobsson Lindell Lindén
    Lilja Ljung Ljunggren Lövgren Palm Petersson Rydberg Sandin Stenberg Strandberg Söderlund
    Söderström Wahlberg Westberg Wiklund Omar Karlström
    Åkerlund Ågren Östberg Bergkvist Björkman Blomberg Boman Borg Brandt Broman Byström
    Dahlgren Dahlin Dahlqvist Edlund Edström Ekholm Elofsson Englund Enqvist Fagerberg Forsman
    Fredlund Frisk Grönlund Gustavsson Hallberg Hallgren Hammar Hedin Hedman Hellberg Hellgren
    Hjelm Holmström Hultgren Hultman Hägglund Högberg Höglund Johnsson Karlberg Kvist Liljegren
    Lindelöf Lundell Lundholm Lundkvist Lundmark Lönn Löfberg Melin Modig Nord Nordberg Nordén
    Nordmark Norling Nylander Nyman Näslund Olausson Oskarsson Ottosson Roos Rudberg Rundqvist
    Ryberg Sandell Sjölund Skoglund Stark Sten Strömqvist Sörensen Thunberg Unger Vallin Wallgren
    Wallén Westman Wikberg Wikman Åslund Lindkvist Granström Malmqvist Häggström Kjellström
    Rosenberg Rosenqvist Lindroth Ljungberg Palmqvist Sahlin Selin Sjöholm Skog Stenström Sundin
    Svärd Thorén Törnqvist Vikström Wahlström Wennberg Westerberg Westin Widén Zetterberg
    Zetterström Åkerman Öhrn Bergdahl Berglöf Carlström Ibrahim Khalil Yousef Abdullahi Nguyen
    Korhonen Virtanen Nowak Kowalski Yilmaz Hodzic Rahimi Mohammadi Ahmadi Jovanovic Kaya Demir
    Fagerström Alm Sundell Lindh Ahlberg Ahlström Almqvist Asplund Bergh Bohlin Borgström Brodin
    Brännström Burman Carlberg Dahlström Eng Enström Ericsson Fahlgren Flink Forsell Fredin
    Friberg Grönberg Gyllenberg Haglund Hedqvist Holmén Hörberg Jonasson Kronberg Lagerqvist
    Lidén Lindblad Lindeberg Lindman Ljungqvist Lundén Löwenhielm Marklund Mellberg Moberg
    Norrman Nyqvist Pehrsson Rehn Ringström Rydén Sandlund Sjöqvist Stridh Strömgren Sundelin
    Söderman Tengvall Tornberg Vesterlund Wallander Wester Wikander Östman von_Platen af_Klercker
    De_Geer von_Essen af_Ugglas von_Sydow Wachtmeister Lewenhaupt Gyllenstierna von_Knorring
    """,
    150,
)

# United States: the Census 1990 lists (per cent of the population carrying the name).
_US_F = """
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
Marianne:0.042
"""
_US_M = """
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
"""
_US_S = """
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
US_F = census(_US_F)
US_M = census(_US_M)
US_S = census(_US_S)

# The United Kingdom: the ONS rankings, the generations now adult and their children (1/rank).
UK_F = ranked(
    """
    Sarah Emma Claire Laura Lisa Rebecca Nicola Gemma Jessica Amy Hannah Lauren Charlotte Emily
    Sophie Katie Chloe Rachel Helen Samantha Michelle Louise Jennifer Victoria Kelly Joanne Amanda
    Elizabeth Catherine Karen Susan Julie Jane Alison Angela Deborah Tracey Kirsty Natalie
    Stephanie Zoe Jade Danielle Amber Megan Olivia Ellie Grace Lucy Holly Georgia Abigail Bethany
    Leah Jodie Kayleigh Hayley Stacey Lindsay Carly Jenna Eleanor Anna Rosie Millie Isabella
    Amelia Ava Isla Poppy Freya Evie Ruby Lily Mia Ella Phoebe Harriet Alice Sophia Caroline Fiona
    Kerry Andrea Dawn Wendy Gillian Lorraine Maria Tina Sharon Linda Patricia Margaret Janet
    Christine Pauline Carol Jacqueline Denise Diane Sandra Beverley Anne Mary Ann Shirley Jean
    Kathleen Brenda Sheila Valerie Barbara Joan Doreen Eileen Maureen Marion Kate Ellen Jasmine
    Keira Paige Shannon Courtney Rachael Melissa Jemma Leanne Kimberley Naomi Aimee Hollie Jenny
    Heather Rose Imogen Matilda Florence Scarlett Daisy Willow Esme Elsie Layla Maisie Erin Caitlin
    Aisha Fatima Zara Priya Amira Nadia Siobhan Bridget Gail Glenys Rhiannon Ffion Seren Cerys
    Bronwen Morag Mhairi Kirsten Eilidh Ailsa Shona Iona Catriona Hazel Irene Joyce Vera Edith
    Muriel Sylvia Gwen Beryl Rita Norma June Yvonne Lesley Elaine Debra Teresa Colette Harper
    Aria Evelyn Sienna Emilia Hallie Darcie Lottie Mollie Frankie Tilly Nancy Edie Orla Niamh
    Roisin Aoife Martha Beatrice Clara Penelope Rebekah Jocelyn Maxine Tanya Kim Geraldine Rosemary
    """,
    130,
)
UK_M = ranked(
    """
    David John Paul Michael Andrew Mark James Richard Stephen Robert Peter Christopher Daniel
    Matthew Thomas Steven Ian Anthony Simon Gary Darren Lee Craig Jason Neil Martin Kevin Adam
    Jonathan Carl Scott Wayne Stuart Alan Graham Nicholas Philip Jamie Ryan Benjamin Samuel Joshua
    Luke Jack Liam Callum Connor Jordan Joseph Alexander William Oliver Harry George Charlie Jacob
    Alfie Oscar Noah Leo Freddie Archie Henry Theo Arthur Muhammad Mohammed Edward Kieran Dean
    Shaun Tom Sean Nathan Aaron Ashley Jake Bradley Kyle Ben Sam Max Dylan Lewis Reece Tyler Ethan
    Harvey Logan Mason Finley Louis Toby Isaac Gabriel Dominic Patrick Brian Keith Colin Roger
    Barry Derek Malcolm Trevor Terry Kenneth Raymond Geoffrey Dennis Tony Russell Jeremy Timothy
    Hugh Rory Fraser Ross Euan Owen Rhys Gareth Dafydd Hamish Elliot Joel Aidan Declan Niall Ronan
    Stanley Albert Frederick Ernest Harold Leslie Gordon Douglas Stewart Bernard Clive Nigel Adrian
    Vincent Jeffrey Ahmed Omar Ali Hassan Ibrahim Yusuf Rohan Arjun Aled Gethin Huw Iwan Llyr
    Angus Alasdair Murdo Calum Ewan Kyle-James Lachlan Barrie Leighton Glyn Gavin Jarrod Rupert
    Giles Piers Quentin Crispin Ralph Reginald Cyril Norman Sidney Wilfred Percy
    Reuben Jenson Rowan Hugo Albie Teddy Jude Ezra Sonny Frankie Elijah Zachary Caleb Aaron-Lee
    Lenny Ollie Alistair Duncan Kristian Marcus Leon Jordan-Lee Billy Bobby Ricky
    """,
    130,
)
UK_S = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
    Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
    Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
    Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain
    Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
    Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard
    Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
    Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
    Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
    Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
    Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
    Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
    Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman
    Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston
    Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins
    Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater
    Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton
    Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt
    Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks
    French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters
    Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston
    Hancock Thornton Baldwin Burrows Briggs Storey Pollard Howell Parkinson Rahman Dennis Dyer
    Llewellyn Pugh Vaughan Prosser MacLeod MacKenzie Fraser Sinclair Gunn Munro
    """,
    150,
)

# Ireland: the commonest names of the Republic (CSO and the registers' ranks, 1/rank).
IE_F = ranked("Mary Siobhán Aoife Niamh Ciara Sinéad Róisín Orla Gráinne Áine Caoimhe Deirdre Bríd Eimear Clodagh Sorcha Emer Nuala Máire Saoirse Fiona Aisling Catherine Margaret Úna Mairéad Laoise Ailbhe", 10)  # fmt: skip
IE_M = ranked("Seán John Michael Patrick Pádraig Ciarán Cian Darragh Eoin Conor Dónal Declan Colm Liam Séamus Diarmuid Ronan Niall Fergal Oisín Cathal Brendan Tadhg Eamon Aidan Fionn Cormac Ruairí", 10)  # fmt: skip
IE_S = ranked("Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan Burke Collins Fitzgerald Ó_Súilleabháin Mac_Giolla_Phádraig Nic_Aodha", 10)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI_F = ranked("Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Minna Tiina Riitta Pirjo Kristiina Leena Satu Eeva Aino Sanna Laura Elina Katja Marja-Leena Sirpa Tuulikki Aila", 10)  # fmt: skip
FI_M = ranked("Juhani Johannes Olavi Antero Tapani Kalevi Matti Timo Mikael Kari Pekka Jukka Mikko Markku Jari Antti Juha Heikki Tuomas Ville Janne Petri Seppo Hannu Esa Kimmo Pertti Veikko Raimo Eero", 10)  # fmt: skip
FI_S = ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Peltonen Väisänen", 10)  # fmt: skip
AR_F = ranked("Fatima Maryam Zainab Noor Sara Aya Hiba Rana Amal Layla Huda Rasha Lina Dalia Yasmin Sana Nadia Rania Hanan Aisha Khadija Reem Ruqaya Zahraa Ninwa Shamiram Ramina Nahrain Mariam Rim", 10)  # fmt: skip
AR_M = ranked("Mohammed Ahmad Ali Hassan Hussein Omar Mahmoud Mustafa Ibrahim Khaled Yousef Abdullah Karim Samir Ammar Bilal Hamza Tariq Jamal Ziad Firas Haidar Abbas Walid Sargon Ninos Gabriel Aziz Ashur Ilyas Shamoun", 10)  # fmt: skip
AR_S = ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Al-Jaberi Al-Obaidi Al-Saadi Haddad Khoury Jaber Nasser Youssef Karim Shamoun Barsoum Saliba Gabriel Issa Yousif Aziz Al-Rubaie Kadhim Jawad Abbas Al-Tamimi Elias Toma", 10)  # fmt: skip
SO_F = ranked("Fadumo Hodan Sahra Amina Hawa Asha Ifrah Nimco Ayaan Sagal Hibo Maryan Ubah Ikran Deeqa Filsan Khadra Leyla Safiya Ruun Halima Faadumo", 10)  # fmt: skip
SO_M = ranked("Mohamed Abdi Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Mustafe Abdikarim Liban Farah Hamse Said Abdiaziz Mahad Guled Bashir Abdiwali Hussein", 10)  # fmt: skip
SO_S = ranked("Mohamed Ali Hassan Abdi Ahmed Omar Hussein Farah Yusuf Warsame Osman Ismail Jama Abdullahi Nur Aden Mohamud Hersi Dahir Egal Abdirahman Duale Gedi Elmi Salad Samatar", 10)  # fmt: skip
PL_F = ranked("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Justyna Paulina Halina Jadwiga", 10)  # fmt: skip
PL_M = ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Sławomir Przemysław", 10)  # fmt: skip
PL_S = ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Zawadzki Sadowski Czarnecki Głowacki Brzeziński", 10)  # fmt: skip
FA_F = ranked("Maryam Fatemeh Zahra Sara Nasrin Shirin Leila Parisa Mahsa Neda Roya Azadeh Shabnam Mina Samira Elham Golnaz Parvin Soheila Nazanin Bahar Ladan Mitra Forough Setareh", 10)  # fmt: skip
FA_M = ranked("Ali Mohammad Reza Hossein Mehdi Amir Hamid Majid Saeed Behzad Farhad Babak Kourosh Dariush Arash Payam Omid Navid Peyman Kaveh Ramin Shahram Bijan Parviz Masoud Siamak", 10)  # fmt: skip
FA_S = ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi Rostami Ghorbani Hosseinzadeh Alavi Kazemi Tehrani Shirazi Esfahani Amini Nazari Bagheri Akbari Farahani Daneshvar Azizi Sharifi Najafi Salehi", 10)  # fmt: skip
BCS_F = ranked("Amra Emina Jasmina Lejla Selma Amela Aida Mirsada Senada Maja Ivana Jelena Marija Ana Dragana Milica Snežana Vesna Mirjana Azra Alma Sanela Elma Merima Nermina Đurđica", 10)  # fmt: skip
BCS_M = ranked("Amir Adnan Emir Edin Mirza Senad Haris Damir Nermin Dragan Zoran Goran Nenad Milan Dejan Marko Nikola Ivan Stefan Aleksandar Almir Admir Dženan Kenan Mehmed Esad Đorđe", 10)  # fmt: skip
BCS_S = ranked("Hodžić Hadžić Kovačević Begić Delić Mehmedović Salihović Hasanović Ibrahimović Omerović Alić Suljić Husić Babić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Kovačić Marić Jurić Knežević Vuković Šarić Mujić Karić Ramić", 10)  # fmt: skip
TR_F = ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Derya Gül Leyla Sevgi Songül Yasemin Gülsüm Canan Ebru Dilek", 10)  # fmt: skip
TR_M = ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Cem Erkan Volkan Tolga", 10)  # fmt: skip
TR_S = ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özer Erdoğan Aktaş Güler Bulut Keskin Ünal Acar", 10)  # fmt: skip
ER_F = ranked("Helen Senait Tsega Mebrat Semhar Lidia Yohana Hiwet Selam Saba Rahel Freweini Luwam Mehret Almaz Tigist Eden Hanna Ruta Winta Feven Yordanos", 10)  # fmt: skip
ER_M = ranked("Yonas Daniel Tesfay Samuel Mehari Tekle Berhane Dawit Filmon Habtom Amanuel Kidane Tesfalem Yemane Mussie Robel Efrem Ghebremedhin Goitom Merhawi Henok Biniam", 10)  # fmt: skip
ER_S = ranked("Tesfay Tekle Berhane Ghebremariam Haile Kidane Tesfamariam Mehari Yohannes Gebremichael Habte Weldemichael Andemariam Asmerom Abraha Negash Woldu Ghirmay Tewolde Hagos Fessehaye Gebreyesus", 10)  # fmt: skip
AF_F = ranked("Fatima Zahra Maryam Marzia Freshta Mursal Nazia Shabana Mahbooba Zainab Madina Parwana Hadia Yalda Nilofar Masooma Sakina Roya Farzana Malalai Shukria Gulalai", 10)  # fmt: skip
AF_M = ranked("Mohammad Ahmad Ali Mustafa Hamid Abdul Sayed Javad Reza Jawad Hussain Hassan Mahdi Rahmatullah Abdullah Mirwais Farid Nasir Wahid Sohrab Ehsan Elyas Zabihullah Naqibullah", 10)  # fmt: skip
AF_S = ranked("Ahmadi Hussaini Rahimi Mohammadi Sultani Hakimi Karimi Jafari Rezaie Safi Noori Amiri Haidari Sadat Popal Wardak Stanikzai Ahmadzai Nazari Azimi Qaderi Hashimi Sharifi Rasuli Yusufzai Durrani", 10)  # fmt: skip
TH_F = ranked("Siriporn Pornthip Malai Kanya Suda Nattaya Wanida Ratana Supaporn Araya Duangjai Jintana Kanokwan Siriwan Sunisa Thanyarat Chanida Orathai Kamolwan Lamai Pim Ploy Sasithorn", 10)  # fmt: skip
TH_M = ranked("Somchai Somsak Prasert Sompong Anan Surachai Chaiwat Kittisak Wichai Nattapong Thanawat Somkiat Boonmee Sakchai Anucha Pichit Weerapong Suthep Thawatchai Apichart", 10)  # fmt: skip
TH_S = ranked("Saetang Srisuk Wongsawat Chaiyaphum Thongchai Boonyarat Kaewkla Rattanakorn Sripong Phromma Sanguansak Siripanich Jaidee Kongsuk Meesuk Intharak Saelim Yodsuwan Nakprasert Suwannarat Chaisiri", 10)  # fmt: skip
LA_F = ranked("María Carolina Daniela Francisca Valentina Camila Javiera Constanza Catalina Paula Andrea Claudia Patricia Ximena Paola Verónica Marcela Gabriela Fernanda Isabel Rosa Carmen Alejandra Lorena", 10)  # fmt: skip
LA_M = ranked("José Juan Luis Carlos Jorge Francisco Cristián Pablo Diego Sebastián Matías Felipe Rodrigo Gonzalo Mauricio Héctor Patricio Ricardo Alejandro Andrés Manuel Víctor Nicolás Tomás", 10)  # fmt: skip
LA_S = ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco", 10)  # fmt: skip
KU_F = ranked("Rojda Berfin Dilan Zozan Rojin Nergiz Shilan Avin Helin Jiyan Hêvî Gulistan Newroz Narin Ronahi Delal Evîn Bahar Shirin Kazhal Sozan", 10)  # fmt: skip
KU_M = ranked("Azad Rebwar Karwan Dilshad Sherzad Aram Hiwa Baran Serhat Rizgar Shwan Zana Botan Kawa Ari Dara Hawre Soran Diyar Alan Hemin Berzan", 10)  # fmt: skip
KU_S = ranked("Ahmed Aziz Mahmoud Rashid Karim Amin Kurdi Mustafa Hussein Abdullah Salih Omar Taha Qadir Hamad Jalal Faraj Zebari Sindi Baban Rasul Tekin Akbulut Barzani Doski", 10)  # fmt: skip
UA_F = ranked("Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Olha Kateryna Anastasiia Mariia Viktoriia Liudmyla Halyna Nadiia Alina Daryna Sofiia Inna Khrystyna", 10)  # fmt: skip
UA_M = ranked("Oleksandr Serhii Andrii Volodymyr Mykola Ivan Dmytro Yurii Oleh Vasyl Viktor Maksym Bohdan Taras Petro Mykhailo Ihor Roman Artem Vitalii", 10)  # fmt: skip
UA_S = ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko", 10)  # fmt: skip
IN_F = ranked("Priya Anjali Pooja Neha Divya Sneha Kavya Lakshmi Deepa Sunita Aishwarya Shruti Swati Meera Ananya Nisha Ritu Shreya Harpreet Gurpreet Deepika Revathi", 10)  # fmt: skip
IN_M = ranked("Rahul Amit Rajesh Vikram Arjun Suresh Sanjay Anil Vijay Karthik Ravi Rohit Aditya Pradeep Manoj Arun Srinivas Sandeep Deepak Nikhil Harjit Venkatesh", 10)  # fmt: skip
IN_S = ranked("Kumar Singh Sharma Patel Reddy Gupta Shah Rao Iyer Nair Joshi Verma Mehta Agarwal Krishnan Menon Desai Chopra Kapoor Pillai Banerjee Mukherjee Das Bhat", 10)  # fmt: skip
NO_F = ranked("Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Maria Elisabeth Kristin Silje Ingeborg Tone Hege", 10)  # fmt: skip
NO_M = ranked("Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir Tor Morten Terje Odd Erik Martin Andreas John Anders Rune Trond Jon Magnus", 10)  # fmt: skip
NO_S = ranked("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Solberg Bakken", 10)  # fmt: skip
DK_F = ranked("Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Inge Lone Pia Camilla Louise Charlotte Bente Tina Jette Gitte Birgitte Karen", 10)  # fmt: skip
DK_M = ranked("Peter Jens Lars Michael Henrik Thomas Søren Jan Niels Christian Martin Jørgen Hans Anders Morten Jesper Ole Per Mads Rasmus Kim Poul", 10)  # fmt: skip
DK_S = ranked("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen", 10)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
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
    "indian": Origin(IN_F, IN_M, IN_S),
    "norwegian": Origin(NO_F, NO_M, NO_S),
    "danish": Origin(DK_F, DK_M, DK_S),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed
# text (Swedish the largest), the English-speaking countries in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "norwegian": 1, "danish": 0.8,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 34, "uk": 30, "irish": 9, "swedish": 8, "indian": 4, "norwegian": 2.5, "danish": 2,
        "arabic": 2, "polish": 2, "latin": 2, "somali": 1, "finnish": 1, "ukrainian": 1,
        "persian": 0.8, "turkish": 0.8,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "norwegian": 3,
        "danish": 2.5, "irish": 2, "bcs": 2.5, "persian": 2.5, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "afghan": 1.5, "eritrean": 1, "latin": 1, "thai": 1, "ukrainian": 1,
        "indian": 1.5,
    },
}  # fmt: skip

# Short forms people are called by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Per": ("Pelle", "Perra"), "Karl": ("Kalle",),
        "Magnus": ("Mange",), "Thomas": ("Tompa",), "Fredrik": ("Fredde",), "Stefan": ("Steffe",),
        "Kristoffer": ("Krille",), "Patrik": ("Patte",), "Daniel": ("Danne",), "Marcus": ("Mackan",),
        "Mattias": ("Matte",), "Robert": ("Robban",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",),
        "Henrik": ("Henke",), "Gustav": ("Gurra", "Gusse"), "Jonas": ("Jonte",), "Joakim": ("Jocke",),
        "Erik": ("Erre",), "Alexander": ("Alex",), "Bengt": ("Bengan",), "Niklas": ("Nicke",),
        "Kenneth": ("Kenta",), "Ulf": ("Uffe",), "Roger": ("Rogge",), "Torbjörn": ("Totte",),
        "Olof": ("Olle",), "Nils": ("Nisse",), "Hans": ("Hasse",), "Jan": ("Janne",), "Sven": ("Svenne",),
        "Rasmus": ("Rasse",), "Viktor": ("Vicke",), "William": ("Wille",), "Filip": ("Fille",),
        "Johan": ("Jojje",), "Andreas": ("Andy",), "Anders": ("Ante",), "Kristian": ("Krille",),
        "Charlotte": ("Lotta",), "Katarina": ("Kattis", "Kajsa"), "Susanne": ("Sussie", "Sanna"),
        "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Bettan", "Lisa"), "Margareta": ("Maggan", "Greta"),
        "Birgitta": ("Bittan", "Gittan"), "Kristina": ("Kicki", "Stina"), "Madeleine": ("Madde",),
        "Josefin": ("Jossan",), "Jessica": ("Jessan",), "Matilda": ("Tilda", "Mattis"),
        "Viktoria": ("Vickan",), "Rebecka": ("Becka",), "Annika": ("Anki",), "Therese": ("Tessan",),
        "Emelie": ("Emmy",), "Cecilia": ("Cissi",), "Gunilla": ("Gunnis",), "Christina": ("Kicki",),
        "Louise": ("Lollo",), "Camilla": ("Millan",), "Caroline": ("Caro",), "Pernilla": ("Pernan",),
        "Christoffer": ("Krille",), "Christian": ("Chrille",), "Ludvig": ("Ludde",), "Oskar": ("Ogge",),
        "Gunnar": ("Gurra",), "Leif": ("Leffe",), "Rolf": ("Roffe",), "Claes": ("Classe",), "Lennart": ("Lelle",),
        "Jesper": ("Jeppe",), "Jimmy": ("Jimpa",), "Mats": ("Matte",), "Carl": ("Calle",), "Gustaf": ("Gurra",),
        "Hampus": ("Hampe",), "Rickard": ("Ricke",), "Maximilian": ("Max",), "Karin": ("Kajsa",),
        "Kerstin": ("Kicki",), "Sofia": ("Soffan",), "Alexandra": ("Alex",), "Gabriella": ("Gabbi",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick",), "James": ("Jim", "Jimmy"),
        "John": ("Jack", "Johnny"), "Michael": ("Mike",), "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"),
        "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Andrew": ("Andy",), "Steven": ("Steve",), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
        "Edward": ("Ed", "Eddie"), "David": ("Dave",), "Charles": ("Charlie", "Chuck"), "Kenneth": ("Ken",),
        "Timothy": ("Tim",), "Patrick": ("Pat",), "Gregory": ("Greg",), "Raymond": ("Ray",),
        "Donald": ("Don",), "Ronald": ("Ron",), "Lawrence": ("Larry",), "Jennifer": ("Jen", "Jenny"),
        "Elizabeth": ("Liz", "Beth"), "Katherine": ("Kate", "Kathy"), "Margaret": ("Maggie", "Peggy"),
        "Patricia": ("Pat", "Trish"), "Rebecca": ("Becky",), "Susan": ("Sue",), "Deborah": ("Debbie",),
        "Jessica": ("Jess",), "Kimberly": ("Kim",), "Pamela": ("Pam",), "Cynthia": ("Cindy",),
        "Victoria": ("Vicky",), "Samantha": ("Sam",), "Christine": ("Chris",), "Barbara": ("Barb",),
        "Joshua": ("Josh",), "Zachary": ("Zach",), "Jacob": ("Jake",), "Nathan": ("Nate",), "Alexander": ("Alex",),
        "Jonathan": ("Jon",), "Jeffrey": ("Jeff",), "Gerald": ("Gerry",), "Walter": ("Walt",), "Albert": ("Al",),
        "Eugene": ("Gene",), "Leonard": ("Len", "Lenny"), "Philip": ("Phil",), "Douglas": ("Doug",),
        "Samuel": ("Sam",), "Dorothy": ("Dot", "Dottie"), "Kathleen": ("Kathy",), "Christina": ("Tina",),
        "Amanda": ("Mandy",), "Melissa": ("Mel",), "Michelle": ("Shelly",), "Stephanie": ("Steph",),
        "Nicole": ("Nikki",), "Judith": ("Judy",), "Virginia": ("Ginny",), "Frances": ("Fran",),
        "Teresa": ("Terri",), "Catherine": ("Cathy",), "Theodore": ("Ted",), "Frederick": ("Fred",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Thomas": ("Tom",), "Daniel": ("Dan",),
        "Matthew": ("Matt",), "Anthony": ("Tony", "Ant"), "Andrew": ("Andy",), "Stephen": ("Steve",),
        "Steven": ("Steve",), "Jonathan": ("Jon",), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
        "Samuel": ("Sam",), "Edward": ("Ed", "Ted"), "David": ("Dave",), "Alexander": ("Alex",),
        "Joseph": ("Joe",), "Frederick": ("Fred",), "Elizabeth": ("Liz", "Beth"), "Catherine": ("Kate", "Cathy"),
        "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Victoria": ("Vicky",), "Jessica": ("Jess",),
        "Nicola": ("Nicky",), "Stephanie": ("Steph",), "Margaret": ("Maggie",), "Jacqueline": ("Jackie",),
        "Gillian": ("Jill",), "Abigail": ("Abbie",), "Charlotte": ("Charlie",), "Deborah": ("Debbie",),
        "Philip": ("Phil",), "Timothy": ("Tim",), "Joshua": ("Josh",), "Oliver": ("Ollie",), "Kenneth": ("Ken",),
        "Raymond": ("Ray",), "Jennifer": ("Jen",), "Amanda": ("Mandy",), "Susan": ("Sue",), "Patricia": ("Pat",),
        "Christine": ("Chris",), "Eleanor": ("Ellie",), "Isabella": ("Bella",), "Gareth": ("Gaz",),
    },
    "irish": {"Patrick": ("Paddy",), "Michael": ("Mick",), "Seán": ("Shane",), "Margaret": ("Peig",), "John": ("Johnny",)},
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Antti": ("Antsa",)},
}  # fmt: skip
