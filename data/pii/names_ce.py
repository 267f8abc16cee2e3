# ruff: noqa: E501
"""Name pools of held-out ce: names as the population has them (sixty-second writer).

Every pool is a `Pool`: names in order of how many people carry them, a weight for each, and
where its head ends. Swedish given names and surnames follow the order of SCB's name statistics
(written from general knowledge, weight 1/rank; the head is the top 150, the tail the rarer names
past them). The US pools are the Census 1990 lists (public domain: `dist.female.first`,
`dist.male.first`, `dist.all.last`, the census's per cent as weight, head the top 150). The UK
pools follow the ONS baby-name rankings and the commonest surnames of England and Wales (1/rank).
The origins common in Sweden have their own commonest given names and surnames (1/rank). No name
was checked against any list of the project, and none was left out for being known or unknown.
Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a pool's head with this probability, else its tail


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
    """Names separated by white space; `_` stands for a space inside a name (`von_Platen`)."""
    return [w.replace("_", " ") for w in text.split()]


def ranked(head: str, tail: str = "") -> Pool:
    """A pool in rank order with weight 1/rank; `head` is its head, `tail` the rarer names."""
    names = _words(head) + _words(tail)
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), len(_words(head))
    )


def _census(text: str, head: int = 150) -> Pool:
    """A Census 1990 list as `Name per-cent` pairs, in the census's order."""
    parts = text.split()
    names, weights = parts[0::2], [float(p) for p in parts[1::2]]
    assert len(names) == len(set(names))
    return Pool(tuple(names), tuple(weights), head)


