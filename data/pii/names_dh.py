# ruff: noqa: E501
"""Name pools of held-out DH (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by the ninety-first writer, who checked none of them against rung's
lexicons and left none out for being known or unknown. Swedish given names and surnames follow the
order of SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer names past them);
the US lists are the Census 1990 files `dist.female.first`, `dist.male.first` and `dist.all.last`
(public domain, copied from the `names` package, the census per cent as weight, head 150); UK names
follow the order of the ONS rankings (1/rank); the origins common in Sweden carry their commonest
given names and surnames (1/rank, head 10). Names are whitespace-separated; `_` stands for a space
inside a name (`von_Essen`). A repeated name keeps its first rank.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # each name word from a list's head with this probability, else from its tail


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


def _words(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for word in text.split():
        seen.setdefault(word.replace("_", " "), None)
    return list(seen)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(text: str, head: int) -> Pool:
    """`Name per-cent` pairs as the US Census 1990 lists give them, the per cent as weight."""
    parts = text.split()
    names = tuple(parts[0::2])
    return Pool(names, tuple(float(p) for p in parts[1::2]), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "İ": "I",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for ending, form in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(ending):
            return surname[: -len(ending)] + form
    return surname


# Sweden: SCB's order (all who carry the name), written from general knowledge; head 150.
SV_F = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
Christina Sara Kerstin Malin Lena Ulla Hanna Inger Ida Helena Katarina Linda Johanna Elin Susanne
Annika Viktoria Marianne Monica Cecilia Jenny Louise Astrid Elsa Julia Amanda Therese Karolina
Matilda Ebba Gunilla Camilla Alice Anita Ann Barbro Frida Agneta Britt Gunnel Lisa Jessica
Elisabet Ulrika Charlotte Sandra Caroline Madeleine Charlotta Josefin Klara Maja Moa Wilma Anneli
Åsa Yvonne Carina Ellen Irene Lovisa Alexandra Siv Emelie Pia Sofie Erika Mona Gun Ewa Rebecka
Ingela Margit Birgit Elvira Ella Felicia Linn Elise Sanna Lina Josefine Mikaela Angelica Helen
Gunhild Emilia Nathalie Anette Veronica Märta Eleonora Stina Tove Ronja Cornelia Agnes Nellie Saga
Olivia Vera Tilda Ester Selma Signe Stella Hedvig Greta Freja Alma Ellie Lilly Nora Edith Tyra
Ines Lea Ingeborg Sigrid Gerd Berit Solveig Laila Gudrun Ruth Dagny Marita Jeanette Anne Lillian
Jennie Catarina Petra Carolina Gabriella Emilie Isabelle Evelina Hillevi Beatrice Kristin Tina
Ingegerd Viola Vivianne Marlene Rut Elina Melissa Mira Mathilda Theresia Annelie Lisbeth Gunvor
Elena Ann-Marie Ann-Christin Anna-Karin Eva-Lena Ann-Charlotte Majken Inga Elsie Maj Svea Hjördis
Iris Lova Juni Thea Ingalill Ulla-Britt Inga-Lill Britt-Marie Marie-Louise Anna-Lena Lena-Maria
Kajsa Jonna Joanna Sabina Paulina Rebecca Fanny Ylva Ragnhild Gunborg Signhild Elly Edla Hulda
Linnea Mia Tuva Leah Livia Stina-Karin Meja Molly Ingbritt Aina Märit Ellinor Emmy Isabella
Signe-Marie Lisen Linnéa-Maria Charlie Minna Alva Esther Juliana Hedda Nova Elvy
Marika Maud Britta Vanja Carin Katja Tanja Nina Ewelina Liselott Lisette Carita Christel
Jannike Jeanett Cathrine Magdalena Mariana Maj-Britt Maj-Lis Gull-Britt Ing-Marie Ingrid-Maria
Ragnvi Solbritt Sylvia Doris Dagmar Edit Elise-Marie Vendela Wilhelmina Hilma Elin-Maria Kristel
Estelle Amelie Lykke Ebba-Karin Ulrica Irma Ina Karolin Desirée Yasmin
Fatima Maryam Zahra Amina Sahar Nour Noor Leyla Hiba Asma Aisha Zeynep Milena Jasmina Selin Natalie
Aurora Minerva Florence Rosa Cassandra Jasmin Angelina Evelyn Ingelise
Wiveka Helfrid Birgith Gunnil Sonja Ingela-Maria Mathilde Klara-Maria Dorotea Regina Valborg Tekla
Sally Tindra Meya Siri Line Majvor Gertrud Kristin-Maria Inger-Lise Rigmor Laura Ingvor Gunni
Britten Aase Ulrike Rakel Mimmi Mona-Lisa Bodil Viveka Gullan Elsy Karina Louisa Annette Patricia
Pernilla Therése Josephine Madelene Cajsa Evy Oda Embla Ottilia Alida Lovisa-Maria
"""
SV_M = """
Lars Karl Anders Johan Per Erik Nils Lennart Mikael Jan Hans Olof Peter Gunnar Sven Fredrik Bengt
Bo Daniel Åke Göran Alexander Magnus Gustav Stefan Martin Leif Mats Ulf Thomas Björn Bertil Jonas
Axel Christer Andreas Arne Henrik Stig Kjell Tommy Rolf Mattias David Emil Johannes Ingemar Roger
Anton Oskar Kent Simon Viktor Robert Marcus Christian Patrik Joakim Kurt Sebastian Niklas Rune
Tobias Filip Lucas William Hugo Elias Oliver Isak Ludvig Jakob Linus Adam Rickard Kenneth Gustaf
Roland Emanuel Ove Torbjörn Christoffer Jesper Kristian Håkan Dan Claes Robin Jonathan Gösta
Henry Ingvar Harald Allan Vilhelm Carl Jimmy Sten Tomas Rasmus Max Edvin Albin Leo Theodor Noah
Liam Elliot Alfred Arvid Melvin Sixten Ebbe Olle Valter Vincent Charlie Love Lukas Frans Wilhelm
Gabriel Samuel Benjamin Erland Torsten Folke Evert Sune Birger Tage Östen Yngve Inge Conny Krister
Ronny Sture Bernt Gert Ola Pontus Johnny Morgan Pär Jörgen Urban Roy Tony Glenn Dennis Kevin Jacob
Alvin Joel Malte Casper Mohammed Ali Ahmed Omar Hassan Mohamad Josef Ivar
Karl-Erik Lars-Erik Per-Olof Jan-Erik Lars-Göran Karl-Johan Per-Erik Bo-Göran Jan-Olof Nils-Erik
Sven-Erik Hans-Erik Karl-Gustav Ragnar Einar Helge Holger Gottfrid Algot Assar Hilding Valdemar
Artur Osvald Oscar Ture Knut Edvard Ernst Elof Georg Harry Herbert Ivan Konrad Leonard Manfred
Otto Ruben Sigvard Sigurd Seth Sölve Tor Uno Verner Viking Vidar Adrian Albert August Benny Bror
Dag Dick Egon Elis Eskil Evald Fritz Gerhard Gilbert Hampus Isac Jack Jens Jim John Jon Kim Klas
Lage Leon Loke Milo Nicklas Niclas Noel Olav Ossian Ragnvald Ralf Reine Rikard Roine Rutger Sam
Svante Teodor Tim Ted Ulrik Vilgot Ville Jonny Mauritz Hjalmar Edgar Matteo Elton Colin Felix Alex
Aron Jonatan Stellan Staffan Mårten Torgny Göte Curt Kristoffer André Mathias Yusuf Mustafa Ibrahim
Abdi Amir Karim Hussein Milan Marko Jan-Åke Per-Anders Lars-Olof Karl-Axel Nils-Olof Carl-Johan
Bo-Inge Lars-Åke Jan-Ove Kjell-Åke Sven-Olof Per-Åke Tord Thord Sigfrid Ingmar Gunder Halvar
Nore Arnold Leopold Melker Gideon Wiktor Eddie Nelson Theo Frank Kasper
Ludwig Esbjörn Joar Viggo Vide Set Maximilian Eugen Torvald Tryggve Alrik Amandus
Anselm Birk Dante Fabian Gunne Harri Isidor Jarl Kennet Lennarth Mikko Oliwer Rikhard
Sonny Tony-Erik Ulf-Erik Valentin Walter Wilmer Yasin Zakaria Hamid Mehmet Ahmad Mahmoud Reza
Jamal Hussain Said Abdullahi Emir Dragan Zoran Tomasz Piotr Juhani Matti Kari Anwar Nikola Stefano
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
Holmqvist Mohamed Sundström Ekman Jensen Hussein Omar Lindahl Nordqvist Göransson Sjöstrand
Söderström Ibrahim Sundqvist Lindell Aslan Hedberg Johnsson Nyman Boström Åström Nordlund
Knutsson Törnqvist Backman Fors Sjödin Palm Hägglund Strand Bergkvist Lundmark Stenberg Borg
Östlund Vikström Wiklund Söderlund Lindblom Björkman Friberg Rosén Sjölund Westerberg Lindén
Forsman Hedström Sandin Jeppsson Ericsson Edlund Englund Nordgren Ekberg Bäckström Wennberg
Erlandsson Hallberg Lindkvist Svärd Malmberg Lilja Holmström Granberg Carlsson Ekholm
Kristiansson Öhman Bergh Lindstedt Thorén Dahlgren Rydberg Lindmark Olausson Tran Nguyen Kaya
Yilmaz Abdi Hosseini Petersson Ottosson Kristensson Lundh Svahn Lundell Moberg Ståhl Ohlsson Roos
Zetterberg Hjalmarsson Nord Sjöqvist Grahn Sundin Björn Hellberg Ljungberg Edström Ekdahl
Blomberg Sandén Melin Lindroth Söderqvist Rask Löf Wahlström Sahlin Ljung Lindh Brandt Hägg
Rosengren Lindfors Wahlberg Nordberg Åkerlund Krantz Westin Nyqvist Strömqvist Granström Modig
Berglöf Bohlin Sundell Eng Holmén Ahlberg Ahlgren Ahlström Enqvist Jacobsson Hall Ekelund
Forslund Frisk Fagerström Gustavsson Hammar Hedman Hedin Holmlund Jonasson Josefsson Kjellberg
Klasson Lindeberg Lagerqvist Lundahl Malm Mellberg Molin Nordahl Norén Nylander Nyholm Olander
Qvist Rehn Ring Sandell Selin Sjölander Skoglund Stenström Sten Stål Sundholm Svedberg Sylvén
Tapper Thunberg Torstensson Wallgren Wallander Wester Widén Wikman Åkerman Ågren Öhrn Ölund
Östberg Blomgren Lundén Alm Almqvist Andrén Bergvall Bladh Carlström Dahlqvist Dahlström Ekvall
Elofsson Emanuelsson Engberg Engdahl Erixon Fransén Granqvist Gullberg Hagberg Hagström
Hammarström Hasselberg Hellgren Hellman Helin Hult Hultgren Jarl Karlberg Kihlberg Kling Kvist
Lindvall Ljunggren Lövgren Nordén Nordmark Norlin Nyblom Nylén Palmqvist Pihl Rydén Sandqvist
Selander Sjöholm Skog Sundén Svanberg Svedin Söder Thelin Vesterlund Wahlgren Winberg Wirén
Zackrisson Åhlund Abdullahi Warsame Yousef Khalil Salih Haddad Karimi Ahmadi Rahimi Nowak
Kowalski Virtanen Korhonen Demir Şahin Hodžić Jovanović Gabro Aho Lahdo Yakoub Barsom Shabo
Malke Issa Tesfay Haile Saetang Gonzalez Silva Rojas Muñoz Hamid Rashid Aziz Mustafa
von_Essen De_Geer af_Trolle von_Knorring Leijonhufvud Stiernstedt Bonde Sparre Gyllenhammar
Nordenskiöld Wrede Posse Lagerbielke von_Rosen Bielke Löwenhielm Cederschiöld
"""

