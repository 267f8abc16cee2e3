# ruff: noqa: E501
"""Name pools of held-out AP (issue 15): names as the population has them, a twenty-first writer.

Written from the writer's general knowledge, as Python data (stdlib only):
- Swedish given names and surnames in the order of SCB's name statistics for the whole population
  (weight 1/rank; the head is the top 150 of each list, the tail the rarer names past them);
- the US Census 1990 lists (female and male first names, surnames), in their rank order with the
  census's per cent of the population as weight (the figures as the writer remembers them; the
  head is the top 150);
- UK given names and surnames by the ONS rankings (adults of working age and the young; 1/rank);
- the commonest given names and surnames of origins common in Sweden (Finnish, Arabic with
  Syrian, Iraqi and Assyrian names, Persian, Kurdish, Somali, Eritrean/Ethiopian, Polish,
  Bosnian/Serbian/Croatian, Turkish, Chilean/Latin American, Thai, Indian, Chinese, Ukrainian),
  1/rank, the head the top three fifths of a list.
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
    head: int


def ranked(text: str, head: int | None = None) -> Pool:
    """A list in rank order, weight 1/rank; head the top 150 (at most three quarters of a long
    list), or three fifths of a short one."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    share = 0.75 if len(names) >= 100 else 0.6
    cut = head if head is not None else min(150, max(6, round(len(names) * share)))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), cut)


def census(text: str, head: int = 150) -> Pool:
    """A census list: `NAME per-cent` pairs in rank order, the per cent as weight."""
    words = text.split()
    names = tuple(w.title() for w in words[0::2])
    names = tuple(n[:2] + n[2:].capitalize() if n.startswith("Mc") else n for n in names)
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(float(w) for w in words[1::2]), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


# --- Sweden (SCB, whole population, rank order as the writer knows it) ----------------------------

SV_WOMEN = ranked("""
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Ingrid Malin Jenny Hanna Inger Linnea
Annika Elin Birgitta Sofia Ida Susanne Monica Johanna Margareta Elisabeth Julia Ulla Camilla Ella
Linda Katarina Cecilia Ebba Helena Gunilla Elsa Åsa Maja Alice Agneta Amanda Ulrika Moa Wilma
Frida Emelie Caroline Therese Matilda Lisa Alva Barbro Britt Josefin Klara Louise Ann Siv Anette
Sandra Jessica Carina Marianne Charlotte Astrid Nathalie Ingela Anneli Lovisa Gun Elisabet Yvonne
Ellen Victoria Jennie Pia Madeleine Olivia Sofie Mikaela Pernilla Signe Ingegerd
Rebecka Sanna Saga Stina Alexandra Britt-Marie Ann-Christin Tove Sonja Agnes Vera Lina
Jeanette Solveig Majken Gunnel Margit Linn Selma Nora Isabelle Tilda Felicia Ronja Märta Ylva
Elvira Evelina Hedvig Tuva Nellie Ester Vendela Elina Ingeborg Gerd Marita Eleonora
Malva Mona Kristin Helen Ewa Viktoria Tina Irene Ines Rut Desirée Filippa Greta Emilia Anja Meja
Annie Liv Hilda Kajsa Idun Karolina Birgit Elise Ann-Marie Ann-Sofie Eva-Lena Maj Dagny Gudrun Ulrica
Liselott Lisbeth Lillemor Marléne Viveka Mariana Veronica Tova Hilma Ingalill Majvor Gunvor
Mirjam Stella Iris Juni Svea Lykke Nova Edith Harriet Ragnhild Sigrid Katja Johanne
Cornelia Thea Maud Berit Inga Ulla-Britt Maj-Britt Lilian Kristel Henrietta Emmy Majvi Anita
Agnetha Mia Petra Jonna Lotta Minna Gunhild Elvy Asta Inez Ingbritt Rakel Tyra Vilma
Linn-Marie Wera Märit Aurora Ellinor Ingegärd Lilly Amalia Hillevi Tora Sally Lea
""")

SV_MEN = ranked("""
Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Magnus
Mats Bengt Nils Marcus Jonas Martin Niklas Björn Patrik Oskar Lennart Henrik Leif Gustav Sven
Alexander Christer Göran Kjell Åke Emil Robert Tommy Anton Viktor Sebastian Joakim Roger Ulf Simon
Rolf Gunnar Kent William Johannes Filip Tobias Christoffer Axel Jonathan David Lucas Elias Hugo
Oliver Liam Jakob Adam Isak Ludvig Carl Albin Linus Rasmus Mattias Tomas Jörgen Stig Bo Ingvar
Rune Håkan Torbjörn Roland Arne Kurt Leo Noah Theo Vincent Edvin Melvin Olle Viggo Elliot Sixten
Ebbe Harry Alfred Gösta Kenneth Jimmy Dennis Sten Claes Bertil Rickard Pontus Kristoffer Jesper
Max Love Wilhelm Arvid Samuel Albert Casper Valter Olof Einar Ove Birger Torsten Conny Lars-Erik
Jan-Erik Per-Olof Hampus Gabriel Benjamin August Alvin Josef Felix Måns Sune Benny
Dan Ronny Krister Göte Lage Ragnar Yngve Evert Allan Tage Greger Jens
Urban Morgan Mathias Joel Herman Vidar Elis Nicklas Teodor Algot Folke Sigvard Arnold
Hjalmar Erling Bror Per-Erik Inge Roine Lennie Kim Joacim Mårten Gert Ingemar Verner Holger Assar
Staffan Ola Kristian Christian Tor Klas Otto Loke Colin Frans Åsbjörn Sivert Jarl
Severin Lukas Milo Wille Henning Helmer Ivar Jon Harald Valdemar Oscar Charlie Ture Enar
Eskil Gillis Hilding Knut Lars-Göran Nils-Erik Ossian Nicolas Tim Robin Dag Fabian Kasper Eddie
Jacob Thorsten
""")

