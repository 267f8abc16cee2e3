# ruff: noqa: E501
"""Name pools of held-out AQ (issue 15): names as the population has them, a twenty-second writer.

Written from the writer's general knowledge, as Python data (stdlib only at generate time):

- Swedish given names and surnames in the order of SCB's name statistics (weight 1/rank). The
  surnames Ali, Mohammed, Ahmed and Hassan, which SCB's list holds, are left to the origin pools
  they come from, so that a Swedish given name is not paired with them by chance.
- The US Census 1990 lists (female and male first names, surnames): the first 400 of each in the
  census's order, with its per cent as weight. The writer wrote a per cent for many names (an
  anchor, `Name:0.123`); a name without one takes a value between the anchors around it (log-
  linear by rank). The census's own spellings are kept (`Micheal`, `Rodriquez`), but `Mc` and
  `O'` names are written as people write them (`McDonald`, `O'Brien`).
- UK given names and surnames (ONS rankings: given names of births over several decades, so that
  adults' names are there as well as children's; surnames as the register has them), 1/rank.
- The commonest given names and surnames of origins common in Sweden, 1/rank: Finnish, Arabic (Syria, Iraq, Lebanon, with Assyrian/Syriac names), Persian (Iran
  and Dari-speaking Afghanistan), Kurdish, Somali, Eritrean/Ethiopian, Polish (feminine -ska),
  Bosnian/Serbian/Croatian, Turkish, Chilean/Latin American (two surnames), Thai, Indian,
  Chinese (pinyin) and Ukrainian (the passport's transliteration).

`MIXES` says who is named in text of each language, roughly as Sweden's population has them
(Swedish text ~70% Swedish names). `HEAD_SHARE` of name words come from a list's head (the top
150 of a list of 200 names or more, the top third of a shorter one), the rest from its tail, by
weight inside each part. `NICKNAMES` are the short forms people use for some given names.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


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


def _head(n: int) -> int:
    return 150 if n >= 200 else max(6, n // 3)


def ranked(text: str) -> Pool:
    """Names in rank order, weight 1/rank."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), _head(len(names)))


def census(text: str) -> Pool:
    """Names in the census's order; `Name:pct` anchors, the rest log-linear between them."""
    names: list[str] = []
    anchors: dict[int, float] = {}
    for token in text.split():
        name, _, pct = token.partition(":")
        if pct:
            anchors[len(names)] = float(pct)
        names.append(name)
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    assert 0 in anchors and len(names) - 1 in anchors
    keys = sorted(anchors)
    weights: list[float] = []
    for i in range(len(names)):
        if i in anchors:
            weights.append(anchors[i])
            continue
        lo = max(k for k in keys if k < i)
        hi = min(k for k in keys if k > i)
        t = (i - lo) / (hi - lo)
        weights.append(math.exp(math.log(anchors[lo]) * (1 - t) + math.log(anchors[hi]) * t))
    return Pool(tuple(names), tuple(weights), _head(len(names)))


