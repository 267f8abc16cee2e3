# ruff: noqa: E501
"""Name pools of held-out AS (issue 15), written as Python data from the writer's general knowledge.

Every name word of AS is drawn from one of these weighted lists:

- Swedish given names and surnames in the order of SCB's name statistics (weight 1/rank);
- the US Census 1990 lists (female and male given names, surnames: the first ~400 of each, the
  census's per cent of the population as weight, written from memory, so approximate);
- UK given names and surnames in the order of the ONS rankings and surname counts (1/rank);
- the commonest given names and surnames of the origins common in Sweden (1/rank): Finnish,
  Arabic (Syrian, Iraqi, with Assyrian/Syriac names), Persian (Iranian and Afghan Dari), Kurdish,
  Somali, Eritrean/Ethiopian, Polish (feminine -ska/-cka), Bosnian/Croatian/Serbian, Turkish,
  Chilean/Latin American (two surnames), Thai, Indian, Chinese (pinyin), Ukrainian.

Each list has a head (its top ~150, or the top ~45% of a short list) and a tail; the generator
draws a word from the head with HEAD_SHARE, else from the tail, by weight inside the part.
Who is named in a row follows MIXES, by the language of the row, roughly as Sweden's population.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head of the list


def ranked(text: str, head: int | None = None) -> Pool:
    """A list written in rank order: weight 1/rank; the head is its top 150 (a list of 200 names
    or more) or the top ~45% of a shorter list."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    if head is None:
        head = 150 if len(names) >= 200 else max(4, round(len(names) * 0.45))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), head)


def _census_word(word: str) -> str:
    word = word.title()
    if word.startswith("Mc") and len(word) > 3:
        word = "Mc" + word[2:].title()
    if word in ("Obrien", "Oconnor", "Oneal", "Oneill"):
        word = "O'" + word[1:].title()
    return word


def census(text: str, head: int = 150, first: int = 400) -> Pool:
    """A census list: `NAME per-cent NAME per-cent ...`, in the census's order; its first 400."""
    parts = text.split()[: 2 * first]
    names = tuple(_census_word(w) for w in parts[0::2])
    weights = tuple(float(p) for p in parts[1::2])
    assert len(names) == len(weights) and len(set(names)) == len(names), [
        n for n in names if names.count(n) > 1
    ]
    return Pool(names, weights, head)