SV_SURNAMES = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk
Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson
Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund
Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg
Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Martinsson Andreasson Blom Ek Månsson
Strand Jonasson Åkesson Dahl Sundström Norberg Lindholm Ericsson Ivarsson Adolfsson Göransson
Nordqvist Lindblom Sjöström Bergkvist Hedberg Vikström Nordlund Lindahl Strömberg Borg Hägglund
Byström Östlund Grönlund Rydberg Kjellberg Ahlberg Stenberg Skoglund Wiklund Boström Rosén Lindén
Forslund Hedström Sundqvist Nyman Åström Edlund Ekman Granström Hallberg Jeppsson Lilja Malm Olausson
Ottosson Palm Rask Sjödin Larsen Friberg Johnsson Augustsson Nygren Holmqvist Lundmark Berntsson
Sandin Thorsson Wahlström Westerberg Bäckström Törnqvist Zetterberg Modig Ödman Uddén Brandt Hjalmarsson
Åkerlund Engberg Bergh Ljung Stenström Sundin Nordgren Wennberg Granberg Alm Fors Ahlström Wester
Lindroth Kvist Sahlin Hellberg Broberg Nordén Edström Ekberg Rydén Almqvist Nyqvist Lindell Sjölund
Widén Söderström Olander Lönn Ekholm Dahlgren Wallgren Svärd Lindkvist Rosenberg Boman Hammar Rehn
Hagström Fält Wikman Tengvall Kullberg Grahn Hammarström Fagerlund Lundell Qvist Carlsson
Ohlsson Nordlander Hallin Brännström Sköld Thelin Öhman Rönnqvist Eng Wiberg Ask
Sandgren Holmström Frisk Hedin Lindmark Westin Stålberg Krantz Jernberg Ahlgren Mörk Hultgren
""")

SWEDISH = Origin(SV_WOMEN, SV_MEN, SV_SURNAMES)

# --- USA: the Census 1990 lists, rank order with the per cent of the population ------------------

US_WOMEN = census("""
MARY 2.629 PATRICIA 1.073 LINDA 1.035 BARBARA 0.980 ELIZABETH 0.937 JENNIFER 0.932 MARIA 0.828
SUSAN 0.794 MARGARET 0.768 DOROTHY 0.727 LISA 0.704 NANCY 0.669 KAREN 0.667 BETTY 0.666 HELEN 0.663
SANDRA 0.629 DONNA 0.583 CAROL 0.565 RUTH 0.562 SHARON 0.522 MICHELLE 0.519 LAURA 0.510 SARAH 0.508
KIMBERLY 0.504 DEBORAH 0.494 JESSICA 0.490 SHIRLEY 0.482 CYNTHIA 0.469 ANGELA 0.468 MELISSA 0.462
BRENDA 0.455 AMY 0.451 ANNA 0.440 REBECCA 0.430 VIRGINIA 0.430 KATHLEEN 0.424 PAMELA 0.416
MARTHA 0.412 DEBRA 0.408 AMANDA 0.404 STEPHANIE 0.400 CAROLYN 0.385 CHRISTINE 0.382 MARIE 0.379
JANET 0.379 CATHERINE 0.373 FRANCES 0.370 ANN 0.364 JOYCE 0.364 DIANE 0.359 ALICE 0.357 JULIE 0.348
HEATHER 0.337 TERESA 0.336 DORIS 0.335 GLORIA 0.335 EVELYN 0.322 JEAN 0.315 CHERYL 0.315
MILDRED 0.313 KATHERINE 0.313 JOAN 0.306 ASHLEY 0.303 JUDITH 0.297 ROSE 0.296 JANICE 0.285
KELLY 0.283 NICOLE 0.281 JUDY 0.276 CHRISTINA 0.275 KATHY 0.272 THERESA 0.271 BEVERLY 0.267
DENISE 0.264 TAMMY 0.259 IRENE 0.252 JANE 0.250 LORI 0.248 RACHEL 0.242 MARILYN 0.241 ANDREA 0.236
KATHRYN 0.234 LOUISE 0.229 SARA 0.229 ANNE 0.228 JACQUELINE 0.228 WANDA 0.226 BONNIE 0.223
JULIA 0.223 RUBY 0.221 LOIS 0.220 TINA 0.220 PHYLLIS 0.219 NORMA 0.218 PAULA 0.217 DIANA 0.216
ANNIE 0.216 LILLIAN 0.211 EMILY 0.208 ROBIN 0.208 PEGGY 0.208 CRYSTAL 0.207 GLADYS 0.205 RITA 0.204
DAWN 0.202 CONNIE 0.200 FLORENCE 0.200 TRACY 0.197 EDNA 0.197 TIFFANY 0.195 CARMEN 0.195 ROSA 0.194
CINDY 0.191 GRACE 0.189 WENDY 0.185 VICTORIA 0.180 EDITH 0.179 KIM 0.178 SHERRY 0.178 SYLVIA 0.177
JOSEPHINE 0.177 THELMA 0.175 SHANNON 0.175 SHEILA 0.175 ETHEL 0.174 ELLEN 0.173 ELAINE 0.173
MARJORIE 0.173 CARRIE 0.171 CHARLOTTE 0.169 MONICA 0.166 ESTHER 0.166 PAULINE 0.165 EMMA 0.165
JUANITA 0.164 ANITA 0.162 RHONDA 0.162 HAZEL 0.161 AMBER 0.160 EVA 0.159 DEBBIE 0.157 APRIL 0.154
LESLIE 0.154 CLARA 0.153 LUCILLE 0.153 JAMIE 0.153 JOANNE 0.150 ELEANOR 0.150 VALERIE 0.149
DANIELLE 0.149 MEGAN 0.147 ALICIA 0.146 SUZANNE 0.145 MICHELE 0.145 GAIL 0.145 BERTHA 0.143
DARLENE 0.142 VERONICA 0.142 JILL 0.142 ERIN 0.141 GERALDINE 0.141 LAUREN 0.137 CATHY 0.137
JOANN 0.136 LORRAINE 0.135 LYNN 0.135 SALLY 0.135 REGINA 0.133 ERICA 0.130 BEATRICE 0.130
DOLORES 0.129 BERNICE 0.128 AUDREY 0.127 YVONNE 0.126 ANNETTE 0.125 JUNE 0.125 SAMANTHA 0.124
MARION 0.122 DANA 0.122 STACY 0.121 ANA 0.120 RENEE 0.120 IDA 0.118 VIVIAN 0.118 ROBERTA 0.117
HOLLY 0.117 BRITTANY 0.117 MELANIE 0.116 LORETTA 0.115 YOLANDA 0.115 JEANETTE 0.115 LAURIE 0.114
KATIE 0.113 KRISTEN 0.111 VANESSA 0.111 ALMA 0.111 SUE 0.111 ELSIE 0.110 BETH 0.110 JEANNE 0.109
VICKI 0.108 CARLA 0.107 TARA 0.107 ROSEMARY 0.107 EILEEN 0.105 TERRI 0.105 GERTRUDE 0.103 LUCY 0.103
TONYA 0.102 ELLA 0.101 STACEY 0.101 WILMA 0.099 GINA 0.099 KRISTIN 0.099 JESSIE 0.098 NATALIE 0.098
AGNES 0.098 VERA 0.098 CHARLENE 0.097 BESSIE 0.096 DELORES 0.095 MELINDA 0.094 PEARL 0.094
ARLENE 0.094 MAUREEN 0.093 COLLEEN 0.093 ALLISON 0.093 TAMARA 0.092 JOY 0.092 GEORGIA 0.092
CONSTANCE 0.092 LILLIE 0.092 CLAUDIA 0.091 JACKIE 0.090 MARCIA 0.090 TANYA 0.090 NELLIE 0.090
MINNIE 0.089 MARLENE 0.088 HEIDI 0.088 GLENDA 0.088 LYDIA 0.086 VIOLA 0.086 COURTNEY 0.086
MARIAN 0.086 STELLA 0.085 CAROLINE 0.085 DORA 0.084 JO 0.084 VICKIE 0.082 MATTIE 0.081 MAXINE 0.079
IRMA 0.079 MABEL 0.078 MARSHA 0.078 MYRTLE 0.078 LENA 0.077 CHRISTY 0.077 DEANNA 0.076 PATSY 0.076
HILDA 0.075 GWENDOLYN 0.074 JENNIE 0.072 NORA 0.072 MARGIE 0.072 NINA 0.072 CASSANDRA 0.072
LEAH 0.072 PENNY 0.071 KAY 0.071 PRISCILLA 0.071 NAOMI 0.071 CAROLE 0.071 BRANDY 0.070 OLGA 0.070
BILLIE 0.069 DIANNE 0.069 TRACEY 0.069 LEONA 0.069 JENNY 0.068 FELICIA 0.068 SONIA 0.068
MIRIAM 0.066 VELMA 0.066 BECKY 0.066 BOBBIE 0.065 VIOLET 0.065 KRISTINA 0.065 TONI 0.064 MISTY 0.063
MAE 0.063 SHELLY 0.063 DAISY 0.062 RAMONA 0.062 SHERRI 0.062 ERIKA 0.061 KATRINA 0.061 CLAIRE 0.061
LINDSEY 0.060 LINDSAY 0.060 GENEVA 0.060 GUADALUPE 0.060 BELINDA 0.060 MARGARITA 0.059 SHERYL 0.059
CORA 0.059 FAYE 0.059 ADA 0.059 NATASHA 0.058 SABRINA 0.058 ISABEL 0.058 MARGUERITE 0.057
HATTIE 0.057 HARRIET 0.057 MOLLY 0.057 CECILIA 0.057 KRISTI 0.056 BRANDI 0.056 BLANCHE 0.056
SANDY 0.056 ROSIE 0.056 JOANNA 0.056 IRIS 0.055 EUNICE 0.055 ANGIE 0.055 INEZ 0.055 LYNDA 0.054
MADELINE 0.054 AMELIA 0.054 ALBERTA 0.054 GENEVIEVE 0.053 MONIQUE 0.053 JODI 0.053 JANIE 0.053
MAGGIE 0.052 KAYLA 0.052 SONYA 0.052 JAN 0.052 LEE 0.051 KRISTINE 0.051 CANDACE 0.051 FANNIE 0.051
MARYANN 0.051 OPAL 0.050 ALISON 0.050 YVETTE 0.050 MELODY 0.050 LUZ 0.049 SUSIE 0.049 OLIVIA 0.049
FLORA 0.049 SHELLEY 0.049 KRISTY 0.049 MAMIE 0.048 LULA 0.048 LOLA 0.048 VERNA 0.048 BEULAH 0.048
ANTOINETTE 0.048 CANDICE 0.047 JUANA 0.047 JEANNETTE 0.047 PAM 0.047 KELLI 0.047 HANNAH 0.046
WHITNEY 0.046 BRIDGET 0.046 KARLA 0.046 CELIA 0.046 LATOYA 0.045 PATTY 0.045 SHELIA 0.045
GAYLE 0.045 DELLA 0.045 VICKY 0.045 LYNNE 0.044 SHERI 0.044 MARIANNE 0.044 KARA 0.044 JACQUELYN 0.044
ERMA 0.044 BLANCA 0.043 MYRA 0.043 LETICIA 0.043 PAT 0.043 KRISTA 0.043 ROXANNE 0.042 ANGELICA 0.042
JOHNNIE 0.042 ROBYN 0.042 FRANCIS 0.042 ADRIENNE 0.042 ROSALIE 0.042 ALEXANDRA 0.041 BROOKE 0.041
BETHANY 0.041 SADIE 0.041 BERNADETTE 0.041 TRACI 0.041 JODY 0.041 KENDRA 0.040 JASMINE 0.040
NICHOLE 0.040 RACHAEL 0.040 CHELSEA 0.040 MABLE 0.040 ERNESTINE 0.040 MURIEL 0.040 MARCELLA 0.040
ELENA 0.039 KRYSTAL 0.039 ANGELINA 0.039 NADINE 0.039 KARI 0.039 ESTELLE 0.039 DIANNA 0.039
PAULETTE 0.039 LORA 0.039 MONA 0.038 DOREEN 0.038 ROSEMARIE 0.038 ANGEL 0.038 DESIREE 0.038
ANTONIA 0.038 HOPE 0.037 GINGER 0.037 JANIS 0.037 BETSY 0.037 CHRISTIE 0.037 FREDA 0.037 MERCEDES 0.037
""")

US_MEN = census("""
JAMES 3.318 JOHN 3.271 ROBERT 3.143 MICHAEL 2.629 WILLIAM 2.451 DAVID 2.363 RICHARD 1.703
CHARLES 1.523 JOSEPH 1.404 THOMAS 1.380 CHRISTOPHER 1.035 DANIEL 0.974 PAUL 0.948 MARK 0.938
DONALD 0.931 GEORGE 0.927 KENNETH 0.826 STEVEN 0.780 EDWARD 0.779 BRIAN 0.736 RONALD 0.725
ANTHONY 0.721 KEVIN 0.671 JASON 0.660 MATTHEW 0.657 GARY 0.650 TIMOTHY 0.640 JOSE 0.613 LARRY 0.598
JEFFREY 0.591 FRANK 0.581 SCOTT 0.546 ERIC 0.544 STEPHEN 0.540 ANDREW 0.537 RAYMOND 0.488
GREGORY 0.441 JOSHUA 0.435 JERRY 0.432 DENNIS 0.415 WALTER 0.399 PATRICK 0.389 PETER 0.381
HAROLD 0.371 DOUGLAS 0.367 HENRY 0.365 CARL 0.346 ARTHUR 0.335 RYAN 0.328 ROGER 0.322 JOE 0.321
JUAN 0.316 JACK 0.315 ALBERT 0.314 JONATHAN 0.313 JUSTIN 0.311 TERRY 0.311 GERALD 0.309 KEITH 0.308
SAMUEL 0.306 WILLIE 0.302 RALPH 0.282 LAWRENCE 0.282 NICHOLAS 0.275 ROY 0.273 BENJAMIN 0.270
BRUCE 0.263 BRANDON 0.260 ADAM 0.259 HARRY 0.251 FRED 0.251 WAYNE 0.249 BILLY 0.248 STEVE 0.246
LOUIS 0.243 JEREMY 0.242 AARON 0.240 RANDY 0.232 HOWARD 0.230 EUGENE 0.230 CARLOS 0.229
RUSSELL 0.224 BOBBY 0.223 VICTOR 0.222 MARTIN 0.216 ERNEST 0.215 PHILLIP 0.213 TODD 0.213
JESSE 0.209 CRAIG 0.206 ALAN 0.204 SHAWN 0.200 CLARENCE 0.197 SEAN 0.197 PHILIP 0.197 CHRIS 0.194
JOHNNY 0.195 EARL 0.193 JIMMY 0.191 ANTONIO 0.190 DANNY 0.190 BRYAN 0.190 TONY 0.190 LUIS 0.189
MIKE 0.189 STANLEY 0.188 LEONARD 0.188 NATHAN 0.187 DALE 0.184 MANUEL 0.181 RODNEY 0.180
CURTIS 0.180 NORMAN 0.177 ALLEN 0.174 MARVIN 0.171 VINCENT 0.168 GLENN 0.167 JEFFERY 0.166
TRAVIS 0.166 JEFF 0.166 CHAD 0.165 JACOB 0.165 LEE 0.162 MELVIN 0.162 ALFRED 0.162 KYLE 0.160
FRANCIS 0.160 BRADLEY 0.159 JESUS 0.155 HERBERT 0.155 FREDERICK 0.154 RAY 0.153 JOEL 0.152
EDWIN 0.148 DON 0.145 EDDIE 0.144 RICKY 0.141 TROY 0.138 RANDALL 0.138 BARRY 0.134 ALEXANDER 0.132
BERNARD 0.127 MARIO 0.125 LEROY 0.125 FRANCISCO 0.124 MARCUS 0.124 MICHEAL 0.123 THEODORE 0.122
CLIFFORD 0.120 MIGUEL 0.118 OSCAR 0.116 JAY 0.116 JIM 0.116 TOM 0.116 CALVIN 0.115 ALEX 0.115
JON 0.115 RONNIE 0.113 BILL 0.112 LLOYD 0.112 TOMMY 0.112 LEON 0.112 DEREK 0.112 WARREN 0.110
DARRELL 0.108 JEROME 0.108 FLOYD 0.107 LEO 0.107 ALVIN 0.105 TIM 0.104 WESLEY 0.104 GORDON 0.104
DEAN 0.104 GREG 0.104 JORGE 0.104 DUSTIN 0.103 PEDRO 0.103 DERRICK 0.103 DAN 0.101 LEWIS 0.101
ZACHARY 0.101 COREY 0.101 HERMAN 0.099 MAURICE 0.099 VERNON 0.099 ROBERTO 0.099 CLYDE 0.095
GLEN 0.094 HECTOR 0.094 SHANE 0.093 RICARDO 0.093 SAM 0.092 RICK 0.091 LESTER 0.091 BRENT 0.090
RAMON 0.090 CHARLIE 0.089 TYLER 0.089 GILBERT 0.089 GENE 0.087 MARC 0.087 REGINALD 0.084 RUBEN 0.084
BRETT 0.082 ANGEL 0.082 NATHANIEL 0.081 RAFAEL 0.081 LESLIE 0.081 EDGAR 0.080 MILTON 0.080
RAUL 0.079 BEN 0.078 CHESTER 0.078 CECIL 0.078 DUANE 0.077 FRANKLIN 0.077 ANDRE 0.076 ELMER 0.074
BRAD 0.074 GABRIEL 0.074 RON 0.072 MITCHELL 0.072 ROLAND 0.072 ARNOLD 0.072 HARVEY 0.072
JARED 0.071 ADRIAN 0.069 KARL 0.069 CORY 0.068 CLAUDE 0.068 ERIK 0.068 DARRYL 0.067 JAMIE 0.066
NEIL 0.066 JESSIE 0.066 CHRISTIAN 0.065 JAVIER 0.065 FERNANDO 0.065 CLINTON 0.065 TED 0.064
MATHEW 0.064 TYRONE 0.064 DARREN 0.064 LONNIE 0.064 LANCE 0.063 CODY 0.063 JULIO 0.063 KELLY 0.063
KURT 0.062 ALLAN 0.061 NELSON 0.061 GUY 0.060 CLAYTON 0.060 HUGH 0.060 MAX 0.059 DWAYNE 0.059
DWIGHT 0.058 ARMANDO 0.058 FELIX 0.058 JIMMIE 0.058 EVERETT 0.058 JORDAN 0.056 IAN 0.056
WALLACE 0.056 KEN 0.055 BOB 0.055 JAIME 0.055 CASEY 0.054 ALFREDO 0.054 ALBERTO 0.053 DAVE 0.053
IVAN 0.053 JOHNNIE 0.052 SIDNEY 0.052 BYRON 0.052 JULIAN 0.052 ISAAC 0.051 MORRIS 0.051
CLIFTON 0.050 WILLARD 0.050 DARYL 0.050 ROSS 0.050 VIRGIL 0.049 ANDY 0.049 MARSHALL 0.049
SALVADOR 0.049 PERRY 0.049 KIRK 0.049 SERGIO 0.049 MARION 0.048 TRACY 0.048 SETH 0.048 KENT 0.048
TERRANCE 0.048 RENE 0.048 EDUARDO 0.047 TERRENCE 0.047 ENRIQUE 0.046 FREDDIE 0.046 WADE 0.045
AUSTIN 0.044 STUART 0.044 FREDRICK 0.044 ARTURO 0.044 ALEJANDRO 0.044 JACKIE 0.043 JOEY 0.043
NICK 0.043 LUTHER 0.043 WENDELL 0.042 JEREMIAH 0.042 EVAN 0.042 JULIUS 0.042 DANA 0.042 DONNIE 0.041
OTIS 0.041 SHANNON 0.040 TREVOR 0.040 OLIVER 0.040 LUKE 0.040 HOMER 0.040 GERARD 0.040 DOUG 0.040
KENNY 0.039 HUBERT 0.039 ANGELO 0.039 SHAUN 0.039 LYLE 0.038 MATT 0.038 LYNN 0.038 ALFONSO 0.038
ORLANDO 0.037 REX 0.037 CARLTON 0.037 ERNESTO 0.037 CAMERON 0.037 NEAL 0.037 PABLO 0.036
LORENZO 0.036 OMAR 0.036 WILBUR 0.036 BLAKE 0.036 GRANT 0.036 HORACE 0.036 RODERICK 0.036
KERRY 0.036 ABRAHAM 0.035 WILLIS 0.035 RICKEY 0.035 JEAN 0.035 IRA 0.035 ANDRES 0.035 CESAR 0.035
JOHNATHAN 0.035 MALCOLM 0.035 RUDOLPH 0.035 DAMON 0.035 KELVIN 0.034 RUDY 0.034 PRESTON 0.034
ALTON 0.034 ARCHIE 0.034 MARCO 0.034 PETE 0.033 RANDOLPH 0.033 GARRY 0.033 GEOFFREY 0.033
JONATHON 0.033 FELIPE 0.033 BENNIE 0.033 GERARDO 0.033 ED 0.033 DOMINIC 0.033 ROBIN 0.032
LOREN 0.032 DELBERT 0.032 COLIN 0.032 GUILLERMO 0.032 EARNEST 0.031 LUCAS 0.031 BENNY 0.031
""")

US_SURNAMES = census("""
SMITH 1.006 JOHNSON 0.810 WILLIAMS 0.699 JONES 0.621 BROWN 0.621 DAVIS 0.480 MILLER 0.424
WILSON 0.339 MOORE 0.312 TAYLOR 0.311 ANDERSON 0.311 THOMAS 0.311 JACKSON 0.310 WHITE 0.279
HARRIS 0.275 MARTIN 0.273 THOMPSON 0.269 GARCIA 0.254 MARTINEZ 0.234 ROBINSON 0.233 CLARK 0.231
RODRIGUEZ 0.229 LEWIS 0.226 LEE 0.220 WALKER 0.219 HALL 0.200 ALLEN 0.199 YOUNG 0.193
HERNANDEZ 0.192 KING 0.190 WRIGHT 0.189 LOPEZ 0.187 HILL 0.187 SCOTT 0.185 GREEN 0.183 ADAMS 0.174
BAKER 0.171 GONZALEZ 0.166 NELSON 0.162 CARTER 0.162 MITCHELL 0.160 PEREZ 0.155 ROBERTS 0.153
TURNER 0.152 PHILLIPS 0.149 CAMPBELL 0.149 PARKER 0.146 EVANS 0.141 EDWARDS 0.137 COLLINS 0.134
STEWART 0.133 SANCHEZ 0.130 MORRIS 0.125 ROGERS 0.123 REED 0.122 COOK 0.120 MORGAN 0.118 BELL 0.117
MURPHY 0.117 BAILEY 0.115 RIVERA 0.113 COOPER 0.113 RICHARDSON 0.112 COX 0.110 HOWARD 0.110
WARD 0.108 TORRES 0.108 PETERSON 0.107 GRAY 0.106 RAMIREZ 0.105 JAMES 0.105 WATSON 0.103
BROOKS 0.103 KELLY 0.102 SANDERS 0.100 PRICE 0.099 BENNETT 0.099 WOOD 0.098 BARNES 0.097 ROSS 0.096
HENDERSON 0.095 COLEMAN 0.095 JENKINS 0.095 PERRY 0.094 POWELL 0.093 LONG 0.092 PATTERSON 0.092
HUGHES 0.092 FLORES 0.092 WASHINGTON 0.092 BUTLER 0.091 SIMMONS 0.091 FOSTER 0.091 GONZALES 0.087
BRYANT 0.087 ALEXANDER 0.085 RUSSELL 0.085 GRIFFIN 0.084 DIAZ 0.084 HAYES 0.083 MYERS 0.083
FORD 0.082 HAMILTON 0.082 GRAHAM 0.082 SULLIVAN 0.081 WALLACE 0.081 WOODS 0.080 COLE 0.080 WEST 0.080
JORDAN 0.078 OWENS 0.078 REYNOLDS 0.078 FISHER 0.077 ELLIS 0.077 HARRISON 0.076 GIBSON 0.075
MCDONALD 0.075 CRUZ 0.075 MARSHALL 0.075 ORTIZ 0.075 GOMEZ 0.075 MURRAY 0.074 FREEMAN 0.074
WELLS 0.073 WEBB 0.072 SIMPSON 0.070 STEVENS 0.070 TUCKER 0.070 PORTER 0.069 HUNTER 0.069 HICKS 0.069
CRAWFORD 0.068 HENRY 0.068 BOYD 0.068 MASON 0.068 MORALES 0.067 KENNEDY 0.067 WARREN 0.067
DIXON 0.066 RAMOS 0.066 REYES 0.066 BURNS 0.065 GORDON 0.065 SHAW 0.065 HOLMES 0.065 RICE 0.064
ROBERTSON 0.064 HUNT 0.063 BLACK 0.063 DANIELS 0.062 PALMER 0.062 MILLS 0.061 NICHOLS 0.060
GRANT 0.060 KNIGHT 0.060 FERGUSON 0.059 ROSE 0.059 STONE 0.059 HAWKINS 0.059 DUNN 0.058 PERKINS 0.058
HUDSON 0.058 SPENCER 0.057 GARDNER 0.057 STEPHENS 0.057 PAYNE 0.057 PIERCE 0.056 BERRY 0.056
MATTHEWS 0.056 ARNOLD 0.056 WAGNER 0.055 WILLIS 0.055 RAY 0.055 WATKINS 0.055 OLSON 0.055
CARROLL 0.055 DUNCAN 0.055 SNYDER 0.055 HART 0.054 CUNNINGHAM 0.054 BRADLEY 0.054 LANE 0.054
ANDREWS 0.054 RUIZ 0.054 HARPER 0.054 FOX 0.053 RILEY 0.053 ARMSTRONG 0.053 CARPENTER 0.053
WEAVER 0.053 GREENE 0.053 LAWRENCE 0.052 ELLIOTT 0.052 CHAVEZ 0.052 SIMS 0.052 AUSTIN 0.052
PETERS 0.052 KELLEY 0.052 FRANKLIN 0.051 LAWSON 0.051 FIELDS 0.051 GUTIERREZ 0.051 RYAN 0.051
SCHMIDT 0.051 CARR 0.050 VASQUEZ 0.050 CASTILLO 0.050 WHEELER 0.050 CHAPMAN 0.050 OLIVER 0.050
MONTGOMERY 0.049 RICHARDS 0.049 WILLIAMSON 0.049 JOHNSTON 0.049 BANKS 0.048 MEYER 0.048 BISHOP 0.048
MCCOY 0.048 HOWELL 0.048 ALVAREZ 0.048 MORRISON 0.048 HANSEN 0.047 FERNANDEZ 0.047 GARZA 0.047
HARVEY 0.047 LITTLE 0.046 BURTON 0.046 STANLEY 0.046 NGUYEN 0.046 GEORGE 0.046 JACOBS 0.046
REID 0.046 FULLER 0.045 LYNCH 0.045 DEAN 0.045 GILBERT 0.045 GARRETT 0.045 ROMERO 0.045 WELCH 0.044
LARSON 0.044 FRAZIER 0.044 BURKE 0.044 HANSON 0.044 DAY 0.043 MENDOZA 0.043 MORENO 0.043
BOWMAN 0.043 MEDINA 0.042 FOWLER 0.042 BREWER 0.042 HOFFMAN 0.042 CARLSON 0.042 SILVA 0.042
PEARSON 0.042 HOLLAND 0.042 DOUGLAS 0.041 FLEMING 0.041 JENSEN 0.041 VARGAS 0.041 BYRD 0.041
DAVIDSON 0.041 HOPKINS 0.041 MAY 0.040 TERRY 0.040 HERRERA 0.040 WADE 0.040 SOTO 0.040 WALTERS 0.040
CURTIS 0.040 NEAL 0.039 CALDWELL 0.039 LOWE 0.039 JENNINGS 0.039 BARNETT 0.039 GRAVES 0.039
JIMENEZ 0.039 HORTON 0.039 SHELTON 0.039 BARRETT 0.039 O'BRIEN 0.039 CASTRO 0.039 SUTTON 0.038
GREGORY 0.038 MCKINNEY 0.038 LUCAS 0.038 MILES 0.038 CRAIG 0.038 RODRIQUEZ 0.037 CHAMBERS 0.037
HOLT 0.037 LAMBERT 0.037 FLETCHER 0.037 WATTS 0.037 BATES 0.037 HALE 0.037 RHODES 0.037 PENA 0.037
BECK 0.037 NEWMAN 0.036 HAYNES 0.036 MCDANIEL 0.036 MENDEZ 0.036 BUSH 0.036 VAUGHN 0.036 PARKS 0.035
DAWSON 0.035 SANTIAGO 0.035 NORRIS 0.035 HARDY 0.035 LOVE 0.035 STEELE 0.035 CURRY 0.035
POWERS 0.035 SCHULTZ 0.035 BARKER 0.035 GUZMAN 0.034 PAGE 0.034 MUNOZ 0.034 BALL 0.034 KELLER 0.034
CHANDLER 0.034 WEBER 0.034 LEONARD 0.034 WALSH 0.033 LYONS 0.033 RAMSEY 0.033 WOLFE 0.033
SCHNEIDER 0.033 MULLINS 0.033 BENSON 0.033 SHARP 0.033 BOWEN 0.033 DANIEL 0.033 BARBER 0.032
CUMMINGS 0.032 HINES 0.032 BALDWIN 0.032 GRIFFITH 0.032 VALDEZ 0.032 HUBBARD 0.032 SALAZAR 0.032
REEVES 0.032 WARNER 0.031 STEVENSON 0.031 BURGESS 0.031 SANTOS 0.031 TATE 0.031 CROSS 0.031
GARNER 0.031 MANN 0.031 MACK 0.031 MOSS 0.031 THORNTON 0.031 DENNIS 0.031 MCGEE 0.031 FARMER 0.030
DELGADO 0.030 AGUILAR 0.030 VEGA 0.030 GLOVER 0.030 MANNING 0.030 COHEN 0.030 HARMON 0.030
RODGERS 0.030 ROBBINS 0.030 NEWTON 0.030 TODD 0.030 BLAIR 0.030 HIGGINS 0.030 INGRAM 0.030
REESE 0.030 CANNON 0.030 STRICKLAND 0.030 TOWNSEND 0.030 POTTER 0.030 GOODWIN 0.030 WALTON 0.030
ROWE 0.029 HAMPTON 0.029 ORTEGA 0.029 PATTON 0.029 SWANSON 0.029 JOSEPH 0.029 FRANCIS 0.029
GOODMAN 0.029 MALDONADO 0.029 YATES 0.029 BECKER 0.029 ERICKSON 0.029 HODGES 0.029 RIOS 0.029
CONNER 0.029 ADKINS 0.029 WEBSTER 0.028 NORMAN 0.028 MALONE 0.028 HAMMOND 0.028 FLOWERS 0.028
COBB 0.028 MOODY 0.028 QUINN 0.028 BLAKE 0.028 MAXWELL 0.028 POPE 0.028 FLOYD 0.027 OSBORNE 0.027
PAUL 0.027 MCCARTHY 0.027 GUERRERO 0.027 LINDSEY 0.027 ESTRADA 0.027 SANDOVAL 0.027 GIBBS 0.027
TYLER 0.027 GROSS 0.027 FITZGERALD 0.027 STOKES 0.027 DOYLE 0.027 SHERMAN 0.027 SAUNDERS 0.027
WISE 0.027 COLON 0.027 GILL 0.027 ALVARADO 0.027 GREER 0.026 PADILLA 0.026 SIMON 0.026 WATERS 0.026
NUNEZ 0.026 BALLARD 0.026 SCHWARTZ 0.026 MCBRIDE 0.026 HOUSTON 0.026 CHRISTENSEN 0.026 KLEIN 0.026
PRATT 0.026 BRIGGS 0.026 PARSONS 0.026 MCLAUGHLIN 0.026 ZIMMERMAN 0.026 FRENCH 0.026 BUCHANAN 0.026
MORAN 0.026 COPELAND 0.025 ROY 0.025 PITTMAN 0.025 BRADY 0.025 MCCORMICK 0.025 HOLLOWAY 0.025
BROCK 0.025 POOLE 0.025 FRANK 0.025 LOGAN 0.025 OWEN 0.025 BASS 0.025 MARSH 0.025 DRAKE 0.025
WONG 0.025 JEFFERSON 0.025 PARK 0.025 MORTON 0.025 ABBOTT 0.025 SPARKS 0.025 PATRICK 0.024
NORTON 0.024 HUFF 0.024 CLAYTON 0.024 MASSEY 0.024 LLOYD 0.024 FIGUEROA 0.024 CARSON 0.024
BOWERS 0.024 ROBERSON 0.024 BARTON 0.024 TRAN 0.024 LAMB 0.024 HARRINGTON 0.024 CASEY 0.024
BOONE 0.024 CORTEZ 0.024 CLARKE 0.024 MATHIS 0.024 SINGLETON 0.024 WILKINS 0.024 CAIN 0.024
BRYAN 0.024 UNDERWOOD 0.024 HOGAN 0.024 MCKENZIE 0.023 COLLIER 0.023 LUNA 0.023 PHELPS 0.023
MCGUIRE 0.023 ALLISON 0.023 BRIDGES 0.023 WILKERSON 0.023 NASH 0.023 SUMMERS 0.023 ATKINS 0.023
""")

US = Origin(US_WOMEN, US_MEN, US_SURNAMES)

# --- UK: ONS rankings (adults and the young together, 1/rank) ------------------------------------

UK_WOMEN = ranked("""
Sarah Emma Laura Claire Rebecca Gemma Rachel Lisa Charlotte Hannah Amy Nicola Jessica Sophie
Lauren Katie Emily Olivia Amelia Helen Louise Kelly Natalie Victoria Michelle Joanne Samantha
Stephanie Kirsty Jennifer Zoe Lucy Danielle Catherine Elizabeth Jade Chloe Megan Ellie Grace Isla
Ava Mia Poppy Freya Isabella Lily Holly Abigail Georgia Jodie Stacey Leanne Donna Karen Julie Susan
Tracey Alison Deborah Amanda Angela Jacqueline Gillian Fiona Ruth Jane Caroline Kate Anna Eleanor
Beth Bethany Kayleigh Shannon Amber Paige Rosie Evie Harriet Imogen Phoebe Millie Scarlett Ruby
Niamh Siobhan Eilidh Carys Ffion Catrin Rhiannon Bronwen Moira Morag Aisling Sian Hayley Kerry
Vicky Becky Lindsey Joanna Rachael Katherine Clare Nicole Jasmine Melissa Heather Naomi Alice Sophia
Florence Matilda Willow Elsie Daisy Maisie Esme Lola Erin Aimee Natasha Carly Jemma Kimberley
Charlene Sharon Wendy Pauline Margaret Linda Janet Jean Carol Christine Patricia Sandra Lesley
Maureen Anne Diane Elaine Brenda Valerie Sheila Yvonne Dawn Joan Marion Shirley Hazel Frances Sally
Lorraine Jackie Kathryn Tanya Keeley Chelsea Leah Gabrielle Roxanne Alexandra Rhian Seren Nia
Rosemary Gail Lynn Beverley Tina Carole Dorothy Eileen Irene Kathleen Rita Rose Iris Edith Gwen
Barbara Teresa Debbie Nadia Shona Kirstie Ashleigh Leigh
""")

UK_MEN = ranked("""
David James John Michael Paul Andrew Mark Richard Daniel Christopher Thomas Matthew Robert Stephen
Peter Steven Simon Ian Gary Lee Craig Jamie Darren Adam Ryan Luke Jack Oliver Harry George Charlie
Liam Callum Connor Ben Benjamin Samuel Joshua Lewis Jordan Nathan Scott Kevin Alan Graham Neil
Stuart Martin Anthony Jonathan Philip Nicholas Jason Dean Wayne Carl Shaun Kieran Aaron Alexander
William Edward Henry Alfie Noah Leo Freddie Archie Arthur Theo Oscar Joseph Max Toby Rhys Owen
Dylan Gareth Gavin Alistair Angus Hamish Euan Fraser Ross Declan Ciaran Sean Patrick Barry Keith
Colin Derek Trevor Nigel Malcolm Kenneth Brian Roy Tony Jake Sam Tom Dan Chris Rob Kyle Bradley
Reece Tyler Elliot Jacob Ethan Mason Logan Finley Reuben Hugo Sebastian Isaac Louis Elliott Gregor
Niall Rory Cameron Duncan Iain Douglas Gordon Alasdair Robbie Tristan Rupert Giles Hywel
Dafydd Emyr Gethin Aled Rhodri Geraint Terry Clive Barrie Dennis Raymond Ronald Leslie Frank Stanley
Harold Albert Victor Howard Russell Glenn Adrian Mathew Marcus Dominic Jeremy Vincent Ralph
Geoffrey Alec Bernard Cyril Desmond Leonard Norman Stewart Bryan Dale Jay Tommy Billy Robin Murray
Kenny Jim Jimmy Bobby
""")

UK_SURNAMES = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox
Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane
Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman
Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper
Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston
Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read
Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond
Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs
Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons
Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows Briggs
Storey Pugh Jacobs Farrell Bartlett Kirby Parkinson Sanders Fraser MacDonald MacLeod
""")