SWEDISH = Origin(
    given_f=ranked("""
        Anna Eva Maria Karin Sara Christina Lena Emma Kerstin Marie Ingrid Malin Jenny Hanna
        Linda Annika Birgitta Susanne Elin Sofia Monica Inger Johanna Ida Carina Julia Elisabeth
        Ulla Helena Camilla Linnéa Katarina Margareta Åsa Anneli Cecilia Sandra Frida Gunilla
        Amanda Matilda Ebba Therese Anette Caroline Josefin Alice Lisa Elsa Maja Agneta Ann Ella
        Ulrika Moa Emelie Wilma Klara Louise Sanna Jessica Lina Pia Petra Alva Siv Ellen Agnes
        Astrid Gun Barbro Britt Marianne Yvonne Ann-Christin Charlotte Madeleine Viktoria Olivia
        Nora Freja Felicia Isabelle Tove Emilia Rebecka Alma Stina Mikaela Lisbeth Gunnel
        Jeanette Ann-Marie Anna-Karin Eva-Lena Maj-Britt Margit Sigrid Saga Tilda Vera Selma Signe
        Elvira Hedvig Ronja Nellie Thea Lova Tuva Linn Hilda Ingela Helén Kristin Susann Mona
        Veronica Annelie Eleonor Evelina Fanny Ylva Karolina Rut Inga Elsie Maud Solveig Ewa
        Christin Marita Ann-Sofie Carola Mia Kajsa Jennie Elina Erika Tina Gabriella Paulina
        Nathalie Angelica Jonna Sofie Lovisa Märta Greta Iris Stella Svea Tyra
        Idun Meja Juni Mira Leah Nova Ines Liv My Minna Cajsa Majken Lilian Viola Ingegerd Gunvor
        Elise Hillevi Ingalill Marlene Sonja Lillemor Aina Ethel Berit Brita Ingeborg Dagny
        Ragnhild Anki Catarina Pernilla Jannike Lotta Marika Elisabet Lisette Sussanne
        Johanne Mathilda Hedda Valborg Elida Tindra Bianca Emmy Melissa Michaela Nadja Natalie
        Filippa Wilhelmina Vendela Elvina Estelle Livia Märit Anneliese Henrika
        Kristina Gerd Hjördis Irma Asta Edit Dagmar Lilly Ingalena Mari Lea Joline
        Melinda Angelina Fredrika Malva Siri Ester Ingeli Kicki Ann-Louise Eva-Karin Marie-Louise
    """),
    given_m=ranked("""
        Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Andreas
        Stefan Bengt Magnus Mats Bo Nils Jonas Marcus Björn Mattias Leif Göran Alexander Martin
        Oskar Ulf Henrik Patrik Sven Gustav Viktor Christer Niklas Tommy Kjell Olof Lennart Simon
        Emil Robert David Filip Sebastian Tobias Joakim Åke Christian Roger Jakob Rolf Kent
        William Gunnar Anton Håkan Rickard Axel Kristoffer Jesper Robin Stig Linus Jimmy Ludvig
        Dan Oliver Elias Lucas Hugo Liam Isak Adam Albin Jonathan Pontus Kenneth Claes Ola
        Roland Torbjörn Conny Hampus Rasmus Gabriel Theo Vincent Noah Leo Arvid Wilhelm Edvin
        Viggo Melvin Alfred Elliot Benjamin Max Sixten Ture Harald Ingvar Arne Karl-Erik
        Lars-Erik Per-Olof Jan-Erik Carl-Johan Bertil Sten Tore Gösta Rune Sture Kurt Evert Ove
        Folke Ragnar Birger Dennis Kevin Jens Kim Mathias Richard Johnny Joel Samuel Josef Jacob
        Petter Carl Michael Christoffer Göte Valter Loke Ebbe Malte Holger Vidar
        Sigge Frans Henning Nils-Erik Ulrik Staffan Torsten Yngve Einar Erland Sune Helge Verner
        Gillis Hjalmar Algot Assar Jörgen Ronny Glenn Tony Benny Börje Leopold Birk Melker Otto
        Ivar Alvar Tage Ville Milo Love Levi Colin Casper Julius Sigvard Lage Egon Hilding Gert
        Lars-Göran Bengt-Åke Karl-Johan Per-Anders Jan-Olof Hans-Erik Mauritz Anselm
        Gustaf Oscar Niclas Fabian Marcel Edvard Isidor Nore Vilgot Kasper Jon August Teodor
        Elof Enar Ingemar Sölve Seth Rikard Sonny Sam Ivan Aron Jim Ted Morgan
        Krister Lennarth Kristian Torgny Jarl Hannes Ludwig Wiktor Herman Emanuel Joachim Matteus
    """),
    surnames=ranked("""
        Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
        Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson
        Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren
        Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin
        Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
        Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg
        Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson
        Pålsson Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren
        Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg
        Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist Sundström
        Nyman Jonasson Lindahl Åström Borg Lindén Johnsson Sundqvist Jeppsson Strand Åkerlund
        Holmström Lindblom Ekberg Hedberg Sjöström Söderström Hedström Forslund Sundin Nordlund
        Engberg Malmberg Kristiansson Nordqvist Ekman Adolfsson Augustsson Boström Göransson
        Ottosson Hägglund Ivarsson Öhman Granath Rydberg Bäckström Sjödin Carlsson Nordgren
        Bergkvist Edlund Kjellberg Backman Vikström Grahn Höglund Stenberg Lundell Skoglund
        Thorén Westerberg Rosén Wennberg Wahlström Holmén Lindkvist Hellberg
        Nordberg Wiklund Sundell Lindh Ahlberg Hammar Sjölund Eklöf Bergh Öst Jakobsen
        Engman Hallberg Lindmark Lindroos Näslund Rask Söderlund Wikman Åhman Ståhl Lövgren
        Kling Melin Hedman Wester Sandin Törnqvist Sahlin Modig Nord Ekholm Pihl Wirén Hagberg
        Rehn Hjalmarsson Lilja Sjöholm Lindell Gran Bohlin Lönn Edström Ljung Olander Tellström
        Frisk Bjurström Wallgren Hedin Sjöqvist Ljungberg Ågren Brandt Bodin Lindvall Fors
        Nordén Berlin Wahlberg Roos Nykvist Hagström Stenström Westin Engdahl Lundmark Strömqvist
        Sandell Sundén Rönnqvist Hult Tornberg Westman Kvist Fält Sörensen Wall Åkerman Asplund
        Jernberg Dahlgren Egnell Brännström Lindelöf Thunberg Sandgren Gustavsson Häggström
        Burman Strandberg Lindbäck Wedin Grönlund Alm Eklind Hjort Palm Lennartsson Mörk
        Spångberg Säfström Vesterlund Winberg Ohlsson Ljunggren Mossberg Rapp Segerström Åslund
        Kronberg Tegnér Enqvist Bylund Hörnfeldt Ingvarsson Lagerqvist Pelander Rydén Tidblad
    """),
)