def plain(word: str) -> str:
    """A name as typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    word = word.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for man, woman in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(man):
            return surname[: -len(man)] + woman
    return surname


# Sweden: SCB's order, from general knowledge; hyphenated given names as people carry them.
SV_F = ranked(
    """
    Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Birgitta Hanna
    Inger Annika Linda Susanne Elin Monica Ulla Johanna Sofia Katarina Carina Elisabeth Julia Ida
    Linnea Marianne Helena Ebba Camilla Åsa Anette Sandra Gunilla Anneli Margareta Therese Josefin
    Amanda Jessica Ann Siv Cecilia Frida Lisa Caroline Matilda Maja Elsa Wilma Klara Alice Moa
    Alva Ella Agnes Lovisa Ellen Emelie Louise Ulrika Yvonne Britt Barbro Agneta Gunnel Astrid
    Felicia Nathalie Rebecka Emilia Stina Sofie Madeleine Mikaela Lina Pernilla Charlotte Viktoria
    Mona Anita Ingela Helen Petra Veronica Ann-Christin Olivia Saga Freja Selma Vera Ester Elvira
    Tilda Nora Signe Maj-Britt Gun Ingegerd Margit Irene Berit Eivor Lisbeth Laila Sonja Jeanette
    Mia Tove Isabelle Hedvig Lova Tyra Stella Thea Greta Sigrid Anna-Karin Inga Solveig Elise
    Ylva Ann-Marie Gudrun Kristin Evelina Jennifer Erika Emilie Karolina Hilma Edith Märta Ronja
    Ines Ellinor Majken Iris Nellie Liv Isabella Juni Leah Minna Tuva Elina
    """,
    """
    Ragnhild Vivianne Dagny Ingeborg Viola Svea Gerd Rut Aina Elna Alfhild Hjördis Sylvia Gunvor
    Lillemor Gunhild Ragna Nanna Britta Linn Hilda Meja Idun Embla Tindra Mira Lykke Jasmine
    Josefine Sanna Paulina Emily Rebecca Hedda Livia Ingalill Ann-Sofie Eva-Lena Anna-Lena
    Marie-Louise Ann-Kristin Lise-Lott Kajsa Lotta Lisen Doris Gertrud Inez Maud Mari Majvor Ewa
    Katrin Ulla-Britt Lilian Vanja Gabriella Angelica Jonna Martina Fanny Tina Mathilda Cornelia
    Ingegärd Rigmor Marita Mariann Agnetha Pia Christel Gunbritt Elvy Vivi Asta Alma Edla Hulda
    Ottilia Valborg Signhild Katja Nina Bodil Eleonora Regina Rosita Yasmin Amelia Alexandra
    Melissa Michelle Sabina Natalie Jenna Tova Wendela Louisa Vilma Elsie Lilly Nova Alicia Nicole
    Hannah Linnéa Lea Ellie Dorotea Beata Torborg Sally Joline Ingbritt Ann-Louise Ann-Britt
    Eva-Karin Eva-Britt Anna-Maria Maj Gunborg Gullan Gullvi Irma Inga-Lill Inga-Britt Jill
    Lillian Ingvor Elsy Hillevi Rakel Ruth Siri Solbritt Svanhild Teresia Ulrica Ursula Valentina
    Viveka Yvette Zara Benita Birgit Carin Catarina Charlotta Christin Daniella Denise Diana Elinor
    Elisa Emmy Erica Filippa Gisela Hanne Helga Henny Irén Jane Janina Jenni Judit Karina
    Katharina Lilja Liselott Lucia Madelene Magdalena Margaretha Marina Melinda Milla Molly Monika
    Nadja Nelly Olga Paula Rosa Rosalie Stefanie Tora Vendela Majlis Margot Elvi Edit Sigbritt
    Gunlög Gerda Erna Ann-Charlotte Ann-Catrin Ann-Mari Anne Annie Annica Carola Cristina Evy
    Josephine Jessika Katrina Kristine Marlene My Terese Majvi Alba Leia Agda Anja Annelie
    Ann-Helen Belinda Carita Disa Estelle Fredrika Gull-Britt Harriet Ingmari Kristel Märtha Sonia
    Tekla Vivan Wilhelmina Yrsa
    """,
)
SV_M = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Bengt Andreas
    Stefan Mats Magnus Marcus Alexander Bo Mattias Nils Jonas Göran Martin Björn Sven David Niklas
    Patrik Oskar Leif Christer Henrik Emil Gustav Sebastian Simon Filip Viktor Robert Lennart Ulf
    Kjell Rolf Stig Roger Tommy Joakim Anton Jakob Christian William Lucas Elias Hugo Axel Oliver
    Isak Ludvig Liam Noah Adam Albin Linus Jonathan Tobias Kristoffer Rasmus Robin Hampus Olof Olle
    Arvid Alfred Vincent Leo Theo Edvin Charlie Gunnar Åke Ingemar Kent Håkan Torbjörn Roland Rune
    Bertil Gösta Arne Kenneth Tomas Claes Jörgen Ola Pontus Gabriel Samuel Benjamin Felix Sixten
    Ture Valter Otto Melker Malte Måns Ebbe Alvin Emanuel Jesper Johannes Kevin Dennis Jimmy Conny
    Lars-Erik Karl-Johan Jan-Erik Per-Olof Sten Sune Ove Lars-Göran Kurt Allan Harald Ingvar Sture
    Bror Rickard Ronny Carl Mohammed Ali Eric Jens Jacob Love Vilgot Harry Elton Ivar Josef Joel
    Wilhelm Staffan Hjalmar
    """,
    """
    Assar Helge Egon Evert Folke Gillis Hilding Holger Knut Konrad Lage Malkolm Natanael
    Osvald Ragnar Sigvard Tage Torsten Valdemar Verner Yngve Algot Anselm Artur Birger Boris Dag
    Douglas Einar Elof Elis Enar Gert Gottfrid Halvar Jarl Julius Jöns Kasper Leonard
    Lukas Mauritz Orvar Reinhold Rutger Seth Sigurd Svante Sölve Teodor Tor Torgny Ulrik
    Vidar Viggo Zacharias Östen Göte Loke Casper Melvin Milo Frans Sigge Nils-Erik
    Sven-Erik Per-Erik Jan-Olof Bengt-Göran Carl-Fredrik Hans-Åke Lars-Olof Karl-Erik Stig-Arne
    Per-Anders Lars-Åke Jan-Åke Nils-Olof Karl-Gustav Bo-Göran Per-Gunnar Curt Gustaf Ingmar
    Kennet Morgan Mathias Matias Christoffer Kristofer Krister Jon Ivan Glenn Tony Thord Tord Tore
    Torvald Urban Uno Vilhelm Werner Åsmund Edward Erland Eskil Fabian Ferdinand Gerhard Henning
    Herbert Hilmer Ingolf Joar Jonatan Jonny Kaj Karl-Axel Lenny Lorentz Magne Manfred Markus Noel
    Odd Ossian Petter Ragnvald Rikard Rudolf Sam Sigfrid Stellan Sten-Åke Sven-Olof Sverker Tim
    Torleif Valentin Vilmer Waldemar Wiktor Yasin Adrian Ahmad Alex August Bernt Conrad Dan Edgar
    Edvard Emir Ernst Erling Evald Fritiof Georg Greger Hannes Helmer Ibrahim Isac Jack Joachim
    Karim Klas Lars-Gunnar Leopold Levi Omar Hassan Hussein Yusuf Ahmed Mustafa Amir Carl-Johan
    Nils-Gunnar Sven-Åke Per-Åke Inge Roine Benny Christopher Dick Ingve Aron Birk Colin Dante
    Eddie Eli Elliot Enzo Gideon Iver Jerker Kim Laban Marius Max Mio Neo Nicklas Niclas Oscar
    Olav Otis Peder Pär Roy Sakarias Sigvald Sivert Tjelvar Tristan Truls Jan-Ove Per-Ola Lars-Ove
    Hans-Erik Bo-Erik Jan-Olov Karl-Henrik
    """,
)
SV_S = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Ali Forsberg Sjöberg Wallin Mohammed Engström
    Danielsson Håkansson Eklund Lundin Gunnarsson Holm Samuelsson Fransson Bergman Björk Wikström
    Isaksson Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
    Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
    Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek
    Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm
    Norberg Holmqvist Sundström Ivarsson Jonasson Åström Hussein Lindell Nyman Söderström Hedberg
    Sundqvist Jensen Strand Lindahl Bergqvist Edlund Borg Lindblom Ottosson Sjöström Nordqvist
    Ibrahim Börjesson Ekberg Omar Wiklund Backman Lindén Nordlund Östlund Rosén Kristiansson
    Göransson Johnsson Sandin Forslund Åkerlund Lindkvist Bergkvist Nordberg Engberg Carlsson
    Petersson Jacobsson Stenberg Ekman Sundin Holmström Berntsson Mohamed Palm Forsman
    """,
    """
    Hägglund Adolfsson Lilja Malmberg Nordgren Öhman Almgren Alm Ahlberg Ahlström Almqvist Asplund
    Bäckström Bergendahl Blixt Boman Brandt Broman Byström Carlberg Dahlgren Dahlin Edström Ekholm
    Eklöf Engdahl Enqvist Fagerström Fors Frisk Granath Granberg Grönlund Gullberg Hagberg
    Hallberg Hammar Hedin Hedman Hedström Hjalmarsson Holgersson Hultgren Hultman Jernberg Julin
    Kullberg Kvist Lagerström Landin Larsen Liljegren Lindmark Lindroth Ljung Ljungberg Ljunggren
    Lundell Lundmark Löfstedt Malm Malmqvist Melin Moberg Mörk Norén Norlin Nyqvist Nyholm Olander
    Palmqvist Pihl Rask Rehn Rydberg Rydén Sahlin Sandell Schmidt Selin Sjödin Sjölund Skoglund
    Stenström Strandberg Ståhl Svedberg Svärd Söderlund Thorén Thulin Tornberg Vesterlund Vikström
    Wahlberg Wallgren Wahlström Westerberg Westin Wennberg Wik Zetterberg Ågren Östberg Lönn Fält
    Ros Rosengren Kvarnström Grahn Hammarström Hallin Nyborg Abdi Yousef Khalil Nguyen Yilmaz
    Kaya Demir Virtanen Korhonen Nieminen Haddad Gabriel Jakob Aho Hosseini Ahmadi Rahimi Mahmoud
    Osman Warsame Nowak Kowalski Hodžić Jovanović Hadžić Tesfay Salo Hakala von_Platen af_Klercker
    von_Essen af_Ugglas von_Schantz De_Geer von_Sydow af_Trolle von_Rosen Wachtmeister
    Leijonhufvud Gyllenhammar Stiernstedt von_Heland Bonde Sparre Posse Lewenhaupt Hamilton
    Silfverschiöld von_Otter af_Wetterstedt Cederström Nordenskiöld Ehrensvärd Bjurström Hedenberg
    Ahlgren Fredholm Hallgren Lundén Ekelund Bodin Boström Brodin Dalin Ekdahl Englund Falkman
    Fridh Frid Gren Haglund Hellberg Holst Hörberg Jansen Jeppsson Jeansson Kling Kjellström
    Lagergren Lindvall Lundh Löwenberg Mäkinen Nord Nordahl Ohlsson Pehrsson Rosenqvist Rönnberg
    Sandqvist Sjölin Skog Steen Stålberg Strid Sundell Svanberg Tell Tidholm Unger Wahlgren
    Wallén Wester Widell Åkerman Öst Ölund Bäck Dahlström Edberg Fransén Sjöholm Mellberg
    Nilsén Persdotter Eriksdotter Hultqvist Johannesson Järvinen Kärrman Lundholm Modig
    """,
)

# The US: the Census 1990 lists (public domain), the census's per cent as weight.
US_F = _census(
    """
    Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria
    0.828 Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty
    0.666 Helen 0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle
    0.519 Laura 0.510 Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482
    Cynthia 0.469 Angela 0.468 Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430
    Virginia 0.430 Kathleen 0.424 Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie
    0.400 Carolyn 0.385 Christine 0.382 Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370
    Ann 0.364 Joyce 0.364 Diane 0.359 Alice 0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris
    0.335 Gloria 0.335 Evelyn 0.322 Jean 0.315 Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan
    0.306 Ashley 0.303 Judith 0.297 Rose 0.296 Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.276
    Christina 0.275 Kathy 0.272 Theresa 0.271 Beverly 0.267 Denise 0.264 Tammy 0.259 Irene 0.252
    Jane 0.250 Lori 0.248 Rachel 0.242 Marilyn 0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229
    Sara 0.229 Anne 0.228 Jacqueline 0.228 Wanda 0.226 Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois
    0.220 Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217 Diana 0.216 Annie 0.216 Lillian 0.211
    Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys 0.205 Rita 0.204 Dawn 0.202 Connie
    0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195 Carmen 0.195 Rosa 0.194 Cindy
    0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.179 Kim 0.178 Sherry 0.178 Sylvia 0.177
    Josephine 0.177 Thelma 0.175 Shannon 0.175 Sheila 0.175 Ethel 0.174 Ellen 0.173 Elaine 0.173
    Marjorie 0.173 Carrie 0.171 Charlotte 0.169 Monica 0.166 Esther 0.166 Pauline 0.165 Emma
    0.165 Juanita 0.164 Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva 0.159 Debbie 0.157
    April 0.154 Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150 Eleanor 0.150
    Valerie 0.149 Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145 Gail 0.145
    Bertha 0.143 Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141 Lauren 0.137
    Cathy 0.137 Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica 0.130
    Beatrice 0.130 Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June
    0.125 Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118
    Vivian 0.118 Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115 Yolanda
    0.115 Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111 Sue
    0.111 Elsie 0.110 Beth 0.110 Jeanne 0.109 Vicki 0.109 Carla 0.107 Tara 0.107 Rosemary 0.107
    Eileen 0.105 Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101 Stacey 0.101 Wilma
    0.099 Gina 0.099 Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098 Vera 0.098 Willie
    0.097 Charlene 0.097 Bessie 0.096 Delores 0.095 Melinda 0.094 Pearl 0.094 Arlene 0.094
    Maureen 0.092 Colleen 0.092 Allison 0.092 Tamara 0.092 Joy 0.091 Georgia 0.091 Constance
    0.091 Lillie 0.090 Claudia 0.090 Jackie 0.090 Marcia 0.090 Tanya 0.089 Nellie 0.089 Minnie
    0.089 Marlene 0.088 Heidi 0.088 Glenda 0.088 Lydia 0.086 Viola 0.086 Courtney 0.086 Marian
    0.086 Stella 0.085 Caroline 0.085 Dora 0.084 Jo 0.083 Vickie 0.082 Mattie 0.081 Terry 0.080
    Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078 Myrtle 0.078 Lena 0.077 Christy 0.077
    Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074 Jennie 0.073 Nora 0.073 Margie 0.072
    Nina 0.072 Cassandra 0.072 Leah 0.072 Penny 0.071 Kay 0.071 Priscilla 0.071 Naomi 0.071
    Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069 Tracey 0.069 Leona 0.069
    Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.066 Velma 0.066 Becky 0.066 Bobbie 0.065
    Violet 0.065 Kristina 0.065 Toni 0.064 Misty 0.063 Mae 0.063 Shelly 0.062 Daisy 0.062 Ramona
    0.062 Sherri 0.062 Erika 0.061 Katrina 0.061 Claire 0.061 Lindsey 0.060 Lindsay 0.060 Geneva
    0.059 Guadalupe 0.059 Belinda 0.059 Margarita 0.059 Sheryl 0.059 Cora 0.058 Faye 0.058 Ada
    0.057 Natasha 0.057 Sabrina 0.057 Isabel 0.057 Marguerite 0.056 Hattie 0.056 Harriet 0.056
    Molly 0.055 Cecilia 0.055 Kristi 0.055 Brandi 0.055 Blanche 0.055 Sandy 0.055 Rosie 0.055
    Joanna 0.055 Iris 0.055 Eunice 0.054 Angie 0.054 Inez 0.053 Lynda 0.053 Madeline 0.052
    Amelia 0.052 Alberta 0.052 Genevieve 0.051 Monique 0.051 Jodi 0.051 Janie 0.051 Maggie 0.051
    Kayla 0.051 Sonya 0.051 Jan 0.051 Lee 0.051 Kristine 0.051 Candace 0.051 Fannie 0.050
    Maryann 0.050 Opal 0.050 Alison 0.050 Yvette 0.050 Melody 0.050 Luz 0.049 Susie 0.049 Olivia
    0.049 Flora 0.049 Shelley 0.049 Kristy 0.048 Mamie 0.048 Lula 0.048 Lola 0.048 Verna 0.048
    Beulah 0.048 Antoinette 0.048 Candice 0.046 Juana 0.046 Jeannette 0.046 Pam 0.046 Kelli
    0.046 Hannah 0.045 Whitney 0.045 Bridget 0.045 Karla 0.044 Celia 0.044 Latoya 0.043 Patty
    0.043 Shelia 0.043 Gayle 0.043 Della 0.043 Vicky 0.043 Lynne 0.043 Sheri 0.042 Marianne
    0.042
    """
)

US_M = _census(
    """
    James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
    Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
    Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
    Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613
    Larry 0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537
    Raymond 0.488 Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389
    Peter 0.381 Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328 Roger
    0.322 Joe 0.321 Juan 0.316 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311 Terry 0.311
    Gerald 0.309 Keith 0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282 Nicholas 0.275
    Roy 0.273 Benjamin 0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251 Fred 0.251 Wayne
    0.249 Billy 0.248 Steve 0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240 Randy 0.232 Howard 0.230
    Eugene 0.230 Carlos 0.229 Russell 0.224 Bobby 0.223 Victor 0.222 Martin 0.216 Ernest 0.215
    Phillip 0.213 Todd 0.213 Jesse 0.209 Craig 0.206 Alan 0.204 Shawn 0.200 Clarence 0.197 Sean
    0.197 Philip 0.197 Chris 0.197 Johnny 0.195 Earl 0.193 Jimmy 0.191 Antonio 0.190 Danny 0.190
    Bryan 0.190 Tony 0.190 Luis 0.189 Mike 0.189 Stanley 0.186 Leonard 0.186 Nathan 0.185 Dale
    0.184 Manuel 0.181 Rodney 0.180 Curtis 0.180 Norman 0.177 Allen 0.174 Marvin 0.171 Vincent
    0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166 Jeff 0.166 Chad 0.165 Jacob 0.165 Lee 0.162
    Melvin 0.162 Alfred 0.162 Kyle 0.160 Francis 0.160 Bradley 0.159 Jesus 0.155 Herbert 0.155
    Frederick 0.154 Ray 0.153 Joel 0.152 Edwin 0.148 Don 0.145 Eddie 0.144 Ricky 0.141 Troy
    0.138 Randall 0.138 Barry 0.134 Alexander 0.132 Bernard 0.127 Mario 0.125 Leroy 0.125
    Francisco 0.124 Marcus 0.124 Micheal 0.123 Theodore 0.123 Clifford 0.123 Miguel 0.122 Oscar
    0.122 Jay 0.118 Jim 0.118 Tom 0.117 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie 0.113 Bill
    0.112 Lloyd 0.112 Tommy 0.112 Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108 Jerome 0.108
    Floyd 0.107 Leo 0.106 Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104 Dean 0.104 Greg 0.104
    Jorge 0.104 Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary 0.099 Corey
    0.098 Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094 Hector
    0.094 Shane 0.093 Ricardo 0.093 Sam 0.092 Rick 0.091 Lester 0.091 Brent 0.090 Ramon 0.090
    Charlie 0.090 Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084 Ruben 0.082
    Brett 0.082 Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080 Milton 0.080
    Raul 0.079 Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077 Andre 0.076 Elmer
    0.074 Brad 0.073 Gabriel 0.073 Ron 0.072 Mitchell 0.072 Roland 0.072 Arnold 0.072 Harvey
    0.072 Jared 0.071 Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068 Darryl 0.067
    Jamie 0.066 Neil 0.066 Jessie 0.065 Christian 0.065 Javier 0.065 Fernando 0.065 Clinton
    0.065 Ted 0.064 Mathew 0.064 Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063 Cody 0.063
    Julio 0.063 Kelly 0.063 Kurt 0.062 Allan 0.061 Nelson 0.061 Guy 0.060 Clayton 0.060 Hugh
    0.060 Max 0.059 Dwayne 0.059 Dwight 0.058 Armando 0.058 Felix 0.058 Jimmie 0.058 Everett
    0.057 Jordan 0.056 Ian 0.056 Wallace 0.056 Ken 0.055 Bob 0.055 Jaime 0.055 Casey 0.054
    Alfredo 0.054 Alberto 0.053 Dave 0.053 Ivan 0.053 Johnnie 0.052 Sidney 0.052 Byron 0.052
    Julian 0.052 Isaac 0.051 Morris 0.051 Clifton 0.050 Willard 0.050 Daryl 0.050 Ross 0.050
    Virgil 0.049 Andy 0.049 Marshall 0.049 Salvador 0.049 Perry 0.049 Kirk 0.049 Sergio 0.049
    Marion 0.048 Tracy 0.048 Seth 0.048 Kent 0.048 Terrance 0.048 Rene 0.048 Eduardo 0.047
    Terrence 0.047 Enrique 0.046 Freddie 0.046 Wade 0.045 Austin 0.044 Stuart 0.044 Fredrick
    0.043 Arturo 0.043 Alejandro 0.043 Jackie 0.043 Joey 0.043 Nick 0.043 Luther 0.043 Wendell
    0.042 Jeremiah 0.042 Evan 0.042 Julius 0.042 Dana 0.042 Donnie 0.041 Otis 0.041 Shannon
    0.040 Trevor 0.040 Oliver 0.040 Luke 0.040 Homer 0.040 Gerard 0.040 Doug 0.040 Kenny 0.039
    Hubert 0.039 Angelo 0.039 Shaun 0.039 Lyle 0.038 Matt 0.038 Lynn 0.038 Alfonso 0.038 Orlando
    0.037 Rex 0.037 Carlton 0.037 Ernesto 0.037 Cameron 0.037 Neal 0.037 Pablo 0.036 Lorenzo
    0.036 Omar 0.036 Wilbur 0.036 Blake 0.036 Grant 0.036 Horace 0.036 Roderick 0.036 Kerry
    0.036 Abraham 0.035 Willis 0.035 Rickey 0.035 Jean 0.035 Ira 0.035 Andres 0.034 Cesar 0.034
    Johnathan 0.034 Malcolm 0.034 Rudolph 0.034 Damon 0.034 Kelvin 0.034 Rudy 0.034 Preston
    0.034 Alton 0.033 Archie 0.033 Marco 0.033 Pete 0.032 Randolph 0.032 Garry 0.032 Geoffrey
    0.032 Jonathon 0.032 Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032 Dominic 0.032 Robin
    0.032 Loren 0.032 Delbert 0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031 Lucas 0.031
    """
)

US_S = _census(
    """
    Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424
    Wilson 0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279
    Harris 0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233 Clark
    0.231 Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199 Young 0.193
    Hernandez 0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185 Green 0.183 Adams
    0.174 Baker 0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160 Perez 0.155
    Roberts 0.153 Turner 0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141 Edwards
    0.137 Collins 0.134 Stewart 0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122 Cook
    0.120 Morgan 0.118 Bell 0.117 Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson
    0.112 Cox 0.110 Howard 0.110 Ward 0.108 Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105
    James 0.105 Watson 0.103 Brooks 0.103 Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099
    Wood 0.098 Barnes 0.097 Ross 0.096 Henderson 0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094
    Powell 0.093 Long 0.092 Patterson 0.092 Hughes 0.092 Flores 0.092 Washington 0.092 Butler
    0.091 Simmons 0.091 Foster 0.091 Gonzales 0.087 Bryant 0.087 Alexander 0.085 Russell 0.085
    Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford 0.082 Hamilton 0.082 Graham 0.082
    Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080 Jordan 0.078 Owens 0.078
    Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075 McDonald 0.075 Cruz
    0.075 Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074 Wells 0.073 Webb
    0.072 Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks 0.069
    Crawford 0.068 Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067
    Dixon 0.066 Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065 Rice
    0.064 Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061 Nichols
    0.060 Grant 0.060 Knight 0.060 Ferguson 0.059 Rose 0.059 Stone 0.059 Hawkins 0.059 Dunn
    0.058 Perkins 0.058 Hudson 0.058 Spencer 0.057 Gardner 0.057 Stephens 0.057 Payne 0.057
    Pierce 0.056 Berry 0.056 Matthews 0.056 Arnold 0.056 Wagner 0.055 Willis 0.055 Ray 0.055
    Watkins 0.055 Olson 0.055 Carroll 0.055 Duncan 0.055 Snyder 0.055 Hart 0.054 Cunningham
    0.054 Bradley 0.054 Lane 0.054 Andrews 0.054 Ruiz 0.054 Harper 0.054 Fox 0.053 Riley 0.053
    Armstrong 0.053 Carpenter 0.053 Weaver 0.053 Greene 0.053 Lawrence 0.052 Elliott 0.052
    Chavez 0.052 Sims 0.052 Austin 0.052 Peters 0.052 Kelley 0.052 Franklin 0.051 Lawson 0.051
    Fields 0.051 Gutierrez 0.051 Ryan 0.051 Schmidt 0.051 Carr 0.051 Vasquez 0.051 Castillo
    0.051 Wheeler 0.051 Chapman 0.050 Oliver 0.050 Montgomery 0.049 Richards 0.049 Williamson
    0.049 Johnston 0.049 Banks 0.048 Meyer 0.048 Bishop 0.048 McCoy 0.048 Howell 0.048 Alvarez
    0.048 Morrison 0.048 Hansen 0.047 Fernandez 0.047 Garza 0.047 Harvey 0.047 Little 0.046
    Burton 0.046 Stanley 0.046 Nguyen 0.046 George 0.046 Jacobs 0.046 Reid 0.046 Kim 0.045
    Fuller 0.045 Lynch 0.045 Dean 0.045 Gilbert 0.045 Garrett 0.045 Romero 0.045 Welch 0.044
    Larson 0.044 Frazier 0.044 Burke 0.044 Hanson 0.043 Day 0.043 Mendoza 0.043 Moreno 0.043
    Bowman 0.043 Medina 0.042 Fowler 0.042 Brewer 0.042 Hoffman 0.042 Carlson 0.042 Silva 0.042
    Pearson 0.042 Holland 0.042 Douglas 0.041 Fleming 0.041 Jensen 0.041 Vargas 0.041 Byrd 0.041
    Davidson 0.041 Hopkins 0.041 May 0.040 Terry 0.040 Herrera 0.040 Wade 0.040 Soto 0.040
    Walters 0.040 Curtis 0.040 Neal 0.039 Caldwell 0.039 Lowe 0.039 Jennings 0.039 Barnett 0.039
    Graves 0.039 Jimenez 0.039 Horton 0.039 Shelton 0.039 Barrett 0.039 O'Brien 0.039 Castro
    0.039 Sutton 0.038 Gregory 0.038 McKinney 0.038 Lucas 0.038 Miles 0.038 Craig 0.038
    Rodriquez 0.037 Chambers 0.037 Holt 0.037 Lambert 0.037 Fletcher 0.037 Watts 0.037 Bates
    0.037 Hale 0.037 Rhodes 0.037 Pena 0.037 Beck 0.037 Newman 0.036 Haynes 0.036 McDaniel 0.036
    Mendez 0.036 Bush 0.036 Vaughn 0.036 Parks 0.035 Dawson 0.035 Santiago 0.035 Norris 0.035
    Hardy 0.035 Love 0.035 Steele 0.035 Curry 0.035 Powers 0.035 Schultz 0.035 Barker 0.035
    Guzman 0.034 Page 0.034 Munoz 0.034 Ball 0.034 Keller 0.034 Chandler 0.034 Weber 0.034
    Leonard 0.034 Walsh 0.033 Lyons 0.033 Ramsey 0.033 Wolfe 0.033 Schneider 0.033 Mullins 0.033
    Benson 0.033 Sharp 0.033 Bowen 0.033 Daniel 0.033 Barber 0.032 Cummings 0.032 Hines 0.032
    Baldwin 0.032 Griffith 0.032 Valdez 0.032 Hubbard 0.032 Salazar 0.032 Reeves 0.032 Warner
    0.031 Stevenson 0.031 Burgess 0.031 Santos 0.031 Tate 0.031 Cross 0.031 Garner 0.031 Mann
    0.031 Mack 0.031 Moss 0.031 Thornton 0.031 Dennis 0.031 McGee 0.031 Farmer 0.030 Delgado
    0.030 Aguilar 0.030 Vega 0.030 Glover 0.030 Manning 0.030 Cohen 0.030 Harmon 0.030 Rodgers
    0.030 Robbins 0.030 Newton 0.030 Todd 0.030 Blair 0.030 Higgins 0.030 Ingram 0.030 Reese
    0.030 Cannon 0.030 Strickland 0.030 Townsend 0.030 Potter 0.030 Goodwin 0.030 Walton 0.030
    Rowe 0.029 Hampton 0.029 Ortega 0.029 Patton 0.029 Swanson 0.029 Joseph 0.029 Francis 0.029
    Goodman 0.029 Maldonado 0.029 Yates 0.029 Becker 0.029 Erickson 0.029 Hodges 0.029 Rios
    0.029 Conner 0.029 Adkins 0.029 Webster 0.028 Norman 0.028 Malone 0.028 Hammond 0.028
    Flowers 0.028 Cobb 0.028 Moody 0.028 Quinn 0.028 Blake 0.028 Maxwell 0.028 Pope 0.028 Floyd
    0.027 Osborne 0.027 Paul 0.027 McCarthy 0.027 Guerrero 0.027 Lindsey 0.027 Estrada 0.027
    Sandoval 0.027 Gibbs 0.027 Tyler 0.027 Gross 0.027 Fitzgerald 0.027 Stokes 0.027 Doyle 0.027
    Sherman 0.027
    """
)

# The UK: the ONS baby-name rankings over the generations now living (general knowledge, 1/rank),
# and the commonest surnames of England, Wales and Scotland.
UK_F = ranked(
    """
    Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Jessica
    Freya Charlotte Florence Ivy Willow Daisy Sienna Alice Ruby Evelyn Elsie Rosie Phoebe Matilda
    Millie Chloe Emma Hannah Lucy Ellie Holly Megan Lauren Rebecca Amy Katie Bethany Georgia
    Abigail Eleanor Laura Sarah Rachel Gemma Kirsty Nicola Joanne Claire Lisa Michelle Helen
    Louise Samantha Kelly Victoria Stephanie Natalie Zoe Amanda Julie Karen Tracey Deborah Susan
    Alison Elizabeth Catherine Jennifer Margaret Patricia Janet Christine Carol Jacqueline Pauline
    Wendy Jean Sheila Maureen Linda Brenda Gillian Lesley Angela Dawn Sandra Anne Fiona Joan Hazel
    Kathleen Eileen Mary Dorothy Irene Doreen Jane Caroline Jade Danielle Leanne Kerry Hayley
    Stacey Jasmine Aimee Naomi Harriet Imogen Maisie Esme Erin Scarlett Layla Maya Aria Zara
    Violet Bella Heidi Beatrice Martha Edith Maryam Aisha
    """,
    """
    Fatima Harper Mabel Nancy Thea Orla Eliza Arabella Rose Penelope Clara Ada Hallie Emilia Lola
    Robyn Shannon Chelsea Charlene Tanya Donna Kim Sharon Beverley Yvonne Marion Rita Shirley
    Valerie Barbara Joyce Sylvia Elaine Ann Judith Rosemary Diane Bridget Siobhan Niamh Ciara
    Aoife Catriona Morag Eilidh Mhairi Rhian Cerys Sian Bethan Ffion Carys Nia Seren Megan-Rose
    Kayleigh Jodie Lindsey Vicky Becky Toni Katy Kate Abbie Alexandra Annabel Lydia Francesca
    Georgina Jemima Tamsin Philippa Felicity Hermione Priya Sana Amira Hollie Courtney Amber Paige
    Shauna Leah Keeley Rebekah Hollie-Mae Lacey Tilly Betsy Nell
    """,
)
UK_M = ranked(
    """
    Oliver George Harry Noah Jack Leo Arthur Muhammad Oscar Charlie Jacob Thomas Henry William
    Freddie Alfie Theo Archie Joshua James Edward Alexander Isaac Logan Samuel Lucas Joseph Ethan
    Daniel Max Benjamin Adam Harrison Dylan Mason Jake Luke Ryan Matthew Callum Liam Connor Kieran
    Lewis Jordan Nathan Michael David Andrew Paul Mark Stephen Christopher Richard Robert Peter
    John Ian Gary Simon Darren Lee Craig Neil Stuart Martin Kevin Anthony Graham Philip Jason
    Jonathan Steven Colin Keith Brian Alan Derek Trevor Nigel Barry Kenneth Roger Terence Geoffrey
    Malcolm Dennis Ronald Raymond Gordon Douglas Hamish Alistair Rhys Owen Gareth Dafydd Aled Sean
    Declan Ciaran Patrick Ben Tom Sam Joe Finley Reuben Albie Tommy Ronnie Hugo Louis Sebastian
    Elijah Rory Toby Jude Teddy Stanley Frederick Reggie Ali Omar Yusuf Mohammed Carl Wayne Dean
    Shaun Scott Jamie Aaron
    """,
    """
    Ewan Euan Fraser Angus Callum-James Iain Niall Ruairidh Gethin Iwan Huw Emyr Rhodri Cian Oisin
    Eoin Conor Tadhg Elliot Felix Jasper Rupert Giles Hugh Piers Crispin Barnaby Ralph Alfred Albert
    Ernest Sidney Cyril Harold Leslie Norman Frank Walter Victor Clive Lionel Howard
    Russell Glenn Dale Warren Lloyd Marcus Karl Ricky Danny Jimmy Billy Bobby Mickey Kyle Bradley
    Jordan-Lee Kai Zach Zachary Aidan Brandon Tyler Harvey Riley Bailey Jenson Harley Louie Frankie
    Arlo Ezra Otis Rowan Caleb Blake Edison Ibrahim Hamza Bilal Zain Ayaan Arjun Rohan Raj Sanjay
    Vikram Tariq Imran Kamran Asif
    """,
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
    Wells Armstrong Francis Rees Hayes Hart Hudson
    """,
    """
    Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry
    Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson
    Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson
    Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson
    Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin
    Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
    Reeves Lamb MacDonald Morrison Fraser Wyatt Pritchard Llewellyn Vaughan Jarvis Pugh Nowak
    Kowalski Mahmood Iqbal Akhtar Rahman Miah Uddin Chowdhury Sharma Kumar Mistry Chauhan Gupta
    Mensah Okafor Adeyemi Osei Boateng Campbell-Smith Doherty Gallagher Quinn McLaughlin
    Kavanagh Brennan Fitzgerald MacLeod MacKenzie Sinclair Munro Buchanan Ferguson Paterson
    Crawford Duncan Grieve Cairns Baxter Pryce Vaughan-Jones Bowen Jenkins-Hughes Howells
    Thorne Ashworth Ainsworth Greenwood Sutcliffe Ramsbottom Hargreaves Butterworth Whitehead
    Lister Pickering Barraclough Entwistle Rawlinson Blackburn Holden Haworth Moorhouse
    Fairweather Loveday Penhaligon Trelawney Pascoe Nancarrow Tregear Kitto
    """,
)