UK = Origin(UK_WOMEN, UK_MEN, UK_SURNAMES)

# --- Origins common in Sweden (the writer's knowledge of their commonest names, 1/rank) ---------

FINNISH = Origin(
    ranked(
        "Marja Tuula Päivi Riitta Leena Pirjo Sirpa Anneli Eija Satu Hannele Kaarina Tiina Sari Minna Tarja Merja Outi Aila Raija Seija Liisa Aino Eveliina Sanna Heidi Kirsi Maarit Ulla Marjatta"
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Tapio Ville Juhani Olavi Esa Tero Risto Pentti Raimo Veikko Kalevi Lauri"
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kettunen"
    ),
)
ARABIC = Origin(  # Syrian and Iraqi names, Assyrian/Syriac ones among them
    ranked(
        "Fatima Maryam Sara Nour Aya Rasha Huda Zainab Amina Layla Rana Hiba Dima Lina Reem Yasmin Rania Samira Hanan Shaima Ghada Mona Nadia Salma Israa Shamiram Ninwa Marta Sham Bushra"
    ),
    ranked(
        "Mohammed Ahmad Ali Hassan Omar Mustafa Hussein Khaled Abdullah Ibrahim Youssef Mahmoud Yaser Samer Ammar Bashar Hamza Karim Tariq Rami Fadi Ziad Bilal Anas Majid Ninos Sargon Ashur Afram Gabriel Yakob Aziz"
    ),
    ranked(
        "Ali Mohammed Hassan Ahmad Hussein Abdullah Ibrahim Al-Khatib Haddad Khalil Saleh Youssef Mahmoud Jaber Gabriel Abbas Kadhim Jasim Al-Obaidi Najjar Darwish Shaker Yakoub Aho Shabo Isa Barsom Malke Hanna Gabro Al-Ali Kassab"
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Leila Shirin Parisa Nasrin Mahsa Sara Negar Roya Azadeh Farnaz Mina Ladan Yasaman Nazanin Soheila Elham Golnaz Shabnam Mahnaz"
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Farid Babak Kourosh Arash Behrouz Dariush Omid Navid Payam Kaveh Siavash Majid Pouya Shahram"
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Ghorbani Sadeghi Mousavi Akbari Azizi Kazemi Tehrani Nazari Bagheri Shirazi Rostami Amini Safavi Ebrahimi Soltani"
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berfin Dilan Nazdar Shilan Hevi Jiyan Zilan Avin Sozdar Delal Nishtiman Lana Shirin Zhila Kajal Bahar"
    ),
    ranked(
        "Rebwar Karwan Sherko Dilshad Azad Shwan Rezan Baran Aram Hawre Kawa Goran Dara Soran Hemin Serwan Botan Zana"
    ),
    ranked(
        "Ahmed Mohammed Rashid Aziz Abdulla Karim Omar Mahmud Hamad Salih Doski Amedi Hawrami Zebari Kurdi Mustafa Qadir Faraj Jalal"
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Sahra Ifrah Nimco Hawa Sucaad Ayaan Ubah Deeqa Maryan Khadra Sagal Asha Halima Farhiya Ilhan Najma Hibo"
    ),
    ranked(
        "Mohamed Abdi Ahmed Abdullahi Hassan Ali Omar Yusuf Abdirahman Abdiaziz Mahad Liban Farah Said Ismail Hussein Guled Bashir Mukhtar Khalid"
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Farah Yusuf Omar Warsame Osman Ismail Jama Nur Mohamud Abdullahi Hussein Aden Egal Duale Hirsi Elmi Dirie Samatar Gedi"
    ),
)
ERITREAN = Origin(  # Eritrean and Ethiopian names
    ranked(
        "Helen Selam Senait Meron Tsega Hiwet Saba Luwam Rahel Mebrat Eden Winta Ruth Tigist Hanna Almaz Feven Yordanos Merhawit Semhar"
    ),
    ranked(
        "Yonas Daniel Samuel Tesfay Dawit Michael Filmon Robel Mulugeta Habtom Kidane Tekle Yohannes Amanuel Abraham Efrem Biniam Girmay Mehari Tewelde"
    ),
    ranked(
        "Tesfay Haile Gebremedhin Tekle Berhane Kidane Gebreyesus Abraha Woldemariam Mengistu Tesfamariam Ghebremichael Asmerom Mehari Habte Yohannes Solomon Negash Girma Bekele"
    ),
)
POLISH = Origin(  # surnames in their masculine form; `feminine` gives a woman's
    ranked(
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Agata Iwona"
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Rafał Bartosz Sebastian Przemysław"
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski"
    ),
)
BCS = Origin(  # Bosnian, Serbian and Croatian names
    ranked(
        "Amra Emina Lejla Selma Amela Jasmina Azra Aida Mirela Ivana Jelena Marija Ana Snežana Dragana Milica Vesna Sanja Maja Mersiha Nermina Edina Senada Belma"
    ),
    ranked(
        "Emir Adnan Edin Amir Mirza Haris Damir Nedim Senad Kemal Dragan Goran Zoran Nenad Milan Marko Ivan Stefan Nikola Dejan Zlatan Mehmed Admir Elvis"
    ),
    ranked(
        "Hodžić Hadžić Mehmedović Delić Kovačević Hasanović Begić Husić Čaušević Alić Jovanović Petrović Nikolić Marković Đorđević Stojanović Horvat Kovačić Babić Marić Jurić Novak Knežević Popović Halilović Suljić Imamović Omerović"
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Özlem Esra Merve Büşra Derya Gül Songül Hülya Sevgi Dilek Leyla Aslı Ebru"
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Ibrahim Murat Ömer Yusuf Emre Burak Kemal Serkan Ercan Osman Erkan Volkan Cem Halil"
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Aktaş"
    ),
)
LATIN = Origin(  # Chilean and other Latin American names; two surnames often
    ranked(
        "María Carolina Camila Valentina Francisca Javiera Daniela Fernanda Catalina Paula Claudia Andrea Patricia Verónica Ximena Marcela Lorena Alejandra Gabriela Sofía Isabel Rosa Carmen Paola"
    ),
    ranked(
        "José Juan Carlos Luis Jorge Pablo Diego Sebastián Felipe Matías Cristián Rodrigo Francisco Gonzalo Andrés Patricio Manuel Héctor Ricardo Miguel Alejandro Nicolás Víctor Mauricio"
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández"
    ),
)
THAI = Origin(  # many Thai women in Sweden carry a Swedish husband's surname (see the generator)
    ranked(
        "Siriporn Supaporn Kanya Malee Nittaya Pornthip Sunisa Wanida Somying Ratana Jintana Araya Suda Nongnuch Pranee Kanokwan Duangjai Sukanya Ploy Anong"
    ),
    ranked(
        "Somchai Somsak Prasert Sombat Wichai Anan Chaiya Surachai Niran Boonmee Kittisak Thanakorn Narong Sakda Preecha"
    ),
    ranked(
        "Saetang Srisuk Wongsawat Chaiyaporn Kaewkham Boonmee Srisawat Phromma Thongdee Rattanakorn Sukjai Khamsri Intharasuk Chanthawong Jaidee Panyawong Suwannarat Thongchai Saelee Nakprasert"
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Sneha Divya Kavya Deepa Lakshmi Sunita Anita Meera Shreya Ananya Aishwarya Swati Nisha Rekha Harpreet Simran Aarti Ritu Shweta Padma"
    ),
    ranked(
        "Rahul Amit Rajesh Suresh Vikram Arjun Sanjay Anil Ravi Vijay Karthik Prakash Sunil Ramesh Manoj Deepak Aditya Rohit Gurpreet Manish Nikhil Srinivas Venkatesh Harish"
    ),
    ranked(
        "Patel Sharma Singh Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Das Verma Agarwal Pillai Menon Krishnan Chopra Malhotra Banerjee Mukherjee Desai Kulkarni Bhat Kaur Srinivasan Naidu"
    ),
)
CHINESE = Origin(
    ranked(
        "Fang Jing Min Ying Yan Xiaoyan Hui Mei Ling Xin Yanling Lili Xiaohong Meiling Huifang Yuqing Ziyi Xinyi Juan Lan"
    ),
    ranked(
        "Wei Jun Hao Lei Qiang Jian Tao Ming Yong Peng Chao Xiaodong Zhiwei Jianhua Haoran Yifan Zihao Guang Bin Long"
    ),
    ranked(
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang"
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Kateryna Olha Anastasiia Viktoriia Mariia Liudmyla Halyna Nadiia Valentyna Alina Daria Yana Khrystyna"
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Yurii Ivan Vasyl Viktor Maksym Ihor Petro Bohdan Taras Roman Vitalii Denys Artem"
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Ponomarenko Vasylenko Levchenko Zhuravskyi Ostrovskyi"
    ),
)