US = Origin(
    given_f=census("""
        Mary:2.629 Patricia:1.073 Linda:1.035 Barbara:0.980 Elizabeth:0.937 Jennifer:0.932
        Maria:0.828 Susan:0.794 Margaret:0.768 Dorothy:0.727 Lisa:0.704 Nancy:0.669 Karen:0.667
        Betty:0.666 Helen:0.663 Sandra:0.629 Donna:0.583 Carol:0.565 Ruth:0.562 Sharon:0.522
        Michelle:0.519 Laura:0.510 Sarah:0.508 Kimberly:0.504 Deborah:0.494 Jessica:0.490
        Shirley:0.482 Cynthia:0.469 Angela:0.468 Melissa:0.462 Brenda:0.455 Amy:0.451
        Anna:0.440 Rebecca:0.430 Virginia:0.430 Kathleen:0.424 Pamela:0.416 Martha:0.412
        Debra:0.408 Amanda:0.404 Stephanie:0.400 Carolyn:0.385 Christine:0.382 Marie:0.379
        Janet:0.379 Catherine:0.373 Frances:0.370 Ann:0.364 Joyce:0.364 Diane:0.359 Alice:0.357
        Julie:0.348 Heather:0.337 Teresa:0.336 Doris:0.335 Gloria:0.335 Evelyn:0.322 Jean:0.315
        Cheryl:0.315 Mildred:0.313 Katherine:0.313 Joan:0.306 Ashley:0.303 Judith:0.297
        Rose:0.296 Janice:0.285 Kelly:0.283 Nicole:0.281 Judy:0.276 Christina:0.275 Kathy:0.272
        Theresa:0.271 Beverly:0.267 Denise:0.264 Tammy:0.259 Irene:0.252 Jane:0.250 Lori:0.248
        Rachel:0.242 Marilyn:0.241 Andrea:0.236 Kathryn:0.234 Louise:0.229 Sara:0.229
        Anne:0.228 Jacqueline:0.228 Wanda:0.226 Bonnie:0.223 Julia:0.223 Ruby:0.221 Lois:0.220
        Tina:0.220 Phyllis:0.219 Norma:0.218 Paula:0.217 Diana:0.216 Annie:0.216 Lillian:0.211
        Emily:0.208 Robin:0.208 Peggy:0.208 Crystal:0.207 Gladys:0.205 Rita:0.204 Dawn:0.202
        Connie:0.200 Florence:0.200 Tracy:0.197 Edna:0.197 Tiffany:0.195 Carmen:0.195
        Rosa:0.194 Cindy:0.191 Grace:0.189 Wendy:0.185 Victoria:0.180 Edith:0.179 Kim:0.178
        Sherry:0.178 Sylvia:0.177 Josephine:0.177 Thelma:0.175 Shannon:0.175 Sheila:0.175
        Ethel:0.174 Ellen:0.173 Elaine:0.173 Marjorie:0.173 Carrie:0.171 Charlotte:0.169
        Monica:0.166 Esther:0.166 Pauline:0.165 Emma:0.165 Juanita:0.164 Anita:0.162
        Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157 April:0.154 Leslie:0.154
        Clara:0.153 Lucille:0.152 Jamie:0.152 Joanne:0.150 Eleanor:0.150 Valerie:0.149
        Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145
        Bertha:0.143 Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141
        Lauren:0.137 Cathy:0.137 Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133
        Erica:0.130 Beatrice:0.130 Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126
        Annette:0.125 June:0.125 Samantha:0.124 Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120
        Renee:0.120 Ida:0.118 Vivian:0.118 Roberta:0.117 Holly:0.117 Brittany:0.117
        Melanie:0.116 Loretta:0.115 Yolanda:0.115 Jeanette:0.115 Laurie:0.114 Katie:0.113
        Kristen:0.111 Vanessa:0.111 Alma:0.111 Sue:0.111 Elsie:0.110 Beth:0.110 Jeanne:0.109
        Vicki Carla Tara Rosemary Eileen Terri Gertrude Lucy Tonya Ella:0.097 Stacey Wilma Gina
        Kristin Jessie Natalie Agnes Vera Willie Charlene:0.089 Bessie Delores Melinda Pearl
        Arlene Maureen Colleen Allison Tamara Joy:0.084 Georgia Constance Lillie Claudia Jackie
        Marcia Tanya Nellie Minnie Marlene:0.080 Heidi Glenda Lydia Viola Courtney Marian Stella
        Caroline Dora Jo:0.077 Vickie Mattie Terry Maxine Irma Mabel Marsha Myrtle Lena
        Christy:0.074 Deanna Patsy Hilda Gwendolyn Jennie Nora Margie Nina Cassandra Leah:0.071
        Penny Kay Priscilla Naomi Carole Brandy Olga Billie Dianne Tracey:0.069 Leona Jenny
        Felicia Sonia Miriam Velma Becky Bobbie Violet Kristina:0.066 Toni Misty Mae Shelly Daisy
        Ramona Sherri Erika Katrina Claire:0.064 Lindsey Lindsay Geneva Guadalupe Belinda
        Margarita Sheryl Cora Faye Ada:0.062 Natasha Sabrina Isabel Marguerite Hattie Harriet
        Molly Cecilia Kristi Brandi:0.060 Blanche Sandy Rosie Joanna Iris Eunice Angie Inez Lynda
        Madeline:0.058 Amelia Alberta Genevieve Monique Jodi Janie Maggie Kayla Sonya Jan:0.056
        Lee Kristine Candace Fannie Maryann Opal Alison Yvette Melody Luz:0.055 Susie Olivia
        Flora Shelley Kristy Mamie Lula Lola Verna Beulah:0.053 Antoinette Candice Juana
        Jeannette Pam Kelli Hannah Whitney Bridget Karla:0.052 Celia Latoya Patty Shelia Gayle
        Della Vicky Lynne Sheri Marianne:0.051 Kara Jacquelyn Erma Blanca Myra Leticia Pat Krista
        Roxanne Angelica:0.050 Johnnie Robyn Francis Adrienne Rosalie Alexandra Brooke Bethany
        Sadie Bernadette:0.049
    """),
    given_m=census("""
        James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363
        Richard:1.703 Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974
        Paul:0.948 Mark:0.938 Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779
        Brian:0.736 Ronald:0.725 Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650
        Timothy:0.640 Jose:0.613 Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544
        Stephen:0.540 Andrew:0.537 Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432
        Dennis:0.415 Walter:0.399 Patrick:0.389 Peter:0.381 Harold:0.371 Douglas:0.367
        Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328 Roger:0.322 Joe:0.321 Juan:0.320
        Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311 Terry:0.311 Gerald:0.309 Keith:0.308
        Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282 Nicholas:0.275 Roy:0.273
        Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251 Fred:0.251 Wayne:0.249
        Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240 Randy:0.232 Howard:0.230
        Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222 Martin:0.216
        Ernest:0.215 Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204 Shawn:0.200
        Clarence:0.197 Sean:0.197 Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193 Jimmy:0.191
        Antonio:0.190 Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189 Stanley:0.186
        Leonard:0.186 Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180 Curtis:0.180
        Norman:0.177 Allen:0.174 Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166
        Travis:0.161 Jeff:0.160 Chad:0.160 Jacob:0.159 Lee:0.159 Melvin:0.159 Alfred:0.158
        Kyle:0.158 Francis:0.157 Bradley:0.156 Jesus:0.155 Herbert:0.155 Frederick:0.154
        Ray:0.153 Joel:0.152 Edwin:0.148 Don:0.145 Eddie:0.144 Ricky:0.141 Troy:0.138
        Randall:0.136 Barry:0.134 Alexander:0.132 Bernard:0.127 Mario:0.125 Leroy:0.125
        Francisco:0.124 Marcus:0.124 Micheal:0.123 Theodore:0.123 Clifford:0.120 Miguel:0.118
        Oscar:0.116 Jay:0.116 Jim:0.116 Tom:0.116 Calvin:0.115 Alex:0.115 Jon:0.115
        Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112 Leon:0.112 Derek:0.112 Warren:0.110
        Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 Alvin:0.106 Tim:0.106 Wesley:0.106
        Gordon:0.105 Dean:0.105 Greg:0.105 Jorge:0.104 Dustin:0.103 Pedro:0.103 Derrick:0.103
        Dan:0.101 Lewis:0.099 Zachary:0.099 Corey:0.098 Herman:0.097 Maurice:0.097 Vernon:0.097
        Roberto:0.097 Clyde:0.095 Glen:0.094 Hector:0.094 Shane:0.093 Ricardo:0.093 Sam:0.092
        Rick:0.091 Lester:0.091 Brent:0.090 Ramon:0.090 Charlie:0.090 Tyler:0.089 Gilbert:0.089
        Gene:0.087 Marc Reginald Ruben Brett Angel Nathaniel Rafael Leslie Edgar Milton:0.080
        Raul Ben Chester Cecil Duane Franklin Andre Elmer Brad Gabriel:0.075 Ron Mitchell Roland
        Arnold Harvey Jared Adrian Karl Cory Claude:0.071 Erik Darryl Jamie Neil Jessie
        Christian Javier Fernando Clinton Ted:0.068 Mathew Tyrone Darren Lonnie Lance Cody Julio
        Kelly Kurt Allan:0.065 Nelson Guy Clayton Hugh Max Dwayne Dwight Armando Felix
        Jimmie:0.061 Everett Jordan Ian Wallace Ken Bob Jaime Casey Alfredo Alberto:0.058 Dave
        Ivan Johnnie Sidney Byron Julian Isaac Morris Clifton Willard:0.055 Daryl Ross Virgil
        Andy Marshall Salvador Perry Kirk Sergio Marion:0.052 Tracy Seth Kent Terrance Rene
        Eduardo Terrence Enrique Freddie Wade:0.050 Austin Stuart Fredrick Arturo Alejandro
        Jackie Joey Nick Luther Wendell:0.047 Jeremiah Evan Julius Dana Donnie Otis Shannon
        Trevor Oliver Luke:0.045 Homer Gerard Doug Kenny Hubert Angelo Shaun Lyle Matt
        Lynn:0.043 Alfonso Orlando Rex Carlton Ernesto Cameron Neal Pablo Lorenzo Omar:0.041
        Wilbur Blake Grant Horace Roderick Kerry Abraham Willis Rickey Jean:0.039 Ira Andres
        Cesar Johnathan Malcolm Rudolph Damon Kelvin Rudy Preston:0.038 Alton Archie Marco Pete
        Randolph Garry Geoffrey Jonathon Felipe Bennie:0.036 Gerardo Ed Dominic Robin Loren
        Delbert Colin Guillermo Earnest Lucas:0.035 Benny Noel Spencer Rodolfo Myron Edmund
        Garrett Salvatore Cedric Lowell:0.034 Gregg Sherman Wilson Devin Sylvester Kim Roosevelt
        Israel Jermaine Forrest:0.033
    """),
    surnames=census("""
        Smith:1.006 Johnson:0.810 Williams:0.699 Jones:0.621 Brown:0.621 Davis:0.480
        Miller:0.424 Wilson:0.339 Moore:0.312 Taylor:0.311 Anderson:0.311 Thomas:0.311
        Jackson:0.310 White:0.279 Harris:0.275 Martin:0.273 Thompson:0.269 Garcia:0.254
        Martinez:0.234 Robinson:0.233 Clark:0.231 Rodriguez:0.229 Lewis:0.226 Lee:0.220
        Walker:0.219 Hall:0.200 Allen:0.199 Young:0.193 Hernandez:0.192 King:0.190 Wright:0.189
        Lopez:0.187 Hill:0.187 Scott:0.185 Green:0.183 Adams:0.174 Baker:0.171 Gonzalez:0.166
        Nelson:0.162 Carter:0.162 Mitchell:0.160 Perez:0.155 Roberts:0.153 Turner:0.152
        Phillips:0.149 Campbell:0.149 Parker:0.146 Evans:0.141 Edwards:0.137 Collins:0.134
        Stewart Sanchez Morris Rogers Reed Cook Morgan Bell Murphy Bailey:0.115 Rivera Cooper
        Richardson Cox Howard Ward Torres Peterson Gray Ramirez:0.105 James Watson Brooks Kelly
        Sanders Price Bennett Wood Barnes Ross:0.098 Henderson Coleman Jenkins Perry Powell Long
        Patterson Hughes Flores Washington:0.094 Butler Simmons Foster Gonzales Bryant Alexander
        Russell Griffin Diaz Hayes:0.091 Myers Ford Hamilton Graham Sullivan Wallace Woods Cole
        West Jordan:0.078 Owens Reynolds Fisher Ellis Harrison Gibson McDonald Cruz Marshall
        Ortiz:0.073 Gomez Murray Freeman Wells Webb Simpson Stevens Tucker Porter Hunter:0.069
        Hicks Crawford Henry Boyd Mason Morales Kennedy Warren Dixon Ramos:0.066 Reyes Burns
        Gordon Shaw Holmes Rice Robertson Hunt Black Daniels:0.064 Palmer Mills Nichols Grant
        Knight Ferguson Rose Stone Hawkins Dunn:0.061 Perkins Hudson Spencer Gardner Stephens
        Payne Pierce Berry Matthews Arnold:0.058 Wagner Willis Ray Watkins Olson Carroll Duncan
        Snyder Hart Cunningham:0.056 Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong
        Carpenter Weaver:0.054 Greene Lawrence Elliott Chavez Sims Austin Peters Kelley Franklin
        Lawson:0.052 Fields Gutierrez Ryan Schmidt Carr Vasquez Castillo Wheeler Chapman
        Oliver:0.050 Montgomery Richards Williamson Johnston Banks Meyer Bishop McCoy Howell
        Alvarez:0.048 Morrison Hansen Fernandez Garza Harvey Little Burton Stanley Nguyen
        George:0.046 Jacobs Reid Fuller Lynch Dean Gilbert Garrett Romero Welch Larson:0.045
        Frazier Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer:0.043 Hoffman Carlson
        Silva Pearson Holland Douglas Fleming Jensen Vargas Byrd:0.042 Davidson Hopkins May Terry
        Herrera Wade Soto Walters Curtis Neal:0.040 Caldwell Lowe Jennings Barnett Graves Jimenez
        Horton Shelton Barrett O'Brien:0.039 Castro Sutton Gregory McKinney Lucas Miles Craig
        Rodriquez Chambers Holt:0.038 Lambert Fletcher Watts Bates Hale Rhodes Pena Beck Newman
        Haynes:0.037 McDaniel Mendez Bush Vaughn Parks Dawson Santiago Norris Hardy Love:0.036
        Steele Curry Powers Schultz Barker Guzman Page Munoz Ball Keller:0.035 Chandler Weber
        Leonard Walsh Lyons Ramsey Wolfe Schneider Mullins Benson:0.034 Sharp Bowen Daniel Barber
        Cummings Hines Baldwin Griffith Valdez Hubbard:0.033 Salazar Reeves Warner Stevenson
        Burgess Santos Tate Cross Garner Mann:0.032 Mack Moss Thornton Dennis McGee Farmer
        Delgado Aguilar Vega Glover:0.031 Manning Cohen Harmon Rodgers Robbins Newton Todd Blair
        Higgins Ingram:0.030 Reese Cannon Strickland Townsend Potter Goodwin Walton Rowe Hampton
        Ortega:0.029 Patton Swanson Joseph Francis Goodman Maldonado Yates Becker Erickson
        Hodges:0.029 Rios Conner Adkins Webster Norman Malone Hammond Flowers Cobb Moody:0.028
    """),
)