# Origins common in Sweden: the commonest given names and surnames as their people carry them here
# (1/rank; the head is the top dozen of each list).


def _origin(f: str, m: str, s: str, head: int = 12) -> Origin:
    def pool(text: str) -> Pool:
        names = _words(text)
        assert len(names) == len(set(names)), text
        cut = min(head, len(names) * 2 // 3)  # a short list keeps a third of it as its tail
        return Pool(tuple(names), tuple(1 / r for r in range(1, len(names) + 1)), cut)

    return Origin(pool(f), pool(m), pool(s))


FINNISH = _origin(
    "Maria Helena Johanna Anneli Kaarina Marjatta Hannele Anna Liisa Tuula Päivi Riitta Sirpa Pirjo Minna Sari Tiina Satu Aino Eeva Leena Maija Kirsi Outi Heidi Aila Raija Sinikka Tarja Marja-Liisa Aili Saara Sanna",
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Tuomas Pentti Esa Veikko Jorma Raimo Erkki Marko Jani Teemu Arto Olavi Eero Aleksi",
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Pitkänen Hakala",
)
ARABIC = _origin(  # Iraq, Syria, Lebanon, Palestine
    "Fatima Zainab Maryam Noor Sara Hiba Rania Layla Amira Rana Dalia Huda Samira Nadia Lina Rasha Yasmin Aya Ruqaya Zahra Hanan Sawsan Nisreen Ghada Maha Reem Salma Shahad Mariam Lamia",
    "Mohammed Ahmed Ali Hussein Omar Mustafa Ibrahim Hassan Khaled Yousef Mahmoud Abdullah Karim Sami Bilal Hamza Tariq Ziad Amjad Samir Nabil Haider Abbas Walid Firas Majid Rami Fadi Hadi Jamal",
    "Ali Mohammed Hassan Ahmed Hussein Ibrahim Abdullah Khalil Saleh Younis Al-Hashimi Al-Jabouri Al-Obaidi Al-Saadi Jasim Kadhim Abbas Mahmoud Haddad Khoury Nasser Darwish Karim Hamid Aziz Yousef Mansour Saeed Al-Rubaie Al-Tamimi Othman",
)
ASSYRIAN = _origin(  # Assyrians and Syriacs (Södertälje, Norrköping)
    "Maryam Shamiram Ninve Sara Helena Martha Elisabet Rima Nahrin Semiramis Sabrina Jacqueline Rebecka Lucia Nisha Tamara Sonia Ester",
    "Gabriel Aho Yakub Melke Afram Sargon Shlemun Ninos Aday Ashur Daniel Georges Jakob Johannes Markus Ibrahim Isa Sami Danho Abrohom",
    "Gabriel Yakoub Aho Kaplan Barsom Danho Gouriye Haddad Malke Yousef Tuma Shamoun Elias Aydin Isik Dag Simon Lahdo Barsoum Kourie Ishak Saliba",
)
SOMALI = _origin(
    "Hodan Amina Fadumo Hawa Ifrah Sahra Ayaan Hibo Deeqa Nimco Sagal Ubah Asha Hamdi Ladan Khadija Maryan Idil Ikran Sucaad",
    "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Mahad Liban Farah Abdikarim Guled Hamza Said Bashir Muse Abshir",
    "Abdi Mohamed Ahmed Hassan Ali Farah Osman Yusuf Warsame Jama Hussein Ismail Nur Aden Omar Abdullahi Said Elmi Hirsi Mohamud Egal Dahir Abdirahman Isse",
)
POLISH = _origin(
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Iwona",
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Rafał Kamil Maciej Robert Sebastian Dawid",
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak",
)
PERSIAN = _origin(
    "Maryam Fatemeh Zahra Shirin Leila Parisa Nasrin Mahsa Sara Roya Azadeh Neda Shabnam Niloufar Mina Samira Farzaneh Golnaz Ladan Elham Sepideh Yasaman",
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Farid Kaveh Dariush Babak Arash Payam Omid Majid Navid Peyman Kourosh Ramin Shahram",
    "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Mousavi Sadeghi Ghorbani Rostami Kazemi Heidari Azizi Najafi Nazari Ebrahimi Amini Akbari Tehrani Shirazi Farahani Bagheri Sharifi",
)
KURDISH = _origin(
    "Rojin Berivan Dilan Nazdar Shilan Zhila Avin Hana Rezan Sozan Jiyan Evin Bahar Gulistan Helin Delal",
    "Rebwar Karwan Hawre Dilshad Aram Soran Shwan Kawa Bakhtiyar Rizgar Hemin Azad Sherko Baran Dara Zana Rojhat Serhat",
    "Ahmad Rashid Aziz Karim Hama Mahmud Saleh Qadir Abdulla Rasul Hussein Amin Hassan Baban Doski Zebari Mustafa Ismail Kurdi Omer",
)
BCS = _origin(  # Bosnia, Serbia, Croatia, Montenegro, North Macedonia, Kosovo
    "Ana Marija Jelena Ivana Milica Dragana Snežana Vesna Amra Emina Lejla Selma Aida Mirela Sanja Maja Mirjana Jasmina Azra Nermina Elma Dijana Gordana Tatjana",
    "Amir Edin Emir Adnan Haris Senad Damir Nenad Dragan Goran Zoran Milan Marko Stefan Nikola Ivan Dejan Aleksandar Mirza Admir Jasmin Kenan Alen Sead Dino Armin Slobodan Zlatan",
    "Hodžić Hadžić Begić Delić Mehmedović Husić Kovačević Jovanović Petrović Nikolić Marković Đorđević Ilić Pavlović Stojanović Popović Horvat Babić Marić Jurić Knežević Šarić Mujić Omerović Hasanović Alić Selimović Ibrahimović Suljić Tahirović Salihović Kovač Lukić Mitrović Krasniqi Berisha Gashi",
)
TURKISH = _origin(
    "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Derya Gül Sevgi Hülya Songül Aylin Selin Ebru Dilek Nur Melike Sibel Yasemin Leyla",
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Fatih Kemal Yusuf Ömer Osman Hakan Ercan Erdal Cem Can Deniz Kaan Tolga",
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güler Erdoğan Aktaş Keskin Tekin Ünal Bulut Karaca",
)
ERITREAN = _origin(  # Eritrea and Ethiopia
    "Selam Helen Senait Luwam Hiwet Rahwa Saba Semhar Winta Yordanos Feven Mebrat Tsega Meron Eden Haben Ruth Mihret Abeba Bethlehem",
    "Yonas Daniel Tesfay Habte Michael Samuel Filmon Yohannes Tekle Berhane Dawit Mulugeta Tewelde Amanuel Robel Merhawi Kibrom Natnael Biniam Henok",
    "Tesfay Tekle Berhane Haile Gebremedhin Gebreyesus Woldemariam Habte Kidane Tesfamariam Ghebremichael Mehari Andemariam Negash Asfaha Yohannes Mengistu Abraha Weldu Zerai Kahsay Ghirmay",
)
AFGHAN = _origin(
    "Fatima Mariam Zahra Shabnam Farzana Parwana Mursal Nilofar Zarmina Khadija Malalai Freshta Madina Sodaba Homa Nargis Roya Marzia Tahmina Zainab",
    "Mohammad Ahmad Ali Mustafa Hamid Jawad Rahim Sayed Naser Mahmoud Hussain Wahid Karim Jamshid Farid Omid Sohrab Zabihullah Murtaza Elyas Reza Ismail",
    "Ahmadi Hussaini Rahimi Karimi Mohammadi Sultani Noori Hakimi Rezaie Jafari Haidari Sadat Popal Rasuli Safi Stanikzai Amiri Nazari Hashimi Sharifi Azimi Wardak Mohseni",
)
THAI = _origin(
    "Siriporn Malee Supaporn Pranee Kanya Nittaya Wanida Sunisa Pornthip Ratana Jintana Lamai Orathai Kannika Suda Pim Duangjai Chanida Waraporn Thanyarat",
    "Somchai Somsak Prasert Anan Chaiya Niran Surachai Wichai Thawatchai Kittisak Sakda Boonmee Nattapong Arthit Krit",
    "Srisuk Saetang Suksawat Chaiyaporn Wongsa Rattanakul Boonyarat Sirichai Phromma Kaewkla Thongdee Sukprasert Jaidee Chanthara Somboon Wongsawat Khamsing Bunma",
)
LATIN = _origin(  # Chile and the rest of Latin America
    "María Carolina Camila Francisca Javiera Valentina Constanza Catalina Daniela Fernanda Paula Claudia Patricia Ximena Marcela Andrea Gabriela Isabel Verónica Lorena Pilar Soledad Macarena",
    "José Juan Luis Carlos Jorge Pablo Diego Felipe Matías Sebastián Cristián Rodrigo Francisco Andrés Gonzalo Patricio Ricardo Héctor Eduardo Manuel Mauricio Alejandro Tomás",
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco",
)
INDIAN = _origin(
    "Priya Anjali Deepa Pooja Kavya Sneha Neha Divya Lakshmi Swati Ananya Shreya Meera Aishwarya Nandini Ritu Sunita Geeta",
    "Rahul Amit Rajesh Sanjay Arjun Vikram Suresh Anil Rohit Karthik Vivek Ravi Arun Manoj Deepak Nikhil Siddharth Aditya Prakash Sandeep",
    "Sharma Patel Singh Kumar Gupta Reddy Nair Iyer Rao Shah Mehta Joshi Das Menon Pillai Verma Krishnan Agarwal Chopra Banerjee Mukherjee Desai Kulkarni Bhat",
)
CHINESE = _origin(
    "Li Yan Jing Mei Xiaoling Hui Ying Fang Lin Na Xin Yu Ling Qian Xiaomei Yuqing",
    "Wei Jun Lei Hao Ming Jian Tao Bo Yong Chao Peng Feng Gang Xiaoming Zhiwei Haoran",
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo",
)
VIETNAMESE = _origin(
    "Lan Huong Linh Mai Thu Trang Hoa Ngoc Anh Thuy Hanh Phuong",
    "Minh Duc Hung Tuan Nam Long Quang Thanh Hieu Dung Khanh Son",
    "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong",
)
UKRAINIAN = _origin(
    "Olena Oksana Iryna Tetiana Natalia Yulia Kateryna Svitlana Olha Anastasiia Viktoriia Mariia Halyna Liudmyla Daria",
    "Oleksandr Andrii Serhii Volodymyr Dmytro Mykola Yurii Oleh Vasyl Ivan Bohdan Taras Maksym Ihor Vitalii",
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
)
GERMAN = _origin(
    "Sabine Petra Claudia Andrea Susanne Katrin Stefanie Julia Anja Nicole Birgit Monika Ursula Heike Lena Laura Lea Hannah Sophie Anna",
    "Thomas Michael Andreas Stefan Klaus Jürgen Frank Uwe Markus Jens Torsten Matthias Wolfgang Dieter Jan Lukas Felix Jonas Tobias Florian",
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann",
)
NORDIC = _origin(  # Norway and Denmark
    "Kari Ingrid Anne Marit Hanne Mette Kirsten Tone Silje Ida Nora Ingeborg Randi Line Camilla Lene",
    "Ole Jan Per Bjørn Lars Morten Knut Kjetil Espen Søren Jens Niels Rasmus Henrik Anders Jørgen Håvard Trond Geir Arne",
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Nielsen Christensen Rasmussen Jørgensen Haugen Johnsen Berg Halvorsen Dahl Lund Bakken Solberg Strand Eriksen Sørensen Madsen Holm",
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "assyrian": ASSYRIAN,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "kurdish": KURDISH,
    "bcs": BCS,
    "turkish": TURKISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "latin": LATIN,
    "indian": INDIAN,
    "chinese": CHINESE,
    "vietnamese": VIETNAMESE,
    "ukrainian": UKRAINIAN,
    "german": GERMAN,
    "nordic": NORDIC,
}

# Who is named, by the language of the row: Swedish text roughly as Sweden's population is (by
# country of birth and of parents' birth), English text as the UK and the US are with Swedes and
# others among them, mixed text between the two.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "finnish": 3.5, "arabic": 4.5, "assyrian": 1.2, "somali": 1.8, "polish": 2.5,
        "persian": 2.2, "kurdish": 1.3, "bcs": 2.5, "turkish": 1.5, "eritrean": 1.2, "afghan": 1.5,
        "thai": 1.0, "latin": 1.0, "indian": 1.2, "chinese": 0.8, "vietnamese": 0.5,
        "ukrainian": 1.3, "german": 1.0, "nordic": 1.2, "us": 0.4, "uk": 0.5,
    },
    "en": {
        "us": 36, "uk": 38, "swedish": 8, "indian": 4, "german": 2, "polish": 2, "nordic": 1.5,
        "arabic": 1.5, "chinese": 1.5, "latin": 1.5, "finnish": 1, "somali": 0.7, "ukrainian": 0.8,
        "turkish": 0.8, "vietnamese": 0.5, "persian": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 8, "arabic": 4, "finnish": 3, "polish": 3, "german": 2.5,
        "nordic": 2, "bcs": 2, "persian": 2, "indian": 2, "somali": 1.3, "kurdish": 1.2,
        "turkish": 1.2, "afghan": 1.2, "eritrean": 1, "ukrainian": 1.2, "latin": 1, "thai": 0.8,
        "chinese": 0.8, "assyrian": 0.8, "vietnamese": 0.5,
    },
}  # fmt: skip