ORIGINS = {
    "swedish": SWEDISH, "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC,
    "persian": PERSIAN, "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN,
    "polish": POLISH, "bcs": BCS, "turkish": TURKISH, "latin": LATIN, "thai": THAI,
    "indian": INDIAN, "chinese": CHINESE, "ukrainian": UKRAINIAN,
}  # fmt: skip

# Who is named, by the language of the row: Swedish text roughly as Sweden's population (about
# 70% Swedish names, then the largest groups born abroad or with parents born abroad); English
# text as British and American workplaces and English-speaking staff in Sweden have them; mixed
# text as Swedish workplaces that write in both languages.
MIXES = {
    "sv": {
        "swedish": 70, "arabic": 6.5, "finnish": 3.5, "persian": 2.5, "polish": 2.5, "bcs": 2.5,
        "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "eritrean": 1.3, "indian": 1.3,
        "ukrainian": 1.2, "latin": 1.0, "thai": 0.9, "chinese": 0.8, "uk": 0.4, "us": 0.4,
    },
    "en": {
        "uk": 33, "us": 30, "swedish": 12, "indian": 6, "polish": 3.5, "arabic": 3, "chinese": 2,
        "latin": 2, "ukrainian": 1.5, "somali": 1, "persian": 1, "turkish": 1, "finnish": 1,
        "eritrean": 1, "bcs": 1, "thai": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 8, "us": 7, "arabic": 6, "polish": 3.5, "indian": 3.5, "finnish": 3,
        "persian": 3, "bcs": 2.5, "ukrainian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "eritrean": 1.5, "chinese": 1.5, "latin": 1.2, "thai": 1,
    },
}  # fmt: skip