UK = Origin(
    given_f=ranked("""
        Sarah Emma Claire Laura Rebecca Charlotte Lucy Hannah Emily Sophie Jessica Amy Katie
        Gemma Rachel Helen Victoria Louise Nicola Jennifer Elizabeth Kate Susan Karen Julie
        Alison Lisa Joanne Michelle Caroline Jane Deborah Amanda Margaret Catherine Olivia Amelia
        Isla Grace Chloe Megan Lauren Zoe Natalie Samantha Kirsty Stephanie Lindsay Fiona
        Heather Ruth Anne Mary Patricia Christine Linda Sandra Angela Tracey Dawn Wendy Gillian
        Jacqueline Diane Carol Sharon Paula Lorraine Jill Hayley Kelly Danielle Leanne Stacey
        Jade Holly Ella Mia Poppy Freya Evie Lily Isabella Ava Abigail Eleanor Georgia Harriet
        Alice Florence Imogen Bethany Molly Millie Phoebe Eve Scarlett Daisy Ellie Jasmine Niamh
        Siobhan Kerry Carly Rosie Alexandra Naomi Abbie Rhiannon Eilidh Ffion Seren Bethan Cerys
        Sian Beverley Janet Pauline Valerie Maureen Brenda Jean Sheila Doreen Joan Irene Elaine
        Denise Tina Yvonne Andrea Marie Shirley Sylvia Hazel Julia Rosemary Penelope Philippa
        Joanna Clare Katherine Kathryn Sally Judith Lynn Jenny Annabel Beatrice Matilda Esme
        Iris Ivy Aisha Fatima Zara Priya Amira Maryam Aaliyah Nadia Yasmin Sana Aoife Orla
        Caitlin Kayleigh Shannon Chelsea Tanya Lesley Morag Catriona Ailsa Kirstie Gwen Nia
        Bronwen Carys Eluned Meera Anjali Harpreet Shabnam Nasreen Rukhsana Tamsin Verity
        Hermione Cressida Felicity Jemima Tabitha Arabella Clementine Rosalind Miranda Lydia
        Hollie Leah Paige Amber Courtney Kimberley Toni Kerry-Ann Lyndsey Joanne-Marie Marion
        Edna Mavis Audrey Glenys Lorna Elspeth Isobel Flora Martha Edith Nancy Mabel Elsie
    """),
    given_m=ranked("""
        David John Paul Andrew Mark James Michael Richard Peter Stephen Robert Christopher Ian
        Daniel Thomas Matthew William Simon Steven Anthony Gary Alan Kevin Martin Jonathan Neil
        Graham Stuart Darren Lee Craig Adam Jamie Ryan Luke Benjamin Samuel Joseph Jack Oliver
        Harry George Charlie Jacob Alexander Liam Callum Connor Kieran Nathan Ashley Dean Wayne
        Carl Jason Scott Philip Keith Brian Colin Kenneth Trevor Barry Malcolm Derek Roger Nigel
        Timothy Edward Nicholas Patrick Sean Gareth Rhys Owen Dylan Lewis Jordan Aaron Joshua
        Ethan Noah Oscar Leo Archie Alfie Freddie Henry Arthur Theo Max Toby Hugo Rory Ewan Fraser
        Hamish Angus Euan Niall Declan Ciaran Dominic Rupert Giles Hugh Tom Ben Sam Dan Rob
        Mohammed Muhammad Ali Imran Omar Hassan Ahmed Tariq Bilal Terry Raymond Dennis Frank
        Ronald Leslie Clive Gordon Roy Norman Stanley Victor Harold Ernest Albert Frederick
        Reginald Gerald Bernard Russell Glen Douglas Duncan Alistair Iain Gregor Ross Blair Kyle
        Jake Bradley Reece Tyler Mason Logan Harrison Finley Reuben Elliot Jasper Barnaby Crispin
        Tristan Piers Jeremy Julian Quentin Guy Marcus Lloyd Huw Dafydd Gethin Emyr Iwan Aled
        Cian Padraig Eoin Ronan Sanjay Rajesh Amit Vikram Harpreet Gurpreet Kwame Kofi Tunde
        Olu Chidi Emeka Delroy Winston Errol Leon Nathaniel Zachary Isaac Elijah Caleb Gabriel
        Sebastian Felix Rufus Ralph Cyril Wilfred Herbert Percy Cecil Walter Sidney Leonard
    """),
    surnames=ranked("""
        Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
        Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson
        Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan
        Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell
        Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan
        Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb
        Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes
        Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
        Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders
        Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson
        Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes
        Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
        Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
        Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
        Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
        Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
        McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
        Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read
        Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater
        Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton
        Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings
        Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton
        Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd
        Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris
        Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey Pickering Hargreaves
        Ashworth Sheppard Lord Rahman Iqbal Mahmood Chowdhury Uddin Llewellyn
        Pugh Howells Jenkinson Mackenzie MacLeod Fraser Sinclair Grieve Boyle Kerr Duffy
    """),
)