# Short forms and nicknames as people write them, by given name.
NICK_SV: dict[str, list[str]] = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Johan": ["Jocke"],
    "Karl": ["Kalle"], "Per": ["Pelle", "Pera"], "Peter": ["Pelle"], "Thomas": ["Tompa"],
    "Tomas": ["Tompa"], "Hans": ["Hasse"], "Magnus": ["Manne"], "Marcus": ["Mackan"],
    "Niklas": ["Nicke"], "Patrik": ["Patte"], "Christian": ["Kricke"],
    "Fredrik": ["Freddan"], "Stefan": ["Steffe"], "Jan": ["Janne"], "Gustav": ["Gurra", "Gusse"],
    "Sebastian": ["Sebbe"], "Alexander": ["Alex"], "Robert": ["Robban"], "Daniel": ["Danne"],
    "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Olof": ["Olle"], "Lennart": ["Lelle"],
    "Kenneth": ["Kenta"], "Sven": ["Svenne"], "Oskar": ["Ogge"], "Viktor": ["Vicke"],
    "Henrik": ["Henke"], "Filip": ["Fille"], "Nils": ["Nisse"], "Bengt": ["Bengan"],
    "Rolf": ["Roffe"], "Christer": ["Kicke"], "Sixten": ["Sigge"], "Mattias": ["Matte"],
    "Anders": ["Ante"], "Ingemar": ["Ingo"], "Roger": ["Rogge"], "Bo": ["Bosse"],
    "Göran": ["Göte"], "Jörgen": ["Jögge"], "Rasmus": ["Rasse"], "Albin": ["Abbe"],
    "Elisabeth": ["Bettan", "Lisa"], "Margareta": ["Maggan"], "Katarina": ["Kattis", "Kajsa"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Kristina": ["Kicki", "Stina"],
    "Birgitta": ["Gittan", "Bittan"], "Madeleine": ["Madde"], "Therese": ["Tessan"],
    "Camilla": ["Millan"], "Josefin": ["Jossan"], "Caroline": ["Carro"], "Karolina": ["Carro"],
    "Matilda": ["Tilda"], "Viktoria": ["Vickan"], "Louise": ["Lollo"], "Johanna": ["Jojo"],
    "Gunilla": ["Gunnan"], "Jessica": ["Jessie"], "Emelie": ["Emmy"], "Annika": ["Acke"],
    "Cecilia": ["Cilla"], "Agneta": ["Agge"], "Ingegerd": ["Ingis"], "Marianne": ["Mian"],
    "Jonas": ["Jonte"], "Jonathan": ["Jonte"], "Erik": ["Erre"], "Ulf": ["Uffe"], "Stig": ["Stickan"],
    "Hampus": ["Hampe"], "Ludvig": ["Ludde"], "Alfred": ["Affe"], "William": ["Wille"],
    "Carl": ["Calle"], "Christina": ["Tina", "Kicki"], "Helena": ["Lena"], "Rebecka": ["Becka"],
    "Alexandra": ["Alex"], "Pernilla": ["Nilla"], "Ann-Christin": ["Anki"], "Maj-Britt": ["Majsan"],
    "Barbro": ["Babben"], "Kristoffer": ["Kricke", "Krille"], "Gunnar": ["Gunne"],
}  # fmt: skip
NICK_EN: dict[str, list[str]] = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"],
    "William": ["Bill", "Will"], "Michael": ["Mike"], "James": ["Jim", "Jamie"],
    "Richard": ["Rick", "Rich"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"], "Thomas": ["Tom", "Tommy"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Daniel": ["Dan", "Danny"],
    "Joseph": ["Joe"], "Anthony": ["Tony"], "Edward": ["Ed", "Eddie", "Ted"],
    "Charles": ["Charlie", "Chuck"], "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"],
    "Samuel": ["Sam"], "Alexander": ["Alex"], "Nicholas": ["Nick"], "Benjamin": ["Ben"],
    "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"],
    "Kimberly": ["Kim"], "Victoria": ["Vicky", "Tori"], "Matthew": ["Matt"], "David": ["Dave"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Timothy": ["Tim"], "Gregory": ["Greg"],
    "Jessica": ["Jess"], "Christine": ["Chris"], "Jacqueline": ["Jackie"], "Abigail": ["Abby"],
    "Eleanor": ["Ellie", "Nell"], "Oliver": ["Ollie"], "Frederick": ["Fred", "Freddie"],
    "Nicola": ["Nicky"], "Philip": ["Phil"], "Kenneth": ["Ken"], "Gerald": ["Gerry"],
    "Raymond": ["Ray"], "Terence": ["Terry"], "Alison": ["Ali"], "Amanda": ["Mandy"],
    "Dorothy": ["Dot"], "Lawrence": ["Larry"], "Donald": ["Don"], "Douglas": ["Doug"],
    "Jacob": ["Jake"], "Joshua": ["Josh"], "Nathan": ["Nate"], "Zachary": ["Zach"],
    "Henry": ["Harry", "Hal"], "Patrick": ["Pat", "Paddy"], "Ronald": ["Ron", "Ronnie"],
    "Albert": ["Bert", "Al"], "Leonard": ["Len", "Lenny"], "Judith": ["Judy"], "Sandra": ["Sandy"],
    "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Melissa": ["Mel"], "Stephanie": ["Steph"],
    "Natalie": ["Nat"], "Charlotte": ["Lottie"], "Isabella": ["Izzy", "Bella"], "Amelia": ["Millie"],
    "Florence": ["Flo"], "Matilda": ["Tilly"], "Penelope": ["Penny"], "Gillian": ["Gill"],
    "Louise": ["Lou"], "Alexandra": ["Alex", "Lexi"], "Jeffrey": ["Jeff"], "Russell": ["Russ"],
    "Stanley": ["Stan"], "Theodore": ["Ted"], "Reginald": ["Reg", "Reggie"], "Barbara": ["Barb"],
}  # fmt: skip
# Swedish hyphenated given names as they are carried (about one in twenty with the hyphenated
# names that the pools above hold themselves).
HYPHEN_SHARE = 0.035
SV_HYPHEN_F = ranked(
    "Ann-Christin Ann-Marie Anna-Karin Ann-Charlotte Anna-Lena Eva-Lena Maj-Britt Ann-Sofie Marie-Louise Ann-Kristin Anna-Maria Eva-Karin",
    "Lise-Lott Ulla-Britt Inga-Lill Eva-Britt Ann-Louise Ann-Britt Inga-Britt Ann-Catrin Ann-Mari Anna-Carin Britt-Marie Ann-Helen Gull-Britt Lena-Maria",
)
SV_HYPHEN_M = ranked(
    "Karl-Johan Lars-Erik Jan-Erik Per-Olof Lars-Göran Carl-Johan Nils-Erik Sven-Erik Per-Erik Jan-Olof Lars-Olof Karl-Erik",
    "Bengt-Göran Hans-Åke Stig-Arne Per-Anders Lars-Åke Jan-Åke Nils-Olof Karl-Gustav Bo-Göran Per-Gunnar Sven-Olof Sten-Åke Lars-Gunnar Jan-Ove Per-Ola Hans-Erik Carl-Fredrik Karl-Axel",
)
NICKNAMES: dict[str, dict[str, list[str]]] = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