# The United States: the Census 1990 lists as the `names` package holds them (the first 400
# given names a sex and 450 surnames), the per cent as weight; head 150.
US_F = """
Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria 0.828
Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty 0.666 Helen
0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle 0.519 Laura 0.510
Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482 Cynthia 0.469 Angela 0.468
Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430 Virginia 0.430 Kathleen 0.424
Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie 0.400 Carolyn 0.385 Christine 0.382
Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370 Ann 0.364 Joyce 0.364 Diane 0.359 Alice
0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris 0.335 Gloria 0.335 Evelyn 0.322 Jean 0.315
Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan 0.306 Ashley 0.303 Judith 0.297 Rose 0.296
Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.276 Christina 0.275 Kathy 0.272 Theresa 0.271
Beverly 0.267 Denise 0.264 Tammy 0.259 Irene 0.252 Jane 0.250 Lori 0.248 Rachel 0.242 Marilyn
0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229 Sara 0.229 Anne 0.228 Jacqueline 0.228 Wanda 0.226
Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois 0.220 Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217
Diana 0.216 Annie 0.216 Lillian 0.211 Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys
0.205 Rita 0.204 Dawn 0.202 Connie 0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195
Carmen 0.195 Rosa 0.194 Cindy 0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.179 Kim 0.178
Sherry 0.178 Sylvia 0.177 Josephine 0.177 Thelma 0.175 Shannon 0.175 Sheila 0.175 Ethel 0.174
Ellen 0.173 Elaine 0.173 Marjorie 0.173 Carrie 0.171 Charlotte 0.169 Monica 0.166 Esther 0.166
Pauline 0.165 Emma 0.165 Juanita 0.164 Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva
0.159 Debbie 0.157 April 0.154 Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150
Eleanor 0.150 Valerie 0.149 Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145
Gail 0.145 Bertha 0.143 Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141
Lauren 0.137 Cathy 0.137 Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica
0.130 Beatrice 0.130 Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June
0.125 Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118 Vivian
0.118 Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115 Yolanda 0.115
Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111 Sue 0.111 Elsie
0.110 Beth 0.110 Jeanne 0.109 Vicki 0.109 Carla 0.107 Tara 0.107 Rosemary 0.107 Eileen 0.105
Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101 Stacey 0.101 Wilma 0.099 Gina 0.099
Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098 Vera 0.098 Willie 0.097 Charlene 0.097
Bessie 0.096 Delores 0.095 Melinda 0.094 Pearl 0.094 Arlene 0.094 Maureen 0.092 Colleen 0.092
Allison 0.092 Tamara 0.092 Joy 0.091 Georgia 0.091 Constance 0.091 Lillie 0.090 Claudia 0.090
Jackie 0.090 Marcia 0.090 Tanya 0.089 Nellie 0.089 Minnie 0.089 Marlene 0.088 Heidi 0.088 Glenda
0.088 Lydia 0.086 Viola 0.086 Courtney 0.086 Marian 0.086 Stella 0.085 Caroline 0.085 Dora 0.084
Jo 0.083 Vickie 0.082 Mattie 0.081 Terry 0.080 Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078
Myrtle 0.078 Lena 0.077 Christy 0.077 Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074
Jennie 0.073 Nora 0.073 Margie 0.072 Nina 0.072 Cassandra 0.072 Leah 0.072 Penny 0.071 Kay 0.071
Priscilla 0.071 Naomi 0.071 Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069
Tracey 0.069 Leona 0.069 Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.066 Velma 0.066 Becky
0.066 Bobbie 0.065 Violet 0.065 Kristina 0.065 Toni 0.064 Misty 0.063 Mae 0.063 Shelly 0.062
Daisy 0.062 Ramona 0.062 Sherri 0.062 Erika 0.061 Katrina 0.061 Claire 0.061 Lindsey 0.060
Lindsay 0.060 Geneva 0.059 Guadalupe 0.059 Belinda 0.059 Margarita 0.059 Sheryl 0.059 Cora 0.058
Faye 0.058 Ada 0.057 Natasha 0.057 Sabrina 0.057 Isabel 0.057 Marguerite 0.056 Hattie 0.056
Harriet 0.056 Molly 0.055 Cecilia 0.055 Kristi 0.055 Brandi 0.055 Blanche 0.055 Sandy 0.055
Rosie 0.055 Joanna 0.055 Iris 0.055 Eunice 0.054 Angie 0.054 Inez 0.053 Lynda 0.053 Madeline
0.052 Amelia 0.052 Alberta 0.052 Genevieve 0.051 Monique 0.051 Jodi 0.051 Janie 0.051 Maggie
0.051 Kayla 0.051 Sonya 0.051 Jan 0.051 Lee 0.051 Kristine 0.051 Candace 0.051 Fannie 0.050
Maryann 0.050 Opal 0.050 Alison 0.050 Yvette 0.050 Melody 0.050 Luz 0.049 Susie 0.049 Olivia
0.049 Flora 0.049 Shelley 0.049 Kristy 0.048 Mamie 0.048 Lula 0.048 Lola 0.048 Verna 0.048
Beulah 0.048 Antoinette 0.048 Candice 0.046 Juana 0.046 Jeannette 0.046 Pam 0.046 Kelli 0.046
Hannah 0.045 Whitney 0.045 Bridget 0.045 Karla 0.044 Celia 0.044 Latoya 0.043 Patty 0.043 Shelia
0.043 Gayle 0.043 Della 0.043 Vicky 0.043 Lynne 0.043 Sheri 0.042 Marianne 0.042 Kara 0.041
Jacquelyn 0.041 Erma 0.041 Blanca 0.041 Myra 0.040 Leticia 0.040 Pat 0.040 Krista 0.040 Roxanne
0.040 Angelica 0.039 Johnnie 0.039 Robyn 0.039 Francis 0.039 Adrienne 0.039 Rosalie 0.039
Alexandra 0.039 Brooke 0.039 Bethany 0.039 Sadie 0.039 Bernadette 0.039
"""
US_M = """
James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613 Larry
0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537 Raymond 0.488
Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389 Peter 0.381
Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328 Roger 0.322 Joe 0.321
Juan 0.316 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311 Terry 0.311 Gerald 0.309 Keith
0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282 Nicholas 0.275 Roy 0.273 Benjamin
0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251 Fred 0.251 Wayne 0.249 Billy 0.248 Steve
0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240 Randy 0.232 Howard 0.230 Eugene 0.230 Carlos 0.229
Russell 0.224 Bobby 0.223 Victor 0.222 Martin 0.216 Ernest 0.215 Phillip 0.213 Todd 0.213 Jesse
0.209 Craig 0.206 Alan 0.204 Shawn 0.200 Clarence 0.197 Sean 0.197 Philip 0.197 Chris 0.197
Johnny 0.195 Earl 0.193 Jimmy 0.191 Antonio 0.190 Danny 0.190 Bryan 0.190 Tony 0.190 Luis 0.189
Mike 0.189 Stanley 0.186 Leonard 0.186 Nathan 0.185 Dale 0.184 Manuel 0.181 Rodney 0.180 Curtis
0.180 Norman 0.177 Allen 0.174 Marvin 0.171 Vincent 0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166
Jeff 0.166 Chad 0.165 Jacob 0.165 Lee 0.162 Melvin 0.162 Alfred 0.162 Kyle 0.160 Francis 0.160
Bradley 0.159 Jesus 0.155 Herbert 0.155 Frederick 0.154 Ray 0.153 Joel 0.152 Edwin 0.148 Don
0.145 Eddie 0.144 Ricky 0.141 Troy 0.138 Randall 0.138 Barry 0.134 Alexander 0.132 Bernard 0.127
Mario 0.125 Leroy 0.125 Francisco 0.124 Marcus 0.124 Micheal 0.123 Theodore 0.123 Clifford 0.123
Miguel 0.122 Oscar 0.122 Jay 0.118 Jim 0.118 Tom 0.117 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie
0.113 Bill 0.112 Lloyd 0.112 Tommy 0.112 Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108
Jerome 0.108 Floyd 0.107 Leo 0.106 Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104 Dean 0.104
Greg 0.104 Jorge 0.104 Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary
0.099 Corey 0.098 Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094
Hector 0.094 Shane 0.093 Ricardo 0.093 Sam 0.092 Rick 0.091 Lester 0.091 Brent 0.090 Ramon 0.090
Charlie 0.090 Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084 Ruben 0.082 Brett
0.082 Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080 Milton 0.080 Raul 0.079
Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077 Andre 0.076 Elmer 0.074 Brad
0.073 Gabriel 0.073 Ron 0.072 Mitchell 0.072 Roland 0.072 Arnold 0.072 Harvey 0.072 Jared 0.071
Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068 Darryl 0.067 Jamie 0.066 Neil 0.066
Jessie 0.065 Christian 0.065 Javier 0.065 Fernando 0.065 Clinton 0.065 Ted 0.064 Mathew 0.064
Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063 Cody 0.063 Julio 0.063 Kelly 0.063 Kurt 0.062
Allan 0.061 Nelson 0.061 Guy 0.060 Clayton 0.060 Hugh 0.060 Max 0.059 Dwayne 0.059 Dwight 0.058
Armando 0.058 Felix 0.058 Jimmie 0.058 Everett 0.057 Jordan 0.056 Ian 0.056 Wallace 0.056 Ken
0.055 Bob 0.055 Jaime 0.055 Casey 0.054 Alfredo 0.054 Alberto 0.053 Dave 0.053 Ivan 0.053
Johnnie 0.052 Sidney 0.052 Byron 0.052 Julian 0.052 Isaac 0.051 Morris 0.051 Clifton 0.050
Willard 0.050 Daryl 0.050 Ross 0.050 Virgil 0.049 Andy 0.049 Marshall 0.049 Salvador 0.049 Perry
0.049 Kirk 0.049 Sergio 0.049 Marion 0.048 Tracy 0.048 Seth 0.048 Kent 0.048 Terrance 0.048 Rene
0.048 Eduardo 0.047 Terrence 0.047 Enrique 0.046 Freddie 0.046 Wade 0.045 Austin 0.044 Stuart
0.044 Fredrick 0.043 Arturo 0.043 Alejandro 0.043 Jackie 0.043 Joey 0.043 Nick 0.043 Luther
0.043 Wendell 0.042 Jeremiah 0.042 Evan 0.042 Julius 0.042 Dana 0.042 Donnie 0.041 Otis 0.041
Shannon 0.040 Trevor 0.040 Oliver 0.040 Luke 0.040 Homer 0.040 Gerard 0.040 Doug 0.040 Kenny
0.039 Hubert 0.039 Angelo 0.039 Shaun 0.039 Lyle 0.038 Matt 0.038 Lynn 0.038 Alfonso 0.038
Orlando 0.037 Rex 0.037 Carlton 0.037 Ernesto 0.037 Cameron 0.037 Neal 0.037 Pablo 0.036 Lorenzo
0.036 Omar 0.036 Wilbur 0.036 Blake 0.036 Grant 0.036 Horace 0.036 Roderick 0.036 Kerry 0.036
Abraham 0.035 Willis 0.035 Rickey 0.035 Jean 0.035 Ira 0.035 Andres 0.034 Cesar 0.034 Johnathan
0.034 Malcolm 0.034 Rudolph 0.034 Damon 0.034 Kelvin 0.034 Rudy 0.034 Preston 0.034 Alton 0.033
Archie 0.033 Marco 0.033 Pete 0.032 Randolph 0.032 Garry 0.032 Geoffrey 0.032 Jonathon 0.032
Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032 Dominic 0.032 Robin 0.032 Loren 0.032 Delbert
0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031 Lucas 0.031 Benny 0.030 Noel 0.030 Spencer 0.030
Rodolfo 0.030 Myron 0.030 Edmund 0.030 Garrett 0.029 Salvatore 0.029 Cedric 0.029 Lowell 0.029
Gregg 0.029 Sherman 0.028 Wilson 0.028 Devin 0.028 Sylvester 0.028 Kim 0.028 Roosevelt 0.028
Israel 0.028 Jermaine 0.028
"""
US_S = """
Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424 Wilson
0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279 Harris
0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233 Clark 0.231
Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199 Young 0.193 Hernandez
0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185 Green 0.183 Adams 0.174 Baker
0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160 Perez 0.155 Roberts 0.153 Turner
0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141 Edwards 0.137 Collins 0.134 Stewart
0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122 Cook 0.120 Morgan 0.118 Bell 0.117
Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson 0.112 Cox 0.110 Howard 0.110 Ward
0.108 Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105 James 0.105 Watson 0.103 Brooks 0.103
Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099 Wood 0.098 Barnes 0.097 Ross 0.096 Henderson
0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094 Powell 0.093 Long 0.092 Patterson 0.092 Hughes
0.092 Flores 0.092 Washington 0.092 Butler 0.091 Simmons 0.091 Foster 0.091 Gonzales 0.087
Bryant 0.087 Alexander 0.085 Russell 0.085 Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford
0.082 Hamilton 0.082 Graham 0.082 Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080
Jordan 0.078 Owens 0.078 Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075
McDonald 0.075 Cruz 0.075 Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074
Wells 0.073 Webb 0.072 Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks
0.069 Crawford 0.068 Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067
Dixon 0.066 Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065 Rice 0.064
Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061 Nichols 0.060
Grant 0.060 Knight 0.060 Ferguson 0.059 Rose 0.059 Stone 0.059 Hawkins 0.059 Dunn 0.058 Perkins
0.058 Hudson 0.058 Spencer 0.057 Gardner 0.057 Stephens 0.057 Payne 0.057 Pierce 0.056 Berry
0.056 Matthews 0.056 Arnold 0.056 Wagner 0.055 Willis 0.055 Ray 0.055 Watkins 0.055 Olson 0.055
Carroll 0.055 Duncan 0.055 Snyder 0.055 Hart 0.054 Cunningham 0.054 Bradley 0.054 Lane 0.054
Andrews 0.054 Ruiz 0.054 Harper 0.054 Fox 0.053 Riley 0.053 Armstrong 0.053 Carpenter 0.053
Weaver 0.053 Greene 0.053 Lawrence 0.052 Elliott 0.052 Chavez 0.052 Sims 0.052 Austin 0.052
Peters 0.052 Kelley 0.052 Franklin 0.051 Lawson 0.051 Fields 0.051 Gutierrez 0.051 Ryan 0.051
Schmidt 0.051 Carr 0.051 Vasquez 0.051 Castillo 0.051 Wheeler 0.051 Chapman 0.050 Oliver 0.050
Montgomery 0.049 Richards 0.049 Williamson 0.049 Johnston 0.049 Banks 0.048 Meyer 0.048 Bishop
0.048 McCoy 0.048 Howell 0.048 Alvarez 0.048 Morrison 0.048 Hansen 0.047 Fernandez 0.047 Garza
0.047 Harvey 0.047 Little 0.046 Burton 0.046 Stanley 0.046 Nguyen 0.046 George 0.046 Jacobs
0.046 Reid 0.046 Kim 0.045 Fuller 0.045 Lynch 0.045 Dean 0.045 Gilbert 0.045 Garrett 0.045
Romero 0.045 Welch 0.044 Larson 0.044 Frazier 0.044 Burke 0.044 Hanson 0.043 Day 0.043 Mendoza
0.043 Moreno 0.043 Bowman 0.043 Medina 0.042 Fowler 0.042 Brewer 0.042 Hoffman 0.042 Carlson
0.042 Silva 0.042 Pearson 0.042 Holland 0.042 Douglas 0.041 Fleming 0.041 Jensen 0.041 Vargas
0.041 Byrd 0.041 Davidson 0.041 Hopkins 0.041 May 0.040 Terry 0.040 Herrera 0.040 Wade 0.040
Soto 0.040 Walters 0.040 Curtis 0.040 Neal 0.039 Caldwell 0.039 Lowe 0.039 Jennings 0.039
Barnett 0.039 Graves 0.039 Jimenez 0.039 Horton 0.039 Shelton 0.039 Barrett 0.039 O'Brien 0.039
Castro 0.039 Sutton 0.038 Gregory 0.038 McKinney 0.038 Lucas 0.038 Miles 0.038 Craig 0.038
Rodriquez 0.037 Chambers 0.037 Holt 0.037 Lambert 0.037 Fletcher 0.037 Watts 0.037 Bates 0.037
Hale 0.037 Rhodes 0.037 Pena 0.037 Beck 0.037 Newman 0.036 Haynes 0.036 McDaniel 0.036 Mendez
0.036 Bush 0.036 Vaughn 0.036 Parks 0.035 Dawson 0.035 Santiago 0.035 Norris 0.035 Hardy 0.035
Love 0.035 Steele 0.035 Curry 0.035 Powers 0.035 Schultz 0.035 Barker 0.035 Guzman 0.034 Page
0.034 Munoz 0.034 Ball 0.034 Keller 0.034 Chandler 0.034 Weber 0.034 Leonard 0.034 Walsh 0.033
Lyons 0.033 Ramsey 0.033 Wolfe 0.033 Schneider 0.033 Mullins 0.033 Benson 0.033 Sharp 0.033
Bowen 0.033 Daniel 0.033 Barber 0.032 Cummings 0.032 Hines 0.032 Baldwin 0.032 Griffith 0.032
Valdez 0.032 Hubbard 0.032 Salazar 0.032 Reeves 0.032 Warner 0.031 Stevenson 0.031 Burgess 0.031
Santos 0.031 Tate 0.031 Cross 0.031 Garner 0.031 Mann 0.031 Mack 0.031 Moss 0.031 Thornton 0.031
Dennis 0.031 McGee 0.031 Farmer 0.030 Delgado 0.030 Aguilar 0.030 Vega 0.030 Glover 0.030
Manning 0.030 Cohen 0.030 Harmon 0.030 Rodgers 0.030 Robbins 0.030 Newton 0.030 Todd 0.030 Blair
0.030 Higgins 0.030 Ingram 0.030 Reese 0.030 Cannon 0.030 Strickland 0.030 Townsend 0.030 Potter
0.030 Goodwin 0.030 Walton 0.030 Rowe 0.029 Hampton 0.029 Ortega 0.029 Patton 0.029 Swanson
0.029 Joseph 0.029 Francis 0.029 Goodman 0.029 Maldonado 0.029 Yates 0.029 Becker 0.029 Erickson
0.029 Hodges 0.029 Rios 0.029 Conner 0.029 Adkins 0.029 Webster 0.028 Norman 0.028 Malone 0.028
Hammond 0.028 Flowers 0.028 Cobb 0.028 Moody 0.028 Quinn 0.028 Blake 0.028 Maxwell 0.028 Pope
0.028 Floyd 0.027 Osborne 0.027 Paul 0.027 McCarthy 0.027 Guerrero 0.027 Lindsey 0.027 Estrada
0.027 Sandoval 0.027 Gibbs 0.027 Tyler 0.027 Gross 0.027 Fitzgerald 0.027 Stokes 0.027 Doyle
0.027 Sherman 0.027 Saunders 0.027 Wise 0.027 Colon 0.027 Gill 0.027 Alvarado 0.027 Greer 0.026
Padilla 0.026 Simon 0.026 Waters 0.026 Nunez 0.026 Ballard 0.026 Schwartz 0.026 McBride 0.026
Houston 0.026 Christensen 0.026 Klein 0.026 Pratt 0.026 Briggs 0.026 Parsons 0.026 McLaughlin
0.026 Zimmerman 0.026 French 0.026 Buchanan 0.026 Moran 0.026 Copeland 0.025 Roy 0.025 Pittman
0.025 Brady 0.025 McCormick 0.025 Holloway 0.025
"""