FINNISH = Origin(
    given_f=ranked("""
        Tuula Anne Päivi Sari Leena Pirjo Tarja Riitta Marja Anneli Helena Kirsi Minna Tiina
        Hanna Johanna Katja Liisa Satu Eija Seija Merja Aino Eila Ritva Sirkka Marjatta Heli
        Outi Pia Terhi Maarit Elina Noora Aila Raija Kaija Hilkka Irmeli
    """),
    given_m=ranked("""
        Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne
        Ari Sami Petri Tuomas Ville Jussi Esa Pentti Veikko Raimo Lauri Teemu Risto Arto Jouni
        Kimmo Erkki Reijo Tapio Oskari Eero Aleksi Harri Jyrki Olli
    """),
    surnames=ranked("""
        Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
        Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
        Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen
        Lindroos Hakala Kärkkäinen Väisänen Pitkänen Räsänen Seppälä Ketola Huttunen Kallio
        Leinonen Miettinen Peltonen Nurmi Hyvönen
    """),
)

ARABIC = Origin(
    given_f=ranked("""
        Fatima Maryam Sara Noor Zainab Aya Rana Hiba Rasha Lina Huda Amal Dina Nour Yasmin Reem
        Layla Hala Shamiram Israa Asma Shahad Rahaf Ghada Samar Nadia Iman Mariam Salma Ninorta
        Nahrin Rima Ruba Jana Marwa Lama Nisreen Sawsan Suha Dalia Hanan Mays Tamara Raghad
    """),
    given_m=ranked("""
        Mohammad Ahmad Ali Omar Mahmoud Hussein Hassan Khaled Mustafa Ibrahim Yousef Abdullah
        Ammar Karim Rami Samer Bassam Firas Muhannad Mazen Waleed Tarek Nabil Haider Abbas Fadi
        Jamal Sami Ziad Ayman Ninos Sargon Ashur Gabriel Afram Malke Elias Jacob Bashar Hamza
        Anas Muhammed Majid Raad Saad Zaid
    """),
    surnames=ranked("""
        Al-Ali Hassan Ahmad Mohammed Ali Ibrahim Abdullah Hussein Khalil Saleh Mahmoud Othman
        Youssef Haddad Khoury Nasser Al-Hamdani Al-Rubaie Jasim Kareem Abbas Aziz Hamdan Darwish
        Mansour Suleiman Yaseen Al-Saadi Gabriel Aho Barsom Shamoun Yakoub Malki Issa Danho
        Lahdo Ablahad Bahnan Gevriye Al-Jaberi Al-Obaidi Saad Hamid Abboud Najjar Karam Sabbagh
    """),
)