# Short forms as people use them at work, in chat and on rosters: a formal given name -> its
# short forms (Swedish and English, and a few of the other origins).
NICKNAMES = {
    "Joakim": ("Jocke",), "Mikael": ("Micke",), "Lars": ("Lasse",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Marcus": ("Mackan",), "Thomas": ("Tompa", "Tom"), "Tomas": ("Tompa",), "Fredrik": ("Fredde",),
    "Magnus": ("Mange",), "Jonas": ("Jonte",), "Niklas": ("Nicke",), "Henrik": ("Henke",),
    "Patrik": ("Patte",), "Robert": ("Robban", "Rob", "Bob"), "Tobias": ("Tobbe",),
    "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",), "Kristina": ("Kicki", "Stina"),
    "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan",), "Birgitta": ("Bittan", "Gittan"),
    "Cecilia": ("Cissi",), "Jessica": ("Jessan", "Jess"), "Viktoria": ("Vicky",),
    "Josefin": ("Josse",), "Rebecka": ("Becka",), "Johanna": ("Jossan", "Hanna"),
    "Gustav": ("Gurra", "Gösta"), "Göran": ("Gurra",), "Bengt": ("Bengan",), "Stefan": ("Steffe",),
    "Mattias": ("Matte",), "Mats": ("Matte",), "Leif": ("Leffe",), "Ulf": ("Uffe",),
    "Kent": ("Kenta",), "Jan": ("Janne",), "Hans": ("Hasse",), "Rolf": ("Roffe",),
    "Daniel": ("Danne", "Dan", "Danny"), "Christoffer": ("Stoffe",),
    "Andreas": ("Andy",), "Anders": ("Ante",), "Johan": ("Jojje",), "Alexander": ("Alex", "Sasha"),
    "Alexandra": ("Alex", "Sandra"), "Elisabeth": ("Lisa", "Lisbeth"), "Madeleine": ("Maddie",),
    "Gunilla": ("Gunnel",), "Ingrid": ("Inga",), "Emelie": ("Emmy",), "Linnea": ("Nea",),
    "Christer": ("Kicken",), "Kenneth": ("Kenta", "Ken"),
    "Michael": ("Mike", "Mick"), "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"),
    "Christopher": ("Chris",), "William": ("Bill", "Will"), "James": ("Jim", "Jamie"),
    "Richard": ("Rich", "Rick"), "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Katherine": ("Kate", "Katie"), "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"),
    "Deborah": ("Debbie", "Deb"), "Susan": ("Sue",), "Rebecca": ("Becky", "Becca"),
    "Samantha": ("Sam",), "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Jonathan": ("Jon",),
    "Steven": ("Steve",), "Stephen": ("Steve",), "Edward": ("Ed", "Eddie"), "David": ("Dave",),
    "Andrew": ("Andy", "Drew"), "Timothy": ("Tim",), "Gregory": ("Greg",), "Victoria": ("Vicky",),
    "Stephanie": ("Steph",), "Christina": ("Tina",), "Abigail": ("Abby",), "Oliver": ("Ollie",),
    "Catherine": ("Cathy", "Kate"), "Nicola": ("Nicky",), "Samuel": ("Sam",),
    "Zachary": ("Zach",), "Kimberly": ("Kim",), "Jacqueline": ("Jackie",),
    "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",),
    "Mohammed": ("Mo",), "Mohamed": ("Mo",), "Abdirahman": ("Abdi",), "Oleksandr": ("Sasha",),
    "Volodymyr": ("Volodya",), "Siriporn": ("Pim",), "Supaporn": ("Porn",), "Juhani": ("Jussi",),
}  # fmt: skip

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"})


def plain(word: str) -> str:
    """A name as typed without its letters: `Wiśniewski` -> `Wisniewski`, `Ayşe` -> `Ayse`."""
    word = word.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish (or Ukrainian) surname as a woman carries it: -ski -> -ska, -cki -> -cka."""
    for ending, female in (("skyi", "ska"), ("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(ending):
            return surname[: -len(ending)] + female
    return surname