# The United Kingdom: the order of the ONS rankings (the adult population's names before the
# babies' of recent years), written from general knowledge; 1/rank, head 120 (surnames 150).
UK_F = """
Sarah Emma Claire Laura Rebecca Rachel Lisa Nicola Helen Louise Amy Hannah Jennifer Charlotte
Sophie Victoria Jessica Lucy Katie Gemma Samantha Elizabeth Susan Karen Julie Joanne Michelle
Catherine Amanda Kelly Emily Olivia Chloe Lauren Megan Natalie Jade Stephanie Kirsty Zoe Danielle
Leanne Jane Margaret Patricia Mary Alison Deborah Tracey Angela Jacqueline Caroline Kathryn Elaine
Linda Sharon Carol Janet Christine Gillian Fiona Lynn Anne Ann Wendy Dawn Paula Andrea Ruth Sally
Jill Heather Hazel Jean Pauline Maureen Sandra Barbara Valerie Eileen Sheila Brenda Joan Doreen
Irene Marion Shirley Sylvia Beverley Jayne Kim Julia Alice Grace Ella Isla Amelia Ava Mia Lily
Poppy Freya Isabella Evie Ruby Daisy Sophia Millie Holly Ellie Phoebe Erin Abigail Georgia Bethany
Eleanor Harriet Imogen Florence Matilda Rosie Scarlett Willow Esme Evelyn Aria Maisie Molly
Jasmine Eva Layla Niamh Aisha Fatima Zara Leah Abbie Courtney Shannon Kayleigh Nikki Kerry Lindsay
Lorraine Yvonne Marie Donna Denise Teresa Katherine Kate Anna Rose Amber Keeley Siobhan Bronwen
Rhian Sian Caitlin Eilidh Morag Ailsa Kirsten Shona Mhairi Catriona Roisin Aoife Ciara Gwen Cerys
Ffion Nia Tegan Lowri Seren Iona Tilly Hollie Lexi Sienna Orla Emilia Harper Violet Priya Anjali
Sana Yasmin Amira Maryam Ayesha Nadia Gurpreet Harpreet Amandeep Beth Lydia Naomi Suzanne Tina
Lesley Carole Frances Judith Diane Marilyn Gail Rita Audrey Iris Edna Vera Elsie Gladys Ivy Mabel
Betty Peggy Phyllis Doris Winifred Muriel Enid
"""
UK_M = """
David John Paul Andrew Mark James Michael Richard Peter Stephen Robert Christopher Daniel Thomas
Matthew Ian Simon Steven Gary Alan Martin Anthony Darren Lee Jason Kevin Neil Craig Stuart William
Jonathan Adam Benjamin Samuel Joshua Jack Oliver Harry George Charlie Jacob Alfie Noah Leo Oscar
Archie Freddie Henry Arthur Theo Finley Joseph Luke Ryan Liam Callum Jamie Connor Lewis Scott Dean
Ross Shaun Carl Wayne Philip Brian Graham Colin Keith Kenneth Derek Raymond Trevor Roger Barry
Terence Dennis Malcolm Nigel Geoffrey Leslie Roy Frank Stanley Albert Harold Ronald Donald Douglas
Gordon Alistair Angus Hamish Fraser Euan Ewan Rory Cameron Kieran Declan Sean Patrick Ciaran Conor
Niall Owen Rhys Dylan Gareth Gethin Dafydd Iwan Huw Aled Emyr Evan Elliot Tyler Kyle Reece Nathan
Aaron Alex Alexander Nicholas Timothy Jeremy Rupert Hugo Edward Charles Frederick Sebastian Max
Toby Dominic Jake Ben Josh Sam Joe Tom Dan Rob Chris Mohammed Muhammad Ahmed Ali Imran Omar Hassan
Bilal Amir Usman Zain Arjun Rohan Raj Sanjay Vikram Harjit Kamal Ravi Tariq Farhan Jordan Bradley
Kai Mason Logan Ethan Louis Reggie Teddy Tommy Albie Ronnie Jude Rowan Felix Jasper Elijah Isaac
Ezra Gabriel Caleb Luca Mateo Theodore Austin Dexter Harvey Finn Jenson Alfred Ralph Vincent
Victor Clive Howard Lionel Cyril Sidney Norman Wilfred Ernest Herbert Percy Reginald
"""
UK_S = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill
Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes
Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons
Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson
Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson
Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson
Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp
Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke
May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley
Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake
Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash
Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman
Middleton Lucas Jarvis Hanson Dickinson Howe Lord Hale Hargreaves Bentley Rowley Sykes
Chadwick Ashworth Pickering Kaye Whittaker Ramsden Duffy Rahman Islam Hughes-Jones Lloyd-Williams
Fitzgerald MacDonald MacLeod Fraser Mackenzie Sinclair Paterson Ferguson Duncan Cameron Munro
Crawford Morrison Kerr Boyle Donnelly Kavanagh Nolan Flynn Dunne Connolly Brennan Sweeney Kane
Owens Pugh Meredith Vaughan Prosser Llewellyn Bevan Powell-Jones
"""


# Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10.
FINNISH = (
    "Anneli Johanna Marjatta Hannele Helena Tuula Päivi Sari Pirjo Anne Tiina Riitta Leena Kaarina"
    " Minna Satu Eila Ritva Aino Sirpa Merja Tarja Seija Maarit Kirsi Elina Liisa Marja Sanna Eeva",
    "Juhani Johannes Olavi Antero Tapani Kalevi Mikael Ilmari Matti Kari Timo Pekka Jari Mikko"
    " Markku Juha Heikki Antti Jukka Hannu Petri Seppo Esa Raimo Tuomas Ville Janne Veikko Eero",
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen"
    " Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo"
    " Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen"
    " Kallio Leppänen Väisänen",
)
# Iraq, Syria, Lebanon and Palestine, with the Assyrian/Syriac names of Södertälje and Norrköping.
ARABIC = (
    "Fatima Maryam Noor Sara Zainab Aya Rana Huda Layla Amal Hiba Rasha Nour Lina Dalia Rima Zahra"
    " Shams Ruqaya Hanan Samira Najwa Marwa Asma Yasmin Nisrin Ninve Shamiram Nahrain Atra Sanharib",
    "Mohammed Ahmed Ali Hassan Hussein Omar Mahmoud Khaled Mustafa Abdullah Ibrahim Yousef Karim"
    " Haider Ammar Samir Tariq Walid Bashar Firas Rami Zaid Jamal Anas Osama Sargon Ninos Gabriel"
    " Aziz Yakoub Boutros Afram Gevargis",
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Mahmoud Al-Hashimi Al-Rubaie"
    " Al-Jaburi Haddad Nasser Jaber Salman Karim Hamoud Al-Obaidi Al-Saadi Gabro Issa Yakoub Barsom"
    " Aho Chamoun Shabo Shamoun Dawod Malke Gorgis Lahdo Kourie Bahdi Ishak",
)
# Somalia: a person's surname is the father's given name.
SOMALI = (
    "Fadumo Hodan Amina Asha Sahra Hawa Ubah Khadra Nasra Sagal Ifrah Deeqa Hibo Maryan Filsan Ayan"
    " Hamdi Ikran Najma Fardowsa Zamzam Idil Anisa Sucaad Nimco",
    "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Mahad Liban Abdikadir"
    " Farah Hussein Mustafe Bashir Guled Said Hamza Abdiaziz Nuur Khalid Sharmarke",
    "Mohamed Abdi Ali Hassan Ahmed Osman Farah Hussein Omar Yusuf Warsame Jama Aden Ismail"
    " Abdullahi Egal Hirsi Nur Dahir Mohamud Isse Elmi Samatar Guled Duale",
)
POLISH = (
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika"
    " Krystyna Elżbieta Justyna Dorota Beata Paulina Karolina Natalia Marta Zofia Julia Weronika"
    " Izabela Grażyna Iwona Agata",
    "Piotr Krzysztof Tomasz Andrzej Paweł Michał Marcin Jakub Adam Łukasz Jan Grzegorz Mateusz"
    " Wojciech Mariusz Dariusz Maciej Kamil Rafał Zbigniew Sebastian Robert Marek Dawid Bartosz"
    " Przemysław Szymon",
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak"
    " Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski"
    " Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski"
    " Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak",
)
PERSIAN = (
    "Maryam Fatemeh Zahra Sara Nazanin Shirin Leila Parisa Mahsa Fereshteh Narges Roya Azadeh"
    " Golnaz Nasrin Mina Samira Elham Negar Parvin Setareh Yasaman Atefeh Shabnam Soheila",
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Mohsen Behrouz Kourosh Dariush Farhad Babak"
    " Arash Omid Payam Shahram Navid Peyman Kaveh Ramin Siamak Majid Bijan",
    "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Ghorbani Sadeghi Mousavi"
    " Rostami Azizi Amini Kazemi Nazari Heidari Shahbazi Farahani Tehrani Esfahani Shirazi Kermani"
    " Sharifi Nouri Bahrami Ebrahimi",
)
# Bosnia, Serbia and Croatia.
BCS = (
    "Amra Jasmina Emina Selma Lejla Amela Marija Ana Ivana Jelena Mirela Sanela Azra Elma Snežana"
    " Dragana Vesna Gordana Milena Maja Nermina Alma Edina Mersiha Tijana Zorica",
    "Emir Adnan Amir Haris Mirza Edin Almir Nermin Senad Jasmin Dženan Alen Kenan Elvir Dragan"
    " Zoran Goran Milan Nikola Marko Ivan Stefan Dejan Nenad Miroslav Zlatan Damir Tarik",
    "Hodžić Hadžić Kovačević Begić Delić Husić Mehmedović Hasanović Ahmetović Mujić Omerović"
    " Salihović Ibrahimović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat"
    " Kovačić Babić Marić Jurić Knežević Vuković Popović Tomić Pavlović Savić Alić Šehić",
)
TURKISH = (
    "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra"
    " Derya Gül Yasemin Nur Sevgi Songül Aynur Dilek Ebru Tuğba",
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil"
    " Süleyman Abdullah Mahmut Recep Emre Burak Serkan Fatih Kemal Onur Yasin Cem",
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan"
    " Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aktaş Keskin Avcı",
)
# Eritrea (Tigrinya): the surname is the father's given name.
ERITREAN = (
    "Helen Selam Senait Hiwet Meron Mihret Saba Yordanos Ruta Feven Tsega Abeba Letekidan Semhar"
    " Eden Luwam Rahwa Winta Milen Salina Yohana Mebrat Akberet Elsa",
    "Yonas Dawit Samuel Daniel Filmon Yohannes Tesfay Habte Mehari Biniam Amanuel Kidane Tekle"
    " Efrem Simon Robel Henok Mulugeta Ghebremedhin Berhane Michael Semere Aron Tesfamariam Goitom",
    "Tesfay Haile Tekle Gebremedhin Berhane Kidane Mehari Habte Gebre Tewolde Yohannes Negash"
    " Woldu Asmerom Ghebreyesus Tsegay Andemariam Kahsay Mengistu Ogbazghi Abraha Weldemichael"
    " Gebrehiwet Tesfamichael",
)
AFGHAN = (
    "Fatima Zahra Maryam Farida Shabana Nargis Mursal Hasina Mariam Zarghona Malalai Sima Parwana"
    " Freshta Nilofar Gulalai Shukria Zainab Laila Sadaf Arezo Yalda Marzia Habiba Soraya",
    "Mohammad Ahmad Abdul Ali Hamid Mustafa Najib Khalid Rahmatullah Zabihullah Farhad Jawad Sayed"
    " Mahdi Hussain Reza Omid Nawid Wahid Rohullah Ehsan Habib Murtaza Yama Sohrab Ajmal",
    "Ahmadi Mohammadi Hussaini Rahimi Sultani Karimi Haidari Rezai Jafari Nazari Amiri Sadat Hakimi"
    " Noori Popal Stanikzai Ahmadzai Wardak Habibi Faizi Sharifi Safi Azimi Barakzai Noorzai",
)
THAI = (
    "Siriporn Wanida Supaporn Nittaya Kanokwan Ratana Pornpimol Malee Sunee Somsri Jintana Duangjai"
    " Pranee Wipawee Kanya Suda Saowalak Chanida Aree Lamai Pattama Kannika Orathai Sasithorn",
    "Somchai Somsak Prasert Sombat Wichai Anan Surachai Boonmee Chaiwat Somporn Thanawat Kittisak"
    " Nattapong Sakda Arthit Pichit Krit Teerawat Suriya Wirat",
    "Saetang Srisuk Wongsa Chaiyasit Boonma Sukprasert Thongchai Rattanakorn Phromma Kaewkla"
    " Saelim Charoenwong Sriwan Somboon Intharasuk Thongdee Suwannarat Jaidee Kittikun Kongkaew",
)
# Chile first (the largest Latin American group in Sweden), then the rest of Latin America;
# most carry two surnames, the father's then the mother's.
LATIN = (
    "María Carolina Francisca Daniela Catalina Valentina Javiera Constanza Camila Fernanda Paula"
    " Andrea Claudia Marcela Patricia Verónica Gabriela Lorena Ximena Paola Alejandra Soledad"
    " Natalia Isidora Antonia Carmen Rosa",
    "José Juan Luis Carlos Jorge Francisco Cristián Sebastián Matías Diego Felipe Rodrigo Pablo"
    " Andrés Gonzalo Ignacio Nicolás Pedro Manuel Alejandro Héctor Patricio Víctor Ricardo Mauricio"
    " Miguel",
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López"
    " Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez"
    " Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Herrera Vergara",
)
KURDISH = (
    "Rojda Berivan Nasrin Hêvî Rozerin Jiyan Berfin Zilan Dilan Nazdar Avesta Shilan Rezan Soma"
    " Helin Dilvin Jwan Gulistan Asmar Nishtiman Shno Sazan Chra Narin",
    "Azad Rebin Kawa Aram Dilshad Shvan Karwan Hiwa Rebaz Soran Baran Serwan Zana Dilovan Hawre"
    " Shwan Rêzan Bawan Ari Sherko Hemin Hozan Diyar Peshraw Alan",
    "Ahmed Mohammed Hussein Ali Rashid Aziz Karim Abdulrahman Barzani Mahmoud Qadir Saleh Amin Hama"
    " Rasul Salih Mustafa Faraj Abdullah Ismail Ibrahim Othman Jalal Taha Zangana",
)
# Origins this writer judged common as well: Ukraine (since 2022), India (work permits),
# Germany, Norway and Denmark, China.
UKRAINIAN = (
    "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Kateryna Mariia Anna Olha Viktoriia"
    " Liudmyla Halyna Inna Alina Daria Anastasiia Valentyna Sofiia",
    "Oleksandr Serhii Volodymyr Andrii Oleksii Dmytro Mykola Ivan Yurii Viktor Vasyl Maksym"
    " Mykhailo Vitalii Bohdan Taras Ihor Roman Petro Artem",
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk"
    " Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko",
)
INDIAN = (
    "Priya Anjali Pooja Neha Deepa Lakshmi Divya Sunita Kavita Anita Shreya Aishwarya Swati Meera"
    " Nisha Ritu Sneha Aarti Preeti Radha Shalini Rekha",
    "Rahul Amit Rajesh Vikram Arjun Sanjay Suresh Ramesh Anil Vijay Karthik Arun Deepak Nikhil Ravi"
    " Manoj Rohit Sunil Aditya Ajay Srinivas Ganesh",
    "Kumar Singh Sharma Patel Reddy Gupta Rao Iyer Nair Shah Joshi Mehta Verma Das Menon Pillai"
    " Agarwal Chopra Kapoor Banerjee Mukherjee Krishnan Srinivasan",
)
GERMAN = (
    "Ursula Sabine Petra Monika Claudia Susanne Andrea Birgit Stefanie Katharina Julia Anja Nicole"
    " Sandra Christine Heike Karin Lena Laura Lea Hannah Anna",
    "Thomas Michael Andreas Stefan Peter Klaus Wolfgang Jürgen Frank Uwe Christian Matthias Markus"
    " Tobias Jan Sebastian Lukas Jonas Florian Dieter Ralf Bernd",
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer"
    " Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange",
)
NORDIC = (
    "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida"
    " Nina Mette Kirsten Hanne Lene Tove Camilla Line Pia Susanne Maren Sigrid",
    "Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Geir Jens Niels Søren Morten Henrik Mads"
    " Rasmus Anders Thomas Jesper Martin Erik Jørgen Magnus Terje",
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen"
    " Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen"
    " Nielsen Christensen Rasmussen Sørensen Madsen Thomsen Poulsen",
)
# Written given name first, as people from China in Sweden mostly do.
CHINESE = (
    "Xiuying Fang Na Min Jing Li Yan Ying Hui Ling Mei Xin Yu Qian Xue Lan Hong Jie Yun Ting",
    "Wei Jun Lei Yong Jie Tao Qiang Ming Chao Hao Peng Bin Gang Ping Hua Jian Long Bo Yang Feng",
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang",
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 120), ranked(UK_M, 120), ranked(UK_S, 150)),
}
for _key, (_f, _m, _s) in {
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "polish": POLISH, "persian": PERSIAN,
    "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN, "afghan": AFGHAN, "thai": THAI,
    "latin": LATIN, "kurdish": KURDISH, "ukrainian": UKRAINIAN, "indian": INDIAN,
    "german": GERMAN, "nordic": NORDIC, "chinese": CHINESE,
}.items():  # fmt: skip
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named, per language of the text: weights of origins (roughly Sweden's population by
# birth country and parents' in Swedish and mixed text; the US and the UK in English text).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "nordic": 1.2, "latin": 1, "thai": 1, "german": 1, "indian": 0.8,
        "uk": 0.8, "chinese": 0.6, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "nordic": 1, "german": 1, "chinese": 1, "finnish": 1, "somali": 0.8, "persian": 0.8,
        "turkish": 0.8, "bcs": 0.6, "ukrainian": 0.6, "thai": 0.5, "afghan": 0.5,
        "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2,
        "persian": 2, "indian": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "nordic": 1.2, "german": 1, "eritrean": 1, "latin": 1, "thai": 1,
        "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per given name (Swedish and English; the US and the UK share theirs).
_SV_NICK = """
Lars:Lasse Mikael:Micke Joakim:Jocke Karl:Kalle Per:Pelle,Perra Peter:Pelle,Peppe Hans:Hasse
Magnus:Mange Marcus:Macke Markus:Macke Charlotta:Lotta Charlotte:Lotta Kristina:Stina,Kicki
Christina:Kicki,Tina Elisabeth:Lisa,Bettan Elisabet:Lisa,Bettan Margareta:Maggan,Greta
Susanne:Sussie,Sanna Katarina:Kattis,Kajsa Birgitta:Gittan,Bitte Gunilla:Gunsan Gustav:Gurra,Gusse
Gustaf:Gurra Thomas:Tompa Tomas:Tompa Robert:Robban Daniel:Danne Rickard:Ricke Niklas:Nicke
Mattias:Matte Christoffer:Chrille Kristoffer:Chrille Christer:Krille Anders:Ante,Acke Jan:Janne
Bengt:Bengan Leif:Leffe Sven:Svenne Fredrik:Fredde Sebastian:Sebbe Alexander:Alex,Acke
Jonas:Jonte Tobias:Tobbe Henrik:Henke Oskar:Ogge Viktor:Vicke Ulf:Uffe Kenneth:Kenta Rolf:Roffe
Stefan:Steffe Torbjörn:Tobbe Martin:Mackan Olof:Olle Nils:Nisse Karolina:Carro Caroline:Carro
Madeleine:Madde Josefin:Jossan Josefine:Jossan Camilla:Millan Therese:Tessan Viktoria:Vickan
Rebecka:Becka Matilda:Tilda Mathilda:Tilda Alexandra:Sandra,Alex Agneta:Nettan Johanna:Hanna
Christian:Chrille Patrik:Patte Göran:Gurra Roger:Roffe Lennart:Lelle Ingemar:Imme
"""
_EN_NICK = """
William:Will,Bill,Billy Robert:Rob,Bob,Bobby Richard:Rich,Rick,Dick James:Jim,Jamie
Michael:Mike,Mick Christopher:Chris Thomas:Tom,Tommy Daniel:Dan,Danny Matthew:Matt Anthony:Tony
Joseph:Joe Edward:Ed,Eddie,Ted Andrew:Andy,Drew David:Dave Stephen:Steve Steven:Steve
Jonathan:Jon Benjamin:Ben Samuel:Sam Joshua:Josh Nicholas:Nick Alexander:Alex Timothy:Tim
Kenneth:Ken Peter:Pete Charles:Charlie,Chuck Gregory:Greg Jeffrey:Jeff Patrick:Pat Lawrence:Larry
Ronald:Ron Donald:Don Gerald:Gerry Raymond:Ray Douglas:Doug Philip:Phil Phillip:Phil
Frederick:Fred,Freddie Henry:Harry Oliver:Ollie Elizabeth:Liz,Beth,Lizzie Jennifer:Jen,Jenny
Margaret:Maggie,Peggy Katherine:Kate,Katie Catherine:Cathy,Kate Kathryn:Kate Patricia:Pat,Trish
Susan:Sue Deborah:Debbie,Deb Rebecca:Becky,Bex Jessica:Jess Victoria:Vicky,Tori Samantha:Sam
Alexandra:Alex Barbara:Barb Kimberly:Kim Christine:Chris,Tina Amanda:Mandy Nicola:Nicky
Charlotte:Lottie Abigail:Abby Eleanor:Ellie Jacqueline:Jackie Pamela:Pam Judith:Judy
Dorothy:Dot Theresa:Tess Sandra:Sandy Gillian:Gill Stephanie:Steph Josephine:Jo,Josie
"""


def _nicknames(text: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for item in text.split():
        if ":" in item:
            name, forms = item.split(":")
            out[name] = tuple(forms.split(","))
    return out


NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _nicknames(_SV_NICK),
    "us": _nicknames(_EN_NICK),
    "uk": _nicknames(_EN_NICK),
}