PERSIAN = Origin(
    given_f=ranked("""
        Maryam Fatemeh Zahra Sara Leila Shirin Parisa Mina Narges Nasrin Roya Azadeh Elham Neda
        Samira Golnaz Shabnam Mahsa Nazanin Parvin Soheila Fereshteh Mitra Negin Ladan Sepideh
        Habiba Sediqa Mursal Farzana Tahmina Homa Yasaman
    """),
    given_m=ranked("""
        Mohammad Ali Reza Hossein Mehdi Amir Hamid Farhad Babak Saeed Omid Arash Behrouz Kaveh
        Dariush Majid Navid Peyman Ramin Hamed Kourosh Siamak Pouya Ahmad Farid Naweed Mustafa
        Sohrab Javad Abbas Masoud Bijan Shahram
    """),
    surnames=ranked("""
        Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Jafari Rahimi Sadeghi Ghasemi
        Mousavi Rostami Kazemi Azizi Nazari Amiri Sultani Noori Haidari Akbari Ebrahimi Safari
        Bagheri Heidari Shirazi Farahani Tehrani Jalali Esfahani Rahmani Najafi Sharifi Zamani
    """),
)

KURDISH = Origin(
    given_f=ranked("""
        Dilan Rojin Berfin Nazdar Shilan Gulistan Evin Avin Nishtiman Jiyan Sara Hana Shirin
        Zhila Rezan Hevin Bahar Nasrin Viyan Lana Shanaz Soma Bezma Delal Rozhin
    """),
    given_m=ranked("""
        Karwan Shvan Dilshad Aram Rebwar Hawre Zana Kawa Hiwa Sherko Azad Baran Soran Rebin Hemin
        Ari Hogir Dler Bakhtiyar Shakar Rawand Diyar Serdar Newroz Alan Bawar
    """),
    surnames=ranked("""
        Ahmed Mohammed Hassan Omar Rashid Karim Aziz Abdullah Mahmoud Qadir Hama Salih Amin
        Rasul Faraj Saeed Ibrahim Mustafa Hussein Kaya Aydin Sherwani Baban Zebari Ismail
    """),
)

SOMALI = Origin(
    given_f=ranked("""
        Fadumo Hodan Hibo Amina Asha Sahra Ifrah Ayan Sagal Nimco Deeqa Ubah Khadra Hamdi Farhiya
        Idil Najma Ladan Muna Faiza Hawa Maryan Safiya Sucaad Ilhan Halima Anab
    """),
    given_m=ranked("""
        Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Ibrahim Hussein Abdirahman Abdirizak
        Mahad Liban Farah Said Abdiaziz Mukhtar Bashir Guled Hamza Ismail Khalid Mustafe Osman
    """),
    surnames=ranked("""
        Mohamed Ahmed Ali Hassan Abdi Warsame Farah Hussein Osman Jama Yusuf Nur Mohamud Aden
        Ismail Abdullahi Omar Egal Dirie Hersi Elmi Samatar Guled Duale Abdille Yasin Shire
    """),
)

ERITREAN = Origin(
    given_f=ranked("""
        Helen Senait Selam Mebrat Ruth Yodit Saba Hiwet Luwam Feven Winta Bethlehem Meron Tsega
        Aster Almaz Rahel Eden Hanna Eyerusalem Sara Mehret Lidia Semhar Tirhas Abeba
    """),
    given_m=ranked("""
        Tesfaye Yonas Dawit Samuel Yohannes Mulugeta Haile Michael Filmon Biniam Semere Amanuel
        Kidane Mehari Tsegay Daniel Henok Merhawi Robel Teklay Natnael Abel Solomon Eyob
    """),
    surnames=ranked("""
        Tesfamariam Ghebremedhin Habtemariam Woldemichael Tekle Gebremeskel Kahsay Berhe Abraha
        Haile Tesfay Yohannes Mehari Kidane Andemariam Asmelash Negash Okbazghi Zerai Ghebre
        Tesfaye Habte Berhane Gebru Alemu Tadesse Girma
    """),
)