# --- Sweden (SCB's name statistics, rank order; hyphenated given names as people carry them) ---
SV_F = ranked("""
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Hanna Linnéa Elin Sofia
Jenny Birgitta Inger Annika Linda Susanne Monica Elisabeth Ida Ulla Johanna Carina Julia Elsa
Helena Viktoria Camilla Ebba Alice Maja Cecilia Louise Åsa Anette Amanda Margareta Gunilla
Anneli Emelie Ella Therese Wilma Lisa Frida Moa Agnes Matilda Klara Astrid Josefin Felicia Ann
Ellen Jessica Caroline Marianne Siv Gun Lina Ulrika Emilia Alva Saga Katarina Sandra Pia Petra
Madeleine Rebecka Alma Olivia Nora Britt Barbro Agneta Yvonne Gunnel Berit Ingela Charlotte
Mikaela Sofie Stina Vera Selma Lilly Stella Signe Tilda Tuva Isabelle Ronja Mira Elvira Ester
Freja Iris Hedda Thea Nellie Edith Sigrid Hilda Svea Lova Ylva Kristin Sanna Jeanette Helen Mona
Irene Marita Kajsa Erika Evelina Linn Paulina Jonna Lovisa Tyra Filippa Fanny Karolina Ingegerd
Solveig Gerd Elsie Sonja Gunvor Viola Majken Hilma Juni Meja Ines Leah Ellie Emmy Elina Nathalie
Jennifer Malva Christina
Ann-Marie Anna-Karin Eva-Lena Ann-Sofie Anna-Lena Ann-Christin Ann-Charlotte Ann-Britt Rose-Marie
Ann-Louise Idun Lo Dagmar Vivianne Lillemor Doris Rut Maj Inga Marit Annelie Marléne Gunhild
Ingeborg Hjördis Märta Elvy Asta Greta Ingalill Lilian Aina Elly Hillevi Tova Tove Minna Cornelia
Vendela Alexandra Sabina Rebecca Hedvig Ottilia Jasmine Natalie Evelyn Elise Mathilda Ellinor
Linnea Amelie Judit Lydia Liv Siri Majvor Anne Annie Helga Sylvia Ewa Maud Laila Birgit Gunbritt
Ulrica Therése Katrin Malou Cajsa Mimmi Bodil Lisbeth Viveka Annica Jannike Pernilla Catharina
Katja Tina Nina Carin Britta Vilma Nova Alicia Esther Mila Elise-Marie Lena-Maria Karin-Ann
""")
SV_M = ranked("""
Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Magnus
Mats Bengt Marcus Jonas Oskar Alexander Sven Bo Nils Leif Martin Göran Björn Patrik Henrik David
Christer Niklas Ulf Mattias Gustav Kjell Emil Håkan Viktor Filip Simon William Christoffer
Robert Tommy Rolf Sebastian Johannes Ola Roger Tobias Joakim Lucas Jonathan Axel Hugo Olof Anton
Elias Oliver Liam Kent Åke Ingemar Jesper Gunnar Kenneth Jörgen Linus Adam Isak Albin Rasmus
Ludvig Vincent Theo Noah Benjamin Leo Arvid Edvin Melvin Stig Olle Rune Lennart Torbjörn Claes
Pontus Robin Dennis Kevin Jimmy Hampus Felix Samuel Max Wilhelm Love Charlie Alfred Sixten Valter
Gösta Arne Bertil Ingvar Evert Roland Sune Ronny Mathias Pär Petter Tomas Kristoffer Jens Jakob
Jacob Melker Otto Ivar Elis Loke Leon Malte Joel Rickard Richard Carl Conny Tony Kurt Curt Gert
Allan Yngve Harry Ebbe Frans August Vidar Tage Sam Nicklas Urban Dan Erland
Lars-Erik Per-Olof Karl-Erik Jan-Erik Carl-Johan Lars-Göran Bengt-Göran Per-Anders Jan-Olof
Nils-Olov Lars-Åke Per-Erik Kjell-Åke Ragnar Sigvard Torsten Folke Holger Harald Egon Uno Helge
Östen Ove Bernt Tord Assar Einar Birger Valdemar Hilding Gottfrid Josef Eskil Frank Colin Casper
Milo Olov Gustaf Staffan Lage Tor Sten Ture Dag Mårten Måns Fabian Jonatan Albert Elliot Vilmer
Neo Alvin Ville Matheo Kasper Julius Eddie Douglas Morgan Jim Kim Tim Mauritz Svante Gabriel
Sigge Jarl Ulrik Lukas Emanuel Niclas Joachim Krister Christian Kristian Henry Benny Roine Sören
Sture Hjalmar Oscar Viggo Vilhelm Konrad Knut Anund Torgny Iwan Jöns Abbe Kalle
""")
SV_SURNAMES = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg
Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Martinsson
Öberg Andreasson Strömberg Månsson Åkesson Hansen Jonasson Norberg Sundström Holmqvist Ivarsson
Lindholm Dahl Sundqvist Nordqvist Lindahl Björkman Ek Engberg Falk Hedberg Nygren Strand
Sjöström Nordlund Berntsson Adolfsson Lindblom Johnsson Nyman Söderström Boström Ekman Dahlgren
Hedström Hagström Lindén Blom Edlund Forsman Hallberg Sjölund Karlberg Westerberg Lundholm
Lindell Ahlberg Byström Lindblad Olausson Wahlström Melin Sjödin Bergkvist Nordberg Kristiansson
Stenberg Åström Östlund Öhman Granberg Forslund Hedman Lundell Törnqvist Bäckström Ekberg
Thorsson Holmström Höglund Borg Sandell Carlsson Petersson
Rydberg Lilja Backman Åhman Ljungberg Sundin Ljung Hägglund Åkerlund Zetterberg Ågren Wiklund
Gran Hellberg Rosén Grahn Lindroth Sundell Eng Sahlin Ekholm Palm Hallgren Engdahl Lindmark
Nordgren Strandberg Sörensen Kvist Fors Hedin Lundmark Blomberg Friberg Wallén Skoglund Åslund
Hellqvist Frisk Moberg Dahlström Rönnqvist Eklöf Boman Nord Alm Ros Ljunggren Söderlund
Malmberg Malmström Lagerqvist Sjöqvist Göransson Kjellberg Rask Stålberg Åman Svahn Brandt Unger
Leijon Ohlsson Mohlin Asplund Thorén Lindkvist Isberg Stark Grönlund Flodin Nylander Wennberg
Vestin Thunberg Hultgren Jernberg Tengvall Bergh Stål Kihlberg Sandin Åkerman Sandgren Östberg
Bolin Lindvall Wikman Ahlström Rehn Hedqvist Junell Widén Lövgren Nordenberg Skog Rapp Alsterlind
""")

# --- United States: Census 1990 (per cent of the population), in the census's order ---
US_F = census("""
MARY 2.629 PATRICIA 1.073 LINDA 1.035 BARBARA 0.980 ELIZABETH 0.937 JENNIFER 0.932 MARIA 0.828
SUSAN 0.794 MARGARET 0.768 DOROTHY 0.727 LISA 0.704 NANCY 0.669 KAREN 0.667 BETTY 0.666
HELEN 0.663 SANDRA 0.629 DONNA 0.583 CAROL 0.565 RUTH 0.562 SHARON 0.522 MICHELLE 0.519
LAURA 0.510 SARAH 0.508 KIMBERLY 0.504 DEBORAH 0.494 JESSICA 0.490 SHIRLEY 0.482 CYNTHIA 0.469
ANGELA 0.468 MELISSA 0.462 BRENDA 0.455 AMY 0.451 ANNA 0.440 REBECCA 0.430 VIRGINIA 0.430
KATHLEEN 0.424 PAMELA 0.416 MARTHA 0.412 DEBRA 0.408 AMANDA 0.404 STEPHANIE 0.400
CAROLYN 0.385 CHRISTINE 0.382 MARIE 0.379 JANET 0.379 CATHERINE 0.373 FRANCES 0.370 ANN 0.364
JOYCE 0.364 DIANE 0.359 ALICE 0.357 JULIE 0.348 HEATHER 0.337 TERESA 0.336 DORIS 0.335
GLORIA 0.335 EVELYN 0.322 JEAN 0.315 CHERYL 0.315 MILDRED 0.313 KATHERINE 0.313 JOAN 0.306
ASHLEY 0.303 JUDITH 0.297 ROSE 0.296 JANICE 0.285 KELLY 0.283 NICOLE 0.281 JUDY 0.276
CHRISTINA 0.275 KATHY 0.272 THERESA 0.271 BEVERLY 0.267 DENISE 0.264 TAMMY 0.259 IRENE 0.252
JANE 0.250 LORI 0.248 RACHEL 0.242 MARILYN 0.241 ANDREA 0.236 KATHRYN 0.234 LOUISE 0.229
SARA 0.229 ANNE 0.228 JACQUELINE 0.228 WANDA 0.226 BONNIE 0.223 JULIA 0.223 RUBY 0.221
LOIS 0.218 TINA 0.217 PHYLLIS 0.215 NORMA 0.214 PAULA 0.213 DIANA 0.213 ANNIE 0.212
LILLIAN 0.211 EMILY 0.208 ROBIN 0.208 PEGGY 0.208 CRYSTAL 0.207 GLADYS 0.205 RITA 0.204
DAWN 0.202 CONNIE 0.200 FLORENCE 0.200 TRACY 0.197 EDNA 0.197 TIFFANY 0.195 CARMEN 0.195
ROSA 0.194 CINDY 0.191 GRACE 0.189 WENDY 0.185 VICTORIA 0.180 EDITH 0.179 KIM 0.178
SHERRY 0.178 SYLVIA 0.177 JOSEPHINE 0.177 THELMA 0.175 SHANNON 0.175 SHEILA 0.175 ETHEL 0.174
ELLEN 0.173 ELAINE 0.173 MARJORIE 0.173 CARRIE 0.171 CHARLOTTE 0.169 MONICA 0.166 ESTHER 0.166
PAULINE 0.165 EMMA 0.165 JUANITA 0.164 ANITA 0.162 RHONDA 0.162 HAZEL 0.161 AMBER 0.160
EVA 0.159 DEBBIE 0.157 APRIL 0.154 LESLIE 0.154 CLARA 0.153 LUCILLE 0.152 JAMIE 0.150
JOANNE 0.150 ELEANOR 0.150 VALERIE 0.149 DANIELLE 0.149 MEGAN 0.147 ALICIA 0.146 SUZANNE 0.145
MICHELE 0.145 GAIL 0.145 BERTHA 0.143 DARLENE 0.142 VERONICA 0.142 JILL 0.142 ERIN 0.141
GERALDINE 0.141 LAUREN 0.137 CATHY 0.137 JOANN 0.136 LORRAINE 0.135 LYNN 0.135 SALLY 0.135
REGINA 0.133 ERICA 0.130 BEATRICE 0.130 DOLORES 0.129 BERNICE 0.128 AUDREY 0.127 YVONNE 0.126
ANNETTE 0.125 JUNE 0.125 SAMANTHA 0.124 MARION 0.122 DANA 0.122 STACY 0.121 ANA 0.120
RENEE 0.120 IDA 0.118 VIVIAN 0.118 ROBERTA 0.117 HOLLY 0.117 BRITTANY 0.117 MELANIE 0.116
LORETTA 0.115 YOLANDA 0.115 JEANETTE 0.115 LAURIE 0.114 KATIE 0.113 KRISTEN 0.111 VANESSA 0.111
ALMA 0.111 SUE 0.111 ELSIE 0.110 BETH 0.110 JEANNE 0.109 VICKI 0.109 CARLA 0.107 TARA 0.107
ROSEMARY 0.107 EILEEN 0.105 TERRI 0.105 GERTRUDE 0.103 LUCY 0.103 TONYA 0.102 ELLA 0.101
STACEY 0.101 WILMA 0.099 GINA 0.099 KRISTIN 0.099 JESSIE 0.098 NATALIE 0.098 AGNES 0.098
VERA 0.098 WILLIE 0.097 CHARLENE 0.097 BESSIE 0.097 DELORES 0.096 MELINDA 0.096 PEARL 0.096
ARLENE 0.095 MAUREEN 0.094 COLLEEN 0.094 ALLISON 0.094 TAMARA 0.094 JOY 0.094 GEORGIA 0.093
CONSTANCE 0.093 LILLIE 0.093 CLAUDIA 0.093 JACKIE 0.093 MARCIA 0.092 TANYA 0.092 NELLIE 0.092
MINNIE 0.091 MARLENE 0.091 HEIDI 0.091 GLENDA 0.090 LYDIA 0.089 VIOLA 0.089 COURTNEY 0.089
MARIAN 0.089 STELLA 0.088 CAROLINE 0.088 DORA 0.088 JO 0.087 VICKIE 0.087 MATTIE 0.086
TERRY 0.086 MAXINE 0.085 IRMA 0.085 MABEL 0.084 MARSHA 0.084 MYRTLE 0.084 LENA 0.084
CHRISTY 0.084 DEANNA 0.084 PATSY 0.084 HILDA 0.083 GWENDOLYN 0.083 JENNIE 0.083 NORA 0.082
MARGIE 0.082 NINA 0.082 CASSANDRA 0.082 LEAH 0.082 PENNY 0.081 KAY 0.081 PRISCILLA 0.081
NAOMI 0.081 CAROLE 0.081 BRANDY 0.081 OLGA 0.081 BILLIE 0.080 DIANNE 0.080 TRACEY 0.080
LEONA 0.080 JENNY 0.080 FELICIA 0.080 SONIA 0.079 MIRIAM 0.079 VELMA 0.079 BECKY 0.079
BOBBIE 0.079 VIOLET 0.079 KRISTINA 0.079 TONI 0.078 MISTY 0.078 MAE 0.078 SHELLY 0.078
DAISY 0.078 RAMONA 0.077 SHERRI 0.077 ERIKA 0.077 KATRINA 0.077 CLAIRE 0.077 LINDSEY 0.076
LINDSAY 0.076 GENEVA 0.076 GUADALUPE 0.076 BELINDA 0.076 MARGARITA 0.075 SHERYL 0.075
CORA 0.075 FAYE 0.075 ADA 0.075 NATASHA 0.074 SABRINA 0.074 ISABEL 0.074 MARGUERITE 0.074
HATTIE 0.073 HARRIET 0.073 MOLLY 0.073 CECILIA 0.073 KRISTI 0.073 BRANDI 0.073 BLANCHE 0.073
SANDY 0.072 ROSIE 0.072 JOANNA 0.072 IRIS 0.072 EUNICE 0.072 ANGIE 0.072 INEZ 0.071 LYNDA 0.071
MADELINE 0.071 AMELIA 0.071 ALBERTA 0.071 GENEVIEVE 0.070 MONIQUE 0.070 JODI 0.070 JANIE 0.070
MAGGIE 0.070 KAYLA 0.070 SONYA 0.069 JAN 0.069 LEE 0.069 KRISTINE 0.069 CANDACE 0.069
FANNIE 0.069 MARYANN 0.068 OPAL 0.068 ALISON 0.068 YVETTE 0.068 MELODY 0.067 LUZ 0.067
SUSIE 0.067 OLIVIA 0.067 FLORA 0.066 SHELLEY 0.066 KRISTY 0.066 MAMIE 0.066 LULA 0.066
LOLA 0.066 VERNA 0.066 BEULAH 0.065 ANTOINETTE 0.065 CANDICE 0.065 JUANA 0.065 JEANNETTE 0.065
PAM 0.065 KELLI 0.065 HANNAH 0.064 WHITNEY 0.064 BRIDGET 0.064 KARLA 0.064 CELIA 0.064
LATOYA 0.063 PATTY 0.063 SHELIA 0.063 GAYLE 0.063 DELLA 0.063 VICKY 0.063 LYNNE 0.063
SHERI 0.063 MARIANNE 0.062 KARA 0.062 JACQUELYN 0.062 ERMA 0.062 BLANCA 0.062 MYRA 0.062
LETICIA 0.062 PAT 0.062 KRISTA 0.061 ROXANNE 0.061 ANGELICA 0.061 JOHNNIE 0.061 ROBYN 0.061
FRANCIS 0.061 ADRIENNE 0.061 ROSALIE 0.061 ALEXANDRA 0.061 BROOKE 0.060 BETHANY 0.060
SADIE 0.060 BERNADETTE 0.060 TRACI 0.060 JODY 0.060 KENDRA 0.059 JASMINE 0.059 NICHOLE 0.059
RACHAEL 0.059 CHELSEA 0.059 MABLE 0.059 ERNESTINE 0.059 MURIEL 0.059 MARCELLA 0.058
ELENA 0.058 KRYSTAL 0.058 ANGELINA 0.058 NADINE 0.058 KARI 0.058 ESTELLE 0.058 DIANNA 0.058
PAULETTE 0.058 LORA 0.058 MONA 0.057 DOREEN 0.057 ROSEMARIE 0.057 ANGEL 0.057 DESIREE 0.057
ANTONIA 0.057 HOPE 0.056 GINGER 0.056 JANIS 0.056 BETSY 0.056 CHRISTIE 0.056 FREDA 0.056
MERCEDES 0.056 MEREDITH 0.056 LYNETTE 0.056 TERI 0.056 CRISTINA 0.056 EULA 0.055 LEIGH 0.055
MEGHAN 0.055 SOPHIA 0.055 ELOISE 0.055
""")
US_M = census("""
JAMES 3.318 JOHN 3.271 ROBERT 3.143 MICHAEL 2.629 WILLIAM 2.451 DAVID 2.363 RICHARD 1.703
CHARLES 1.523 JOSEPH 1.404 THOMAS 1.380 CHRISTOPHER 1.035 DANIEL 0.974 PAUL 0.948 MARK 0.938
DONALD 0.931 GEORGE 0.927 KENNETH 0.826 STEVEN 0.780 EDWARD 0.779 BRIAN 0.736 RONALD 0.725
ANTHONY 0.721 KEVIN 0.671 JASON 0.660 MATTHEW 0.657 GARY 0.650 TIMOTHY 0.640 JOSE 0.613
LARRY 0.598 JEFFREY 0.591 FRANK 0.581 SCOTT 0.546 ERIC 0.544 STEPHEN 0.540 ANDREW 0.537
RAYMOND 0.488 GREGORY 0.441 JOSHUA 0.435 JERRY 0.432 DENNIS 0.415 WALTER 0.399 PATRICK 0.389
PETER 0.381 HAROLD 0.371 DOUGLAS 0.367 HENRY 0.365 CARL 0.346 ARTHUR 0.335 RYAN 0.328
ROGER 0.322 JOE 0.321 JUAN 0.320 JACK 0.315 ALBERT 0.314 JONATHAN 0.313 JUSTIN 0.311
TERRY 0.311 GERALD 0.309 KEITH 0.308 SAMUEL 0.306 WILLIE 0.302 RALPH 0.282 LAWRENCE 0.282
NICHOLAS 0.275 ROY 0.273 BENJAMIN 0.270 BRUCE 0.263 BRANDON 0.260 ADAM 0.259 HARRY 0.251
FRED 0.251 WAYNE 0.249 BILLY 0.248 STEVE 0.246 LOUIS 0.243 JEREMY 0.242 AARON 0.240 RANDY 0.232
HOWARD 0.230 EUGENE 0.230 CARLOS 0.229 RUSSELL 0.224 BOBBY 0.223 VICTOR 0.222 MARTIN 0.216
ERNEST 0.215 PHILLIP 0.213 TODD 0.213 JESSE 0.209 CRAIG 0.206 ALAN 0.204 SHAWN 0.200
CLARENCE 0.197 SEAN 0.197 PHILIP 0.197 CHRIS 0.194 JOHNNY 0.193 EARL 0.193 JIMMY 0.191
ANTONIO 0.190 DANNY 0.190 BRYAN 0.189 TONY 0.189 LUIS 0.187 MIKE 0.187 STANLEY 0.186
LEONARD 0.183 NATHAN 0.183 DALE 0.182 MANUEL 0.181 RODNEY 0.180 CURTIS 0.180 NORMAN 0.177
ALLEN 0.174 MARVIN 0.171 VINCENT 0.168 GLENN 0.167 JEFFERY 0.166 TRAVIS 0.165 JEFF 0.165
CHAD 0.165 JACOB 0.165 LEE 0.162 MELVIN 0.162 ALFRED 0.162 KYLE 0.160 FRANCIS 0.160
BRADLEY 0.159 JESUS 0.155 HERBERT 0.155 FREDERICK 0.154 RAY 0.153 JOEL 0.152 EDWIN 0.148
DON 0.145 EDDIE 0.144 RICKY 0.141 TROY 0.138 RANDALL 0.138 BARRY 0.134 ALEXANDER 0.132
BERNARD 0.127 MARIO 0.125 LEROY 0.125 FRANCISCO 0.124 MARCUS 0.124 MICHEAL 0.123
THEODORE 0.123 CLIFFORD 0.120 MIGUEL 0.118 OSCAR 0.116 JAY 0.116 JIM 0.116 TOM 0.116
CALVIN 0.115 ALEX 0.115 JON 0.115 RONNIE 0.113 BILL 0.112 LLOYD 0.112 TOMMY 0.112 LEON 0.112
DEREK 0.112 WARREN 0.110 DARRELL 0.108 JEROME 0.108 FLOYD 0.107 LEO 0.107 ALVIN 0.105
TIM 0.104 WESLEY 0.104 GORDON 0.104 DEAN 0.104 GREG 0.104 JORGE 0.104 DUSTIN 0.103 PEDRO 0.103
DERRICK 0.103 DAN 0.101 LEWIS 0.099 ZACHARY 0.099 COREY 0.098 HERMAN 0.098 MAURICE 0.098
VERNON 0.097 ROBERTO 0.097 CLYDE 0.095 GLEN 0.094 HECTOR 0.094 SHANE 0.093 RICARDO 0.093
SAM 0.092 RICK 0.091 LESTER 0.091 BRENT 0.091 RAMON 0.090 CHARLIE 0.090 TYLER 0.090
GILBERT 0.090 GENE 0.089 MARC 0.088 REGINALD 0.088 RUBEN 0.086 BRETT 0.086 ANGEL 0.086
NATHANIEL 0.085 RAFAEL 0.085 LESLIE 0.085 EDGAR 0.085 MILTON 0.084 RAUL 0.084 BEN 0.083
CHESTER 0.083 CECIL 0.083 DUANE 0.082 FRANKLIN 0.082 ANDRE 0.081 ELMER 0.081 BRAD 0.081
GABRIEL 0.081 RON 0.080 MITCHELL 0.080 ROLAND 0.080 ARNOLD 0.080 HARVEY 0.079 JARED 0.079
ADRIAN 0.079 KARL 0.078 CORY 0.078 CLAUDE 0.078 ERIK 0.078 DARRYL 0.077 JAMIE 0.077
NEIL 0.077 JESSIE 0.077 CHRISTIAN 0.076 JAVIER 0.076 FERNANDO 0.076 CLINTON 0.076 TED 0.076
MATHEW 0.075 TYRONE 0.075 DARREN 0.075 LONNIE 0.075 LANCE 0.075 CODY 0.074 JULIO 0.074
KELLY 0.074 KURT 0.074 ALLAN 0.073 NELSON 0.073 GUY 0.073 CLAYTON 0.073 HUGH 0.073 MAX 0.072
DWAYNE 0.072 DWIGHT 0.072 ARMANDO 0.072 FELIX 0.072 JIMMIE 0.072 EVERETT 0.071 JORDAN 0.071
IAN 0.071 WALLACE 0.071 KEN 0.071 BOB 0.071 JAIME 0.070 CASEY 0.070 ALFREDO 0.070
ALBERTO 0.070 DAVE 0.070 IVAN 0.069 JOHNNIE 0.068 SIDNEY 0.068 BYRON 0.068 JULIAN 0.068
ISAAC 0.067 MORRIS 0.067 CLIFTON 0.067 WILLARD 0.067 DARYL 0.066 ROSS 0.066 VIRGIL 0.066
ANDY 0.066 MARSHALL 0.066 SALVADOR 0.065 PERRY 0.065 KIRK 0.065 SERGIO 0.065 MARION 0.065
TRACY 0.064 SETH 0.064 KENT 0.064 TERRANCE 0.064 RENE 0.064 EDUARDO 0.064 TERRENCE 0.063
ENRIQUE 0.063 FREDDIE 0.063 WADE 0.063 AUSTIN 0.062 STUART 0.062 FREDRICK 0.062 ARTURO 0.062
ALEJANDRO 0.062 JACKIE 0.061 JOEY 0.061 NICK 0.061 LUTHER 0.061 WENDELL 0.061 JEREMIAH 0.061
EVAN 0.060 JULIUS 0.060 DANA 0.060 DONNIE 0.060 OTIS 0.060 SHANNON 0.059 TREVOR 0.059
OLIVER 0.059 LUKE 0.059 HOMER 0.059 GERARD 0.059 DOUG 0.059 KENNY 0.058 HUBERT 0.058
ANGELO 0.058 SHAUN 0.058 LYLE 0.058 MATT 0.058 LYNN 0.057 ALFONSO 0.057 ORLANDO 0.057
REX 0.057 CARLTON 0.057 ERNESTO 0.056 CAMERON 0.056 NEAL 0.056 PABLO 0.056 LORENZO 0.056
OMAR 0.056 WILBUR 0.056 BLAKE 0.055 GRANT 0.055 HORACE 0.055 RODERICK 0.055 KERRY 0.055
ABRAHAM 0.055 WILLIS 0.054 RICKEY 0.054 JEAN 0.054 IRA 0.054 ANDRES 0.054 CESAR 0.054
JOHNATHAN 0.054 MALCOLM 0.053 RUDOLPH 0.053 DAMON 0.053 KELVIN 0.053 RUDY 0.053 PRESTON 0.053
ALTON 0.053 ARCHIE 0.052 MARCO 0.052 PETE 0.052 RANDOLPH 0.052 GARRY 0.052
GEOFFREY 0.052 JONATHON 0.052 FELIPE 0.051 BENNIE 0.051 GERARDO 0.051 ED 0.051 DOMINIC 0.051
ROBIN 0.051 LOREN 0.051 DELBERT 0.051 COLIN 0.051 GUILLERMO 0.050 EARNEST 0.050 LUCAS 0.050
BENNY 0.050 NOEL 0.050 SPENCER 0.050 RODOLFO 0.050 MYRON 0.050 EDMUND 0.050
""")
US_SURNAMES = census("""
SMITH 1.006 JOHNSON 0.810 WILLIAMS 0.699 JONES 0.621 BROWN 0.621 DAVIS 0.480 MILLER 0.424
WILSON 0.339 MOORE 0.312 TAYLOR 0.311 ANDERSON 0.311 THOMAS 0.311 JACKSON 0.310 WHITE 0.279
HARRIS 0.275 MARTIN 0.273 THOMPSON 0.269 GARCIA 0.254 MARTINEZ 0.234 ROBINSON 0.233
CLARK 0.231 RODRIGUEZ 0.229 LEWIS 0.226 LEE 0.220 WALKER 0.219 HALL 0.200 ALLEN 0.199
YOUNG 0.193 HERNANDEZ 0.192 KING 0.190 WRIGHT 0.189 LOPEZ 0.187 HILL 0.187 SCOTT 0.185
GREEN 0.183 ADAMS 0.174 BAKER 0.171 GONZALEZ 0.166 NELSON 0.162 CARTER 0.162 MITCHELL 0.160
PEREZ 0.155 ROBERTS 0.153 TURNER 0.152 PHILLIPS 0.149 CAMPBELL 0.149 PARKER 0.146 EVANS 0.141
EDWARDS 0.137 COLLINS 0.134 STEWART 0.133 SANCHEZ 0.130 MORRIS 0.125 ROGERS 0.123 REED 0.122
COOK 0.120 MORGAN 0.118 BELL 0.117 MURPHY 0.117 BAILEY 0.115 RIVERA 0.113 COOPER 0.113
RICHARDSON 0.112 COX 0.110 HOWARD 0.110 WARD 0.108 TORRES 0.108 PETERSON 0.107 GRAY 0.106
RAMIREZ 0.105 JAMES 0.105 WATSON 0.103 BROOKS 0.103 KELLY 0.102 SANDERS 0.100 PRICE 0.099
BENNETT 0.099 WOOD 0.098 BARNES 0.097 ROSS 0.096 HENDERSON 0.095 COLEMAN 0.095 JENKINS 0.095
PERRY 0.094 POWELL 0.093 LONG 0.092 PATTERSON 0.092 HUGHES 0.092 FLORES 0.092 WASHINGTON 0.092
BUTLER 0.091 SIMMONS 0.091 FOSTER 0.091 GONZALES 0.087 BRYANT 0.087 ALEXANDER 0.085
RUSSELL 0.085 GRIFFIN 0.084 DIAZ 0.084 HAYES 0.083 MYERS 0.083 FORD 0.082 HAMILTON 0.082
GRAHAM 0.082 SULLIVAN 0.081 WALLACE 0.081 WOODS 0.080 COLE 0.080 WEST 0.080 JORDAN 0.078
OWENS 0.078 REYNOLDS 0.078 FISHER 0.077 ELLIS 0.077 HARRISON 0.076 GIBSON 0.075 MCDONALD 0.075
CRUZ 0.075 MARSHALL 0.075 ORTIZ 0.075 GOMEZ 0.075 MURRAY 0.074 FREEMAN 0.074 WELLS 0.073
WEBB 0.072 SIMPSON 0.070 STEVENS 0.070 TUCKER 0.070 PORTER 0.069 HUNTER 0.069 HICKS 0.069
CRAWFORD 0.068 HENRY 0.068 BOYD 0.068 MASON 0.068 MORALES 0.067 KENNEDY 0.067 WARREN 0.067
DIXON 0.066 RAMOS 0.066 REYES 0.066 BURNS 0.065 GORDON 0.065 SHAW 0.065 HOLMES 0.065 RICE 0.064
ROBERTSON 0.064 HUNT 0.063 BLACK 0.063 DANIELS 0.062 PALMER 0.062 MILLS 0.061 NICHOLS 0.060
GRANT 0.060 KNIGHT 0.060 FERGUSON 0.059 ROSE 0.059 STONE 0.059 HAWKINS 0.059 DUNN 0.058
PERKINS 0.058 HUDSON 0.058 SPENCER 0.057 GARDNER 0.057 STEPHENS 0.057 PAYNE 0.057 PIERCE 0.056
BERRY 0.056 MATTHEWS 0.056 ARNOLD 0.056 WAGNER 0.055 WILLIS 0.055 RAY 0.055 WATKINS 0.055
OLSON 0.055 CARROLL 0.055 DUNCAN 0.055 SNYDER 0.055 HART 0.054 CUNNINGHAM 0.054 BRADLEY 0.054
LANE 0.054 ANDREWS 0.054 RUIZ 0.054 HARPER 0.054 FOX 0.053 RILEY 0.053 ARMSTRONG 0.053
CARPENTER 0.053 WEAVER 0.053 GREENE 0.053 LAWRENCE 0.052 ELLIOTT 0.052 CHAVEZ 0.052 SIMS 0.052
AUSTIN 0.052 PETERS 0.052 KELLEY 0.052 FRANKLIN 0.051 LAWSON 0.051 FIELDS 0.051
GUTIERREZ 0.051 RYAN 0.051 SCHMIDT 0.051 CARR 0.051 VASQUEZ 0.051 CASTILLO 0.051 WHEELER 0.051
CHAPMAN 0.050 OLIVER 0.050 MONTGOMERY 0.049 RICHARDS 0.049 WILLIAMSON 0.049 JOHNSTON 0.049
BANKS 0.048 MEYER 0.048 BISHOP 0.048 MCCOY 0.048 HOWELL 0.048 ALVAREZ 0.048 MORRISON 0.048
HANSEN 0.047 FERNANDEZ 0.047 GARZA 0.047 HARVEY 0.047 LITTLE 0.046 BURTON 0.046 STANLEY 0.046
NGUYEN 0.046 GEORGE 0.046 JACOBS 0.046 REID 0.046 FULLER 0.045 LYNCH 0.045 DEAN 0.045
GILBERT 0.045 GARRETT 0.045 ROMERO 0.045 WELCH 0.044 LARSON 0.044 FRAZIER 0.044 BURKE 0.044
HANSON 0.043 DAY 0.043 MENDOZA 0.043 MORENO 0.043 BOWMAN 0.043 MEDINA 0.042 FOWLER 0.042
BREWER 0.042 HOFFMAN 0.042 CARLSON 0.042 SILVA 0.042 PEARSON 0.042 HOLLAND 0.042 DOUGLAS 0.041
FLEMING 0.041 JENSEN 0.041 VARGAS 0.041 BYRD 0.041 DAVIDSON 0.041 HOPKINS 0.041 MAY 0.040
TERRY 0.040 HERRERA 0.040 WADE 0.040 SOTO 0.040 WALTERS 0.040 CURTIS 0.040 NEAL 0.039
CALDWELL 0.039 LOWE 0.039 JENNINGS 0.039 BARNETT 0.039 GRAVES 0.039 JIMENEZ 0.039 HORTON 0.039
SHELTON 0.039 BARRETT 0.039 OBRIEN 0.039 CASTRO 0.039 SUTTON 0.038 GREGORY 0.038 MCKINNEY 0.038
LUCAS 0.038 MILES 0.038 CRAIG 0.038 RODRIQUEZ 0.037 CHAMBERS 0.037 HOLT 0.037 LAMBERT 0.037
FLETCHER 0.037 WATTS 0.037 BATES 0.037 HALE 0.037 RHODES 0.037 PENA 0.037 BECK 0.037
NEWMAN 0.037 HAYNES 0.036 MCDANIEL 0.036 MENDEZ 0.036 BUSH 0.036 VAUGHN 0.036 PARKS 0.035
DAWSON 0.035 SANTIAGO 0.035 NORRIS 0.035 HARDY 0.035 LOVE 0.035 STEELE 0.035 CURRY 0.035
POWERS 0.035 SCHULTZ 0.035 BARKER 0.035 GUZMAN 0.034 PAGE 0.034 MUNOZ 0.034 BALL 0.034
KELLER 0.034 CHANDLER 0.034 WEBER 0.034 LEONARD 0.034 WALSH 0.033 LYONS 0.033 RAMSEY 0.033
WOLFE 0.033 SCHNEIDER 0.033 MULLINS 0.033 BENSON 0.033 SHARP 0.033 BOWEN 0.033 DANIEL 0.033
BARBER 0.032 CUMMINGS 0.032 HINES 0.032 BALDWIN 0.032 GRIFFITH 0.032 VALDEZ 0.032
HUBBARD 0.032 SALAZAR 0.032 REEVES 0.032 WARNER 0.031 STEVENSON 0.031 BURGESS 0.031
SANTOS 0.031 TATE 0.031 CROSS 0.031 GARNER 0.031 MANN 0.031 MACK 0.031 MOSS 0.031
THORNTON 0.031 DENNIS 0.031 MCGEE 0.031 FARMER 0.030 DELGADO 0.030 AGUILAR 0.030 VEGA 0.030
GLOVER 0.030 MANNING 0.030 COHEN 0.030 HARMON 0.030 RODGERS 0.030 ROBBINS 0.030 NEWTON 0.030
TODD 0.030 BLAIR 0.030 HIGGINS 0.030 INGRAM 0.030 REESE 0.030 CANNON 0.030 STRICKLAND 0.030
TOWNSEND 0.030 POTTER 0.030 GOODWIN 0.030 WALTON 0.030 ROWE 0.029 HAMPTON 0.029 ORTEGA 0.029
PATTON 0.029 SWANSON 0.029 JOSEPH 0.029 FRANCIS 0.029 GOODMAN 0.029 MALDONADO 0.029
YATES 0.029 BECKER 0.029 ERICKSON 0.029 HODGES 0.029 RIOS 0.029 CONNER 0.029 ADKINS 0.029
WEBSTER 0.028 NORMAN 0.028 MALONE 0.028 HAMMOND 0.028 FLOWERS 0.028 COBB 0.028 MOODY 0.028
QUINN 0.028 BLAKE 0.028 MAXWELL 0.028 POPE 0.028 FLOYD 0.027 OSBORNE 0.027 PAUL 0.027
MCCARTHY 0.027 GUERRERO 0.027 LINDSEY 0.027 ESTRADA 0.027 SANDOVAL 0.027 GIBBS 0.027
TYLER 0.027 GROSS 0.027 FITZGERALD 0.027 STOKES 0.027 DOYLE 0.027 SHERMAN 0.027 SAUNDERS 0.027
WISE 0.027 COLON 0.027 GILL 0.027 ALVARADO 0.027 GREER 0.026 PADILLA 0.026 SIMON 0.026
WATERS 0.026 NUNEZ 0.026 BALLARD 0.026 SCHWARTZ 0.026 MCBRIDE 0.026 HOUSTON 0.026
CHRISTENSEN 0.026 KLEIN 0.026 PRATT 0.026 BRIGGS 0.026 PARSONS 0.026 MCLAUGHLIN 0.026
ZIMMERMAN 0.026 FRENCH 0.026 BUCHANAN 0.026 MORAN 0.026 COPELAND 0.025 ROY 0.025 PITTMAN 0.025
BRADY 0.025 MCCORMICK 0.025 HOLLOWAY 0.025 BROCK 0.025 POOLE 0.025 FRANK 0.025 LOGAN 0.025
OWEN 0.025 BASS 0.025 MARSH 0.025 DRAKE 0.025 WONG 0.025 JEFFERSON 0.025 PARK 0.025
MORTON 0.025 ABBOTT 0.025 SPARKS 0.025 PATRICK 0.024 NORTON 0.024 HUFF 0.024 CLAYTON 0.024
MASSEY 0.024 LLOYD 0.024 FIGUEROA 0.024 CARSON 0.024 BOWERS 0.024 ROBERSON 0.024 BARTON 0.024
TRAN 0.024 LAMB 0.024 HARRINGTON 0.024 CASEY 0.024 BOONE 0.024 CORTEZ 0.024 CLARKE 0.024
MATHIS 0.024 SINGLETON 0.024 WILKINS 0.024 CAIN 0.024 BRYAN 0.024 UNDERWOOD 0.024 HOGAN 0.024
MCKENZIE 0.023 COLLIER 0.023 LUNA 0.023 PHELPS 0.023 MCGUIRE 0.023 ALLISON 0.023 BRIDGES 0.023
WILKERSON 0.023 NASH 0.023 SUMMERS 0.023 ATKINS 0.023
""")

# --- United Kingdom: ONS given-name rankings across the decades of today's adults and children,
# and the commonest surnames of England and Wales (rank order) ---
UK_F = ranked("""
Susan Margaret Sarah Elizabeth Emma Helen Claire Jennifer Karen Julie Patricia Linda Catherine
Jane Mary Nicola Lisa Amanda Rachel Laura Joanne Louise Samantha Michelle Victoria Emily
Charlotte Sophie Hannah Jessica Lucy Amy Rebecca Gemma Kelly Hayley Stephanie Katie Olivia Amelia
Isla Ava Mia Grace Lily Ella Freya Chloe Megan Lauren Holly Ellie Zoe Poppy Isabella Evie Jade
Abigail Alice Ruby Daisy Phoebe Florence Sienna Harriet Eleanor Anne Janet Christine Pauline
Carol Deborah Tracey Dawn Alison Gillian Wendy Sharon Angela Jacqueline Lesley Maureen Sandra
Barbara Kathleen Joan Dorothy Irene Brenda Sheila Valerie Shirley Jean Doreen Beryl Audrey
Kirsty Natalie Kerry Leanne Danielle Stacey Kayleigh Bethany Georgia Jasmine Millie Niamh Erin
Imogen Matilda Rosie Esme Willow Maisie Elsie Lola Scarlett Fiona Heather Siobhan Caroline
Joanna Philippa Rosemary Rhiannon Carys Eilidh Ann Katherine Kate Ruth Jacqui Anna Kathryn Jodie
Sophia Evelyn Aimee Lydia Clare Mandy Jenny Tina Vicky Marie
Bronwen Ffion Seren Cerys Morag Catriona Mhairi Aoife Bridget Penelope Gwen Beverley Yvonne
Lorraine Elaine Diane Marion Sylvia Hilda Edna Mavis Glenys Rita Jill Hazel June Lynne Debbie
Theresa Geraldine Frances Annette Charlene Toni Leah Chelsea Shannon Paige Abbie Courtney Tegan
Eloise Orla Ivy Aurora Hallie Mabel Nancy Arabella Beatrix Thea Edith Iris Violet Maryam Aisha
Harper Darcie Lexi Summer Ellen Hollie
""")
UK_M = ranked("""
David John Michael Paul Andrew Peter James Robert Mark Richard Stephen Christopher Ian Thomas
Daniel Matthew William Steven Anthony Simon Gary Kevin Martin Alan Brian George Jonathan Adam
Darren Lee Craig Stuart Neil Graham Colin Keith Philip Kenneth Jack Oliver Harry Charlie Jacob
Alfie Noah Oscar Leo Freddie Archie Joshua Samuel Benjamin Joseph Luke Ryan Liam Jamie Scott
Dean Wayne Carl Shaun Barry Terry Trevor Derek Roger Malcolm Nigel Geoffrey Raymond Gordon
Dennis Ronald Frank Arthur Harold Ernest Albert Ethan Mason Jake Callum Connor Lewis Kieran
Aaron Nathan Jordan Ben Dylan Tyler Max Henry Theo Arlo Finley Reuben Toby Louis Rory Hamish
Angus Fraser Iain Alastair Gareth Rhys Owen Sean Declan Ciaran Aidan Edward Patrick Alexander
Jason Russell Robin Timothy Nicholas Gavin Glenn Jeremy Justin Marcus Elliot Jay Sam Josh Tom
Chris Mohammed Muhammad Jonathon Anthony-John Bradley
Dafydd Gethin Rhodri Euan Lachlan Calum Ruairidh Cormac Niall Padraig Eoin Brendan Clive Barrie
Lionel Leslie Stanley Cyril Norman Victor Dominic Julian Crispin Rupert Giles Hugo Sebastian
Jasper Felix Rowan Ewan Kyle Reece Bailey Brandon Jenson Teddy Ronnie Tommy Frankie Albie
Elijah Jude Ezra Zachary Hunter Logan Mohammad Yusuf Ibrahim Kai Vincent Howard Roy Clifford
Bernard Maurice Wilfred Douglas Duncan Neville Barnaby Ralph Hector Otis Leon Dale
""")
UK_SURNAMES = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews
Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson
Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells
Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page
Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess
Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Reeves Quinn Lamb Pritchard Howells Llewellyn MacLeod Fraser
""")