POLISH = Origin(
    given_f=ranked("""
        Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna
        Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina
        Jadwiga Alicja Iwona Justyna Paulina Weronika Sylwia Grażyna Urszula Kinga Patrycja
    """),
    given_m=ranked("""
        Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz
        Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Robert Kamil Józef
        Szymon Ryszard Jacek Kacper Bartosz Przemysław Sebastian Damian Artur
    """),
    surnames=ranked("""
        Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
        Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek
        Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel
        Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Nowicki
        Sikora Walczak Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Zalewski
    """),
)

BCS = Origin(
    given_f=ranked("""
        Amra Emina Selma Lejla Amela Jasmina Mirela Sanela Azra Aida Ajla Edina Ana Marija Ivana
        Jelena Milica Dragana Snežana Vesna Mirjana Gordana Maja Nina Tanja Sanja Nada Biljana
        Alma Merima Elma Dženana Mersiha Senada
    """),
    given_m=ranked("""
        Edin Adnan Amir Emir Mirza Haris Kenan Armin Nermin Senad Mehmed Mustafa Dragan Zoran
        Goran Nenad Milan Stefan Nikola Marko Ivan Luka Dejan Aleksandar Dario Mario Ante Josip
        Tomislav Damir Almir Elvir Jasmin Samir Dino
    """),
    surnames=ranked("""
        Hodžić Hadžić Delić Begić Kovačević Hasanović Mujić Husić Ibrahimović Mehmedović Alić
        Jusić Babić Marić Jovanović Petrović Nikolić Đorđević Ilić Marković Pavlović Stojanović
        Horvat Kovačić Knežević Novak Jurić Vuković Popović Todorović Mešić Smajić Osmanović
        Softić Halilović Čaušević Omerović Tomić Radić Perić
    """),
)

TURKISH = Origin(
    given_f=ranked("""
        Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Büşra Esra
        Özlem Yasemin Derya Gül Ebru Deniz Selin Aylin Melek Dilek Gülsüm Hülya Sevgi Tuba
    """),
    given_m=ranked("""
        Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan
        Halil Süleyman Abdullah Mahmut Recep Emre Burak Can Serkan Kemal Erkan Onur Cem Kaan
        Barış Volkan Tolga Uğur
    """),
    surnames=ranked("""
        Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
        Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Aksoy Tekin Acar Aktaş Bulut
        Ateş Karaca Keskin Ünal Güler Erdem
    """),
)

LATIN = Origin(
    given_f=ranked("""
        María Carolina Camila Francisca Valentina Javiera Constanza Daniela Fernanda Catalina
        Paula Gabriela Andrea Claudia Patricia Verónica Marcela Alejandra Paz Soledad Ximena
        Lorena Macarena Paulina Pilar Isidora Rocío Viviana
    """),
    given_m=ranked("""
        José Juan Luis Carlos Jorge Francisco Cristián Felipe Sebastián Matías Diego Rodrigo
        Pablo Andrés Gonzalo Marcelo Claudio Patricio Manuel Héctor Sergio Ricardo Mauricio
        Eduardo Nicolás Tomás Ignacio Álvaro
    """),
    surnames=ranked("""
        González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez
        López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes
        Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés
        Herrera Núñez Jara Vergara Rivera Figueroa
    """),
)

THAI = Origin(
    given_f=ranked("""
        Siriporn Malee Somsri Pranee Nittaya Wanida Kanya Suda Ratana Supaporn Pornthip Jintana
        Sunisa Araya Wassana Kanokwan Duangjai Naree Nongnuch Pimchanok Chalida Lamai Mayuree
        Oranuch Sasithorn Ampai Rungnapa
    """),
    given_m=ranked("""
        Somchai Somsak Sompong Surachai Prasert Chaiwat Anan Thanawat Kittisak Wichai Niran
        Sakchai Prayut Narong Boonchai Chatchai Apichat Sutthipong Thawatchai Panya
    """),
    surnames=ranked("""
        Saetang Srisuk Sukprasert Wongsawat Chaiyaporn Boonmee Thongdee Kaewkla Jaidee Sombat
        Phromma Suksawat Rattanakorn Intharasuk Kongkaew Pattanapong Srisawat Chanthara Buakaew
        Meesuk Sangthong Phanthong
    """),
)

INDIAN = Origin(
    given_f=ranked("""
        Priya Anjali Pooja Divya Neha Sneha Kavya Deepa Lakshmi Ananya Aishwarya Swati Shruti
        Meera Nisha Ritu Sunita Kavitha Radha Aarti Harpreet Shreya Ramya Vidya Pallavi Madhuri
        Sangeetha Gurpreet Archana Bhavana Preeti Sowmya Tanvi Rashmi Nandini Jyoti
    """),
    given_m=ranked("""
        Rahul Amit Rajesh Sanjay Vijay Arjun Suresh Ravi Anil Sunil Ramesh Manoj Ashok Vikram
        Karthik Venkatesh Srinivas Prakash Abhishek Rohit Nikhil Aditya Siddharth Harsha Praveen
        Gaurav Ankit Deepak Mohan Ganesh Sandeep Arun Naveen Pradeep Varun Akash Sai Kiran
    """),
    surnames=ranked("""
        Kumar Singh Sharma Patel Gupta Reddy Rao Nair Iyer Shah Joshi Mehta Agarwal Verma Mishra
        Pillai Menon Krishnan Das Chatterjee Banerjee Mukherjee Desai Kulkarni Bhat Naidu
        Chaudhary Yadav Pandey Srinivasan Subramanian Venkataraman Raghavan Ghosh Sethi Malhotra
        Kapoor Jain Thakur Hegde
    """),
)

CHINESE = Origin(
    given_f=ranked("""
        Li Jing Ying Yan Hui Xin Min Fang Xiaoli Na Juan Ting Yu Mei Lin Hong Yue Xiaoyan Qian
        Yuqing Jiayi Xinyi Ruoxi Yiwen Siyu Lili Xiaomei Yuting Shuang Wenjing
    """),
    given_m=ranked("""
        Wei Lei Jun Hao Tao Ming Jian Yong Qiang Bo Peng Chao Feng Yang Jie Bin Xiang Gang
        Zhiwei Haoran Yifan Zihao Yuxuan Junjie Jiahao Hongwei Xiaoming Zhen Kai Long
    """),
    surnames=ranked("""
        Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng
        Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du
    """),
)

UKRAINIAN = Origin(
    given_f=ranked("""
        Olena Oksana Nataliia Iryna Tetiana Yuliia Svitlana Kateryna Anastasiia Olha Viktoriia
        Mariia Halyna Liudmyla Anna Daryna Sofiia Alina Khrystyna Yana Larysa Valentyna Inna
    """),
    given_m=ranked("""
        Oleksandr Andrii Serhii Volodymyr Dmytro Oleksii Mykola Yurii Ivan Vasyl Viktor Ihor
        Maksym Bohdan Taras Roman Pavlo Yaroslav Vitalii Denys Artem Mykhailo Anatolii
    """),
    surnames=ranked("""
        Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk
        Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko
        Petrenko Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Vasylenko Levchenko Kharchenko
        Karpenko Kravets
    """),
)

ORIGINS: dict[str, Origin] = {
    "swedish": SWEDISH, "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC,
    "persian": PERSIAN, "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN,
    "polish": POLISH, "bcs": BCS, "turkish": TURKISH, "latin": LATIN, "thai": THAI,
    "indian": INDIAN, "chinese": CHINESE, "ukrainian": UKRAINIAN,
}  # fmt: skip

# Who is named in text of each language (weights; Swedish text ~70% Swedish names, after the
# shares of Sweden's population born in or with parents from each origin).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 6, "finnish": 3.5, "persian": 2.5, "polish": 2.5, "bcs": 2.5,
        "indian": 1.8, "somali": 1.6, "kurdish": 1.5, "turkish": 1.3, "ukrainian": 1.3,
        "eritrean": 1.2, "latin": 1, "thai": 1, "chinese": 1, "us": 0.8, "uk": 0.8,
    },
    "en": {
        "us": 40, "uk": 32, "swedish": 9, "indian": 6, "chinese": 4, "arabic": 2,
        "persian": 1.5, "polish": 1.5, "latin": 1.5, "turkish": 1, "ukrainian": 1,
        "finnish": 1, "somali": 0.5,
    },
    "mixed": {
        "swedish": 52, "us": 9, "uk": 8, "arabic": 5, "indian": 4, "finnish": 3, "persian": 3,
        "polish": 2.5, "bcs": 2.5, "chinese": 2.5, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "ukrainian": 1.5, "eritrean": 1, "latin": 1, "thai": 0.5,
    },
}  # fmt: skip

# Short forms people use for a given name (chat, handovers, signatures among colleagues).
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Joakim": ("Jocke",), "Mikael": ("Micke",), "Michael": ("Micke", "Mike"), "Lars": ("Lasse",),
    "Karl": ("Kalle",), "Carl": ("Calle",), "Per": ("Pelle",), "Charlotte": ("Lotta",),
    "Susanne": ("Sussie",), "Marcus": ("Mackan",), "Magnus": ("Mange",),
    "Fredrik": ("Fredde",), "Patrik": ("Patte",), "Daniel": ("Danne",), "Robert": ("Robban", "Rob", "Bob"),
    "Sebastian": ("Sebbe",), "Kristoffer": ("Kricke", "Stoffe"), "Christoffer": ("Stoffe",),
    "Henrik": ("Henke",), "Gustav": ("Gurra", "Gutte"), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
    "Niklas": ("Nicke",), "Mattias": ("Matte",), "Hans": ("Hasse",), "Leif": ("Leffe",),
    "Ulf": ("Uffe",), "Jan": ("Janne",), "Stefan": ("Steffe",), "Thomas": ("Tompa", "Tom"),
    "Anders": ("Ante",), "Jonas": ("Jonte",), "Christian": ("Chrille",), "Kristian": ("Krille",),
    "Bengt": ("Bengan",), "Sven": ("Svenne",), "Oskar": ("Ogge",), "Andreas": ("Andy",),
    "Katarina": ("Kattis",), "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki", "Stina"),
    "Margareta": ("Maggan",), "Elisabeth": ("Lisa", "Bettan"), "Madeleine": ("Madde",),
    "Josefin": ("Jossan",), "Therese": ("Tessan",), "Jessica": ("Jessan",), "Johanna": ("Jojo",),
    "Gabriella": ("Gabbi",), "Viktoria": ("Vicky",), "Alexandra": ("Sandra", "Alex"),
    "Alexander": ("Alex",), "William": ("Will", "Bill"), "James": ("Jim", "Jamie"),
    "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"), "Christopher": ("Chris",),
    "Richard": ("Rich",), "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Katherine": ("Kate", "Katie"), "Catherine": ("Cath", "Kate"), "Margaret": ("Maggie",),
    "Patricia": ("Trish", "Pat"), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
    "Benjamin": ("Ben",), "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Edward": ("Ed", "Ted"),
    "Steven": ("Steve",), "Stephen": ("Steve",), "Andrew": ("Andy", "Drew"), "Timothy": ("Tim",),
    "Kenneth": ("Ken",), "Deborah": ("Deb",), "Susan": ("Sue",), "Victoria": ("Vicky", "Tori"),
    "Joshua": ("Josh",), "Gregory": ("Greg",), "Jacqueline": ("Jackie",), "Abigail": ("Abby",),
    "Zachary": ("Zach",), "Nathaniel": ("Nate",), "Samuel": ("Sam",), "Kimberly": ("Kim",),
    "Aleksandra": ("Ola",), "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",),
    "Oleksandr": ("Sasha",), "Mohammad": ("Mo",), "Mohammed": ("Mo",), "Muhammad": ("Mo",),
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "æ": "ae"})


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