# --- Origins common in Sweden: commonest names, rank order ---
FI_F = ranked(
    "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Tuula Pirjo Ritva Leena Sari Päivi Riitta Anne Merja Satu Tiina Sirpa Minna Eeva Hanna Marja Aino Tuulikki Annikki Hillevi Raili Seija Aila Kirsi Heli Terhi Jaana Outi"
)
FI_M = ranked(
    "Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Jari Kari Pekka Mikko Jukka Antti Markku Heikki Hannu Seppo Ari Petri Pasi Janne Juha Tuomas Ville Eero Esa Raimo Reijo Veikko Erkki Tapio Arto Sakari Lauri"
)
FI_SUR = ranked(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Leinonen Miettinen Pitkänen Hyvönen Räsänen Peltonen Aalto"
)
AR_F = ranked(
    "Fatima Maryam Nour Sara Aisha Zainab Rana Layla Hiba Amal Hanan Rasha Dima Lina Reem Yasmin Huda Samira Salma Hala Aya Ghada Souad Ranya Nisreen Widad Mariam Ninve Shamiram Nahrin Semiramis Ilham Nadia Rouba Batoul Sidra Lamis Jinan"
)
AR_M = ranked(
    "Mohammed Ahmad Ali Hassan Hussein Omar Khaled Mahmoud Yousef Ibrahim Abdullah Mustafa Samir Karim Walid Rami Ammar Bashar Firas Abdulrahman Hamza Tarek Nabil Ziad Gabriel Aziz Sargon Ninos Afram Shamoun Yacoub Elias Aday Haidar Mazen Fadi Mohamad Muhammad Saad Adnan Raad"
)
AR_SUR = ranked(
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Al-Hassan Haddad Mansour Hamdan Nasser Jaber Yousef Kassem Issa Khoury Darwish Abbas Kadhim Jasim Al-Jabouri Al-Obaidi Al-Rubaie Al-Saadi Al-Tamimi Al-Khatib Sabbagh Shaker Barsom Lahdo Malke Gewargis Odisho Khoshaba Sawa Yonan Dinkha Toma Hanna Warda Benyamin Chamoun Dawod Aho Barsoum Yakoub Gabro"
)
FA_F = ranked(
    "Fatemeh Zahra Maryam Sara Leila Nasrin Shirin Mina Parisa Azadeh Mahnaz Roya Fereshteh Elham Neda Golnaz Shabnam Samira Nazanin Soheila Parvin Fariba Marzia Hadia Nilofar Mahsa Yasaman Tara Laleh Bahar Negin Shiva Homa"
)
FA_M = ranked(
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Ahmad Hassan Behrouz Dariush Farhad Kourosh Babak Arash Omid Navid Pouya Shahram Kaveh Mostafa Javad Masoud Abbas Farid Habib Wahid Nasir Rahim Sayed Abdul Morteza Siavash Peyman Ramin Bijan"
)
FA_SUR = ranked(
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Hashemi Jafari Rahimi Mousavi Sadeghi Ghorbani Rostami Heidari Nazari Akbari Kazemi Amini Zamani Shahbazi Tehrani Sharifi Azizi Hakimi Sultani Noori Rahmani Haidari Ebrahimi Safari Bahrami Rezai Ghasemi Jalali Khorasani Yazdani Samadi"
)
KU_F = ranked(
    "Nasrin Shilan Rojin Hêro Avin Dilan Berfin Zhiyan Shno Zozan Jiyan Gulistan Rozhin Hana Viyan Lana Evîn Sakine Ronak Nishtiman Hevin Bêrivan Zara Sozan Narin"
)
KU_M = ranked(
    "Azad Rebwar Kawa Dilshad Shwan Hawre Aram Karwan Bakhtiyar Sherzad Hiwa Rizgar Serwan Ari Dara Botan Baran Rojhat Zana Ciwan Hoshyar Kamaran Soran Ako Diyar Nechirvan"
)
KU_SUR = ranked(
    "Ahmed Mohammed Rasul Aziz Qadir Karim Hamad Salih Mustafa Faraj Othman Kurdi Abdullah Hussein Omar Amin Rashid Sharif Doski Hawrami Zebari Aslan Demir Tekin Kaya Doğan Baban Jaf Barzinji Sindi"
)
SO_F = ranked(
    "Fadumo Hodan Amina Asha Halima Khadija Sahra Fartun Hawa Ifrah Deeqa Ubah Najma Sagal Nimco Hibo Ayan Ikran Muna Ladan Ruqiya Maryan Sucaad Hamdi Idil Safiya"
)
SO_M = ranked(
    "Mohamed Abdi Ahmed Abdullahi Hassan Ali Omar Yusuf Ibrahim Abdirahman Mahad Said Hussein Ismail Abdikarim Liban Farah Bashir Mukhtar Guled Hamza Abdiaziz Khalid Abdiqani Hamse Sakariye"
)
SO_SUR = ranked(
    "Mohamed Ahmed Ali Hassan Abdi Omar Farah Hussein Yusuf Ibrahim Warsame Jama Osman Nur Aden Abdullahi Ismail Hirsi Egal Dirie Elmi Gedi Samatar Mohamud Abdirahman Adan Duale Guleed Isse Shire"
)
ER_F = ranked(
    "Senait Helen Luwam Selam Hiwet Saba Mebrat Rahel Tsega Feven Hanna Winta Ruth Meron Eden Yordanos Tigist Almaz Aster Lidya Betelhem Sara Semhar Nardos Hirut Mekdes"
)
ER_M = ranked(
    "Yonas Dawit Samuel Daniel Tesfay Michael Yohannes Filmon Robel Biniam Merhawi Tekle Habte Mebrahtu Kidane Amanuel Henok Abel Natnael Ermias Berhane Haile Solomon Mulugeta Tewolde Efrem Isaias"
)
ER_SUR = ranked(
    "Tesfaye Haile Gebreyesus Tekle Berhane Kidane Mehari Woldemariam Ghebremedhin Abraha Gebru Habte Tsegay Yohannes Mengistu Alemu Bekele Tadesse Girma Desta Negash Asfaw Ghebreselassie Tewelde Andemariam Weldu Kahsay Gebremariam Teklehaimanot Zerai"
)
PL_F = ranked(
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Zofia Monika Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Halina Jadwiga Agata Weronika Iwona Kinga Sylwia Grażyna Bożena"
)
PL_M = ranked(
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef Szymon Artur Sebastian Bartosz Damian Przemysław Leszek"
)
PL_SUR = ranked(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Zawadzki Sadowski Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski"
)
BCS_F = ranked(
    "Amra Emina Lejla Selma Amela Azra Merima Jasmina Sanela Alma Mirela Elma Belma Dijana Jelena Ivana Marija Ana Milica Snežana Vesna Dragana Gordana Mirjana Maja Ljiljana Zorica Nataša Tanja Sanja Edina Aida"
)
BCS_M = ranked(
    "Amir Adnan Almir Emir Mirza Nermin Senad Edin Dragan Zoran Milan Goran Dejan Nenad Nikola Marko Ivan Stefan Aleksandar Miroslav Damir Mario Josip Tomislav Haris Kenan Jasmin Mehmed Safet Samir Armin Denis Dino Tarik Enes Elvir"
)
BCS_SUR = ranked(
    "Hodžić Hadžić Kovačević Delić Begić Hasanović Mehmedović Salihović Muratović Husić Ibrahimović Omerović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Bašić Alić Mujić Softić Zukić Čolić Popović Simić Radić Hamzić Suljić Ćosić"
)
TR_F = ranked(
    "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Havva Zeliha Esra Fadime Özlem Hülya Yasemin Derya Gül Songül Ebru Büşra Sevgi Aysel Nur"
)
TR_M = ranked(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Fatih Kadir Emre Burak Serkan Cem Kemal Erkan Volkan Onur"
)
TR_SUR = ranked(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güneş Bulut"
)
LA_F = ranked(
    "María Ana Carolina Claudia Patricia Carmen Francisca Paula Daniela Camila Javiera Valentina Constanza Marcela Verónica Gabriela Paola Andrea Isabel Rosa Sofía Fernanda Lorena Ximena Macarena Catalina Pamela Alejandra"
)
LA_M = ranked(
    "José Juan Luis Carlos Jorge Manuel Francisco Pedro Miguel Sergio Patricio Cristián Rodrigo Pablo Felipe Andrés Diego Alejandro Héctor Ricardo Mauricio Claudio Gonzalo Víctor Raúl Fernando Matías Sebastián Nicolás"
)
LA_SUR = ranked(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa Riquelme Bravo Olivares Cáceres"
)
TH_F = ranked(
    "Siriporn Malee Sunisa Kanya Wanida Pranee Nittaya Supaporn Jintana Ratana Somsri Kanokwan Pornthip Lamai Duangjai Nongluck Sukanya Arunee Chanida Pattaraporn Wilawan Saowalak Thanyarat Naree Ratchanee Busaba Rungnapa Sasithorn Kulthida"
)
TH_M = ranked(
    "Somchai Somsak Prasert Sombat Chaiwat Anan Wichai Thanakorn Nattapong Kittisak Surasak Sakda Boonmee Somporn Pichit Suthep Tanawat Apichart Weerapong Chatchai"
)
TH_SUR = ranked(
    "Saetang Srisuk Sukprasert Wongsawat Chaiyaphum Rattanakorn Boonmee Kaewkham Thongdee Jaidee Saelim Phromma Sriwichai Khamkaew Intarasuk Chantarasorn Somboon Pongpanich Suwannarat Siriwat Thongsuk Saengchan Phanthong Kongkaew"
)
IN_F = ranked(
    "Priya Anjali Pooja Neha Sunita Kavita Deepa Lakshmi Divya Anita Rekha Meena Shalini Swati Sneha Aishwarya Shreya Nandini Ritu Asha Geeta Radha Preeti Harpreet Manpreet Gurpreet Archana Madhuri Vidya Sangeeta"
)
IN_M = ranked(
    "Rahul Amit Rajesh Sanjay Vijay Arjun Rohit Suresh Anil Sunil Ravi Ankit Vikram Pradeep Manoj Deepak Nikhil Karthik Harish Srinivas Venkat Aditya Abhishek Gaurav Prakash Ramesh Mohan Arun Sandeep Kiran Varun Siddharth"
)
IN_SUR = ranked(
    "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma Agarwal Das Banerjee Chatterjee Mukherjee Pillai Menon Krishnan Srinivasan Desai Kapoor Malhotra Chopra Bhat Kulkarni Pandey Mishra Yadav Chaudhary Sinha Ghosh Bose Naidu Gill Sandhu Venkatesan Subramanian"
)
ZH_F = ranked(
    "Fang Jing Li Min Yan Hui Xiuying Ying Na Juan Ling Xiaoling Yue Xin Mei Lan Hong Yu Ting Qian Wen Yun Xiaoyan Lili Jingjing Yuqing Ruoxi Zihan Yutong Xinyi Vivian Grace"
)
ZH_M = ranked(
    "Wei Lei Qiang Jun Yong Jie Tao Ming Chao Hao Bin Gang Peng Feng Jian Long Jianguo Zhiqiang Haoran Yuxuan Zihao Yichen Junjie Haoyu Tianyi Xiaoming Jianhua Wenjie Kevin Eric"
)
ZH_SUR = ranked(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du"
)
UA_F = ranked(
    "Olena Oksana Nataliia Tetiana Iryna Svitlana Yuliia Olha Mariia Kateryna Anastasiia Viktoriia Halyna Liudmyla Larysa Daria Alina Valentyna Nadiia Inna Sofiia Khrystyna Anna Yana Polina"
)
UA_M = ranked(
    "Oleksandr Serhii Volodymyr Andrii Oleksii Dmytro Mykola Yurii Ivan Vasyl Viktor Mykhailo Ihor Vitalii Taras Bohdan Maksym Artem Roman Petro Denys Yaroslav Vadym Stepan"
)
UA_SUR = ranked(
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Marchenko Moroz Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Vasylenko Levchenko Hrytsenko Sydorenko Kovalskyi Lysytskyi Zadorozhnyi"
)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool
    eastern: float = 0.0  # how often the surname is written first (Chinese names)


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_SURNAMES),
    "us": Origin(US_F, US_M, US_SURNAMES),
    "uk": Origin(UK_F, UK_M, UK_SURNAMES),
    "finnish": Origin(FI_F, FI_M, FI_SUR),
    "arabic": Origin(AR_F, AR_M, AR_SUR),
    "persian": Origin(FA_F, FA_M, FA_SUR),
    "kurdish": Origin(KU_F, KU_M, KU_SUR),
    "somali": Origin(SO_F, SO_M, SO_SUR),
    "eritrean": Origin(ER_F, ER_M, ER_SUR),
    "polish": Origin(PL_F, PL_M, PL_SUR),
    "bcs": Origin(BCS_F, BCS_M, BCS_SUR),
    "turkish": Origin(TR_F, TR_M, TR_SUR),
    "latin": Origin(LA_F, LA_M, LA_SUR),
    "thai": Origin(TH_F, TH_M, TH_SUR),
    "indian": Origin(IN_F, IN_M, IN_SUR),
    "chinese": Origin(ZH_F, ZH_M, ZH_SUR, eastern=0.45),
    "ukrainian": Origin(UA_F, UA_M, UA_SUR),
}

# Who is named, by the language of the row (per cent, roughly Sweden's population by country of
# birth and descent for Swedish text; English text mostly American and British names).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 6.5, "finnish": 4, "persian": 3, "polish": 2.5, "bcs": 2.5,
        "somali": 1.8, "kurdish": 1.5, "eritrean": 1.3, "turkish": 1.3, "indian": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "chinese": 0.8, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 34, "swedish": 8, "indian": 5, "chinese": 3, "arabic": 2.5, "polish": 2,
        "latin": 2, "ukrainian": 1, "turkish": 1, "somali": 1, "finnish": 1, "persian": 0.5,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 9, "arabic": 6, "finnish": 3, "persian": 3, "polish": 3,
        "indian": 3, "bcs": 2.5, "somali": 2, "chinese": 2, "kurdish": 1.5, "turkish": 1.5,
        "eritrean": 1.5, "latin": 1.5, "ukrainian": 1.5, "thai": 1,
    },
}  # fmt: skip

# Short forms and nicknames people use for a given name, by origin.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Joakim": ("Jocke",), "Mikael": ("Micke",), "Lars": ("Lasse",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sussi"),
        "Marcus": ("Mackan",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Hans": ("Hasse",),
        "Jan": ("Janne",), "Kristoffer": ("Stoffe",), "Christoffer": ("Stoffe",),
        "Sebastian": ("Sebbe",), "Jonas": ("Jonte",), "Magnus": ("Mange",), "Mattias": ("Matte",),
        "Mathias": ("Matte",), "Fredrik": ("Fredde",), "Robert": ("Robban",), "Tobias": ("Tobbe",),
        "Torbjörn": ("Tobbe",), "Henrik": ("Henke",), "Daniel": ("Danne",), "Niklas": ("Nicke",),
        "Nicklas": ("Nicke",), "Kenneth": ("Kenta",), "Gustav": ("Gurra", "Gusse"),
        "Göran": ("Gurra",), "Rickard": ("Ricke",), "Patrik": ("Patte",), "Oskar": ("Ogge",),
        "Alexander": ("Alex",), "Josefin": ("Jossan",), "Katarina": ("Kattis",),
        "Madeleine": ("Madde",), "Caroline": ("Carro",), "Therese": ("Tessan",),
        "Margareta": ("Maggan",), "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki",),
        "Elisabeth": ("Lisa", "Bettan"), "Viktoria": ("Vickan",), "Jessica": ("Jessan",),
        "Emelie": ("Emmie",), "Ulrika": ("Ullis",), "Anders": ("Ante",), "Stefan": ("Steffe",),
        "Johan": ("Jojje",), "Andreas": ("Andy",), "Kjell": ("Kjelle",), "Leif": ("Leffe",),
        "Rolf": ("Roffe",), "Matilda": ("Tilda",),
    },
    "us": {
        "Michael": ("Mike",), "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"),
        "Robert": ("Bob", "Rob", "Bobby"), "Christopher": ("Chris",), "William": ("Will", "Bill"),
        "James": ("Jim", "Jimmy"), "Richard": ("Rick", "Rich"), "Thomas": ("Tom",),
        "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Steven": ("Steve",), "Stephen": ("Steve",), "Andrew": ("Andy", "Drew"),
        "Katherine": ("Kate", "Katie"), "Kathleen": ("Kathy",), "Catherine": ("Cathy", "Kate"),
        "Patricia": ("Pat", "Trish"), "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky",),
        "Samantha": ("Sam",), "Deborah": ("Debbie",), "Victoria": ("Vicky",),
        "Alexander": ("Alex",), "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Jonathan": ("Jon",),
        "Edward": ("Ed", "Ted"), "Susan": ("Sue",), "Kimberly": ("Kim",), "Timothy": ("Tim",),
        "Gregory": ("Greg",), "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",),
        "Charles": ("Charlie", "Chuck"), "David": ("Dave",), "Peter": ("Pete",),
        "Jessica": ("Jess",), "Amanda": ("Mandy",), "Gerald": ("Gerry",), "Philip": ("Phil",),
        "Lawrence": ("Larry",), "Raymond": ("Ray",), "Samuel": ("Sam",), "Joshua": ("Josh",),
        "Zachary": ("Zach",), "Jacqueline": ("Jackie",), "Christine": ("Chris",),
        "Pamela": ("Pam",), "Judith": ("Judy",), "Barbara": ("Barb",), "Cynthia": ("Cindy",),
        "Sandra": ("Sandy",), "Stephanie": ("Steph",), "Jacob": ("Jake",), "Frederick": ("Fred",),
    },
    "uk": {
        "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Lizzie"), "Robert": ("Rob", "Bob"),
        "Christopher": ("Chris",), "William": ("Will",), "James": ("Jim", "Jamie"),
        "Richard": ("Rich",), "Thomas": ("Tom",), "Daniel": ("Dan",), "Matthew": ("Matt",),
        "Anthony": ("Tony", "Ant"), "Stephen": ("Steve",), "Steven": ("Steve",),
        "Andrew": ("Andy",), "Catherine": ("Cath", "Kate"), "Margaret": ("Maggie",),
        "Rebecca": ("Becky", "Bex"), "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"),
        "Alexander": ("Alex",), "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Edward": ("Ed",),
        "Susan": ("Sue",), "Jennifer": ("Jen", "Jenny"), "Nicola": ("Nicky",),
        "Charlotte": ("Charlie", "Lottie"), "Eleanor": ("Ellie",), "Oliver": ("Ollie",),
        "Jonathan": ("Jon", "Jonny"), "Philip": ("Phil",), "Timothy": ("Tim",), "David": ("Dave",),
        "Gillian": ("Jill",), "Alastair": ("Ali",), "Patricia": ("Pat", "Tricia"),
        "Deborah": ("Debbie", "Debs"), "Joanne": ("Jo",), "Jacqueline": ("Jacqui",),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",),
        "Agnieszka": ("Aga",), "Magdalena": ("Magda",), "Joanna": ("Asia",),
        "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Wojciech": ("Wojtek",),
        "Jakub": ("Kuba",), "Piotr": ("Piotrek",),
    },
    "ukrainian": {
        "Oleksandr": ("Sasha",), "Volodymyr": ("Volodya",), "Dmytro": ("Dima",),
        "Mykola": ("Kolya",), "Kateryna": ("Katya",), "Anastasiia": ("Nastia",),
        "Nataliia": ("Natasha",), "Mariia": ("Masha",), "Tetiana": ("Tanya",),
    },
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Fernanda": ("Feña",), "Alejandro": ("Ale",)},
    "finnish": {"Juhani": ("Jussi",), "Johanna": ("Jonna",)},
    "arabic": {"Mohammed": ("Mo",), "Muhammad": ("Mo",), "Abdulrahman": ("Abdi",)},
    "bcs": {"Aleksandar": ("Saša",), "Mehmed": ("Meho",)},
    "thai": {"Siriporn": ("Nok",), "Supaporn": ("Ploy",), "Kanokwan": ("Fon",), "Somchai": ("Chai",)},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ı": "i",
                        "İ": "I", "đ": "d", "Đ": "D", "ê": "e", "î": "i"})  # fmt: skip


def plain(word: str) -> str:
    """A name as typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.translate(_PLAIN)
    out = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish or Ukrainian woman's form of a surname (-ski -> -ska, -cki -> -cka, -skyi -> -ska)."""
    for male, female in (("skyi", "ska"), ("ski", "ska"), ("cki", "cka"),
                         ("dzki", "dzka"), ("nyi", "na")):  # fmt: skip
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
