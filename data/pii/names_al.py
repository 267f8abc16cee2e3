"""Name pools of held-out AL (issue 15): names as the population has them, seventeenth writer.

Written from the writer's general knowledge as Python data, for `generate_al.py` (stdlib only).
Every list is in rank order, commonest first:

- Swedish given names (women, men) and surnames in the order of SCB's name statistics (the
  names people go by; surnames of Swedish and Nordic form only: Ali, Mohammed, Ahmed, Hassan and
  the like, high in SCB's list too, are drawn through the origins that carry them). Weight 1/rank.
- US given names and surnames from the Census 1990 lists (the first ~400 of each), with the
  census's per cent as weight, as the writer remembers it.
- UK given names (the generations now adult, after ONS's rankings) and surnames (the commonest
  surnames of England, Wales and Scotland). Weight 1/rank.
- The commonest given names and surnames of the origins common in Sweden. Weight 1/rank.

A list's head is its top `head` names (150 for the long lists, about a third of the short
ones); `Draw.pick` takes a name from the head with probability HEAD_SHARE, else from the tail.
"""

from __future__ import annotations

from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(text: str, head: int, first: int = 400) -> Pool:
    """A list of `Name per-cent` pairs in rank order, the per cent as weight; its `first` names."""
    words = text.split()[: 2 * first]
    names = tuple(words[0::2])
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(float(w) for w in words[1::2]), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


# --- Sweden (SCB's order) -------------------------------------------------------------------

SV_F = ranked(
    """
    Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Hanna Elin Linnéa
    Sofia Birgitta Jenny Annika Julia Susanne Ida Margareta Linda Monica Johanna Elisabeth Ulla
    Camilla Carina Katarina Åsa Inger Helena Ebba Cecilia Amanda Frida Emelie Alice Therese Elsa
    Louise Agneta Gunilla Maja Lisa Moa Matilda Wilma Ella Alva Astrid Klara Olivia Ellen Ann
    Josefin Caroline Jessica Sandra Petra Anette Marianne Yvonne Siv Barbro Ulrika Lovisa
    Felicia Nathalie Tove Saga Vera Stina Nora Freja Agnes Selma Signe Ester Ingela Britt Mona
    Gun Lina Sofie Emilia Elvira Tuva Cornelia Charlotte Pernilla Madeleine Rebecka Mikaela
    Ylva Viktoria Anneli Helen Mia Linn Ellinor Tilda Lilly Ines Hedvig Sigrid Majken Vilma
    Tindra Nellie Juni Iris Hilma Edith Märta Berit Gunnel Irene Elsie Ingegerd Gudrun Margit
    Britta Ewa Susanna Elisabet Jennie Fanny Paulina Jonna Isabelle Ronja Alexandra
    """
    + """
    Kristin Rut Lilian Annelie Marita Greta Dagny Eleonora Hillevi Karolina Lotta
    Jeanette Elise Mathilda Sanna Beatrice Ann-Marie Ann-Christin Anna-Karin Maj-Britt Eva-Lena
    Ing-Marie Anna-Lena Lillemor Solveig Inga Ingeborg Gertrud Svea Asta Elna Ruth
    Carin Kajsa Ulrica Katrin Veronica Malva Leia Vilda Liv Alma Thea Elina My Molly Minna Isa
    Jasmine Michelle Natalie Rebecca Angelica Evelina Hilda Linnea Amelia Stella Lea Meja
    Melissa Wera Lova Elvina Tyra Lykke Leah Hedda Doris Henny Marta Hjördis Vivianne
    Lisbeth Gull-Britt Rose-Marie Ann-Sofie Eva-Marie Anna-Maria Britt-Marie Siw Mariana Cajsa
    Tova Josefine Hannele Emilie Rakel Miriam Judit Edla Ingalill Kristel Sonja
    Ragnhild Viveka Aina Elly Majvor Laila Nanna Ofelia Filippa Teresia Adele Annie
    """,
    head=150,
)

SV_M = ranked(
    """
    Lars Anders Johan Per Erik Karl Peter Mikael Jan Thomas Daniel Hans Fredrik Stefan Mats
    Magnus Andreas Bengt Mattias Jonas Martin Bo Alexander Marcus Niklas Göran Björn Leif Sven
    Nils Oskar Patrik Christer Henrik Kent Rolf Sebastian Emil David Gustav Viktor Simon Anton
    Filip William Lucas Oliver Hugo Elias Liam Axel Isak Ludvig Adam Leo Noah Alfred Olle Arvid
    Vincent Theo Melvin Albin Elliot Jakob Joel Robin Tobias Kristoffer Roger Ulf Lennart Kjell
    Åke Gunnar Stig Ingvar Rune Bertil Kurt Roland Tommy Håkan Joakim Pontus Rasmus Max Linus
    Jesper Dennis Jimmy Robert Richard Claes Carl Olof Gustaf Torbjörn Conny Tony Kenneth Pär
    Ola Jörgen Urban Ove Arne Gösta Sture Hampus Edvin Melker Valter Sixten Ture Folke Harald
    Einar Sigge Frans Malte Casper Vilgot Ebbe Otto Wilmer Charlie Love Loke Sam Alvin Elis
    Henry Colin Nicklas Johnny Göte Lage Kennet Benny Jens Markus Rickard
    """
    + """
    Jon Christian Krister Ingemar Sören Lars-Erik Per-Olof Karl-Erik Jan-Erik Lars-Göran
    Hans-Erik Carl-Johan Nils-Erik Bo-Göran Sven-Erik Per-Anders Evert Sigvard Valdemar
    Helmer Algot Birger Holger Gerhard Allan Arnold Yngve Torsten Hilding Ragnar Assar
    Viggo Tage Gottfrid Oscar Vidar Tor Dag Jonatan Albert Ivar Hjalmar
    Josef Edward Milo Vide August Bill Tim Kim Ronny Ronnie Leon Neo Ville Dante
    Hannes Adrian Felix Julian Joar Måns Tore Eddie Fabian Gabriel Samuel Jacob Isac
    Kevin Joacim Christoffer Björne Tomas Petter Kristian Mathias Niclas Jörn
    Staffan Åsmund Östen Reinhold Gunne Sune Sten Uno Rudolf Lennarth
    Ossian Aron Benjamin Wille Laurin Knut Severin Elof Sigurd Verner
    """,
    head=150,
)

SV_SUR = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson
    Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren
    Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin
    Engström Danielsson Håkansson Eklund Lundin Gunnarsson Holm Samuelsson Fransson Bergman
    Nyström Holmberg Johnsson Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
    Mårtensson Lundström Viklund Björk Eliasson Pålsson Berggren Sandström Lund Nordin Ström
    Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson
    Martinsson Öberg Andreasson Falk Blom Månsson Åkesson Strömberg Jonasson Norberg Sundström
    Ivarsson Dahl Lindholm Jeppsson Björklund Isaksson Göransson Bergqvist Hedberg Lindblom
    Nordlund Sundqvist Ek Ekberg Ekman Lindahl Lilja Engberg Holmqvist Wikström Johannesson
    Söderström Höglund Bergkvist Nyman Strand Björkman Edlund Stenberg Lindén Hägglund Norman
    Törnqvist Åström Ekholm Lindh Sjöström Nordqvist Sundin Sandin Borg Hedström Nygren
    Westerberg Rosén Forsman Carlsson Jacobsson Backman Lindell Sjödin Ahlberg Forslund
    Malmberg Palm Wahlström Wiklund Söderlund Vikström Lindkvist
    """
    + """
    Engman Granberg Rydberg Östlund Hallberg Kjellberg Berntsson Ottosson Augustsson
    Gustavsson Ljung Lindstedt Strandberg Thorén Lindroth Wennberg Åkerlund Rask Ågren Boström
    Hjalmarsson Melin Öhman Törnblom Sandell Mohlin Bäckström Lundell Lindmark Burman Roos
    Hedman Nord Edström Jäderberg Östman Blomberg Axelsson-Berg Frisk Sundell Åkerman Stål
    Holmström Hägg Lundmark Brandt Grahn Sahlin Nordgren Ahlström Hedin Lövgren Gran Åhman
    Ekdahl Sellberg Wallgren Lundh Björling Bengtzon Tornberg Ståhl Hammar Sjölund Flodin
    Kvist Berglöf Ekstrand Nordberg Sandgren Ahlgren Eng Bergh Wester Kronberg
    Stenström Ohlsson Karlberg Hellberg Fors Sjöqvist Rosenberg Dahlgren
    Bergenholtz Sköld Thunberg Vesterlund Hammarström Grönlund Nordh Ljungberg Alm Almqvist
    Lindelöf Sterner Ferm Torstensson Berndtsson Josefsson Adolfsson Hedqvist Wikander Klang
    Hultman Lagerqvist Skoglund Lövström Wallén Sjöblom Lindfors Ljungqvist Rehn
    """,
    head=150,
)

# Swedish given names as 19th-century church books have them (for family-tree notes): 1/rank.
OLD_SV_F = ranked(
    """
    Anna Maria Stina Kajsa Brita Greta Maja Lisa Karin Ingrid Christina Johanna Sara Elin
    Kerstin Ulrika Katarina Helena Lena Märta Carolina Charlotta Sofia Augusta Hedvig Emma
    Hulda Hilda Ida Amanda Matilda Elsa Ingeborg Gertrud Beata Magdalena Elisabet Gustava
    Margareta Eva Annika Malin Sigrid Elna Nanny Selma Jenny Ester Alma Gunhild
    """,
    head=16,
)
OLD_SV_M = ranked(
    """
    Johan Anders Carl Per Nils Erik Lars Olof Jonas Petter Gustaf Magnus Sven Jöns Måns Pehr
    Jan Isak Jakob August Fredrik Axel Hans Mårten Israel Daniel Elias Ola Jon Påhl Hindrik
    Abraham Samuel Adolf Oskar Albin Emil Gottfrid Alfred Wilhelm Ernst Knut Frans Josef
    """,
    head=16,
)


# --- United States (Census 1990, per cent as weight) -------------------------------------------

US_F = census(
    """
    Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932
    Maria 0.828 Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667
    Betty 0.666 Helen 0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522
    Michelle 0.519 Laura 0.510 Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490
    Shirley 0.482 Cynthia 0.469 Angela 0.468 Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440
    Rebecca 0.430 Virginia 0.430 Kathleen 0.424 Pamela 0.416 Martha 0.412 Debra 0.408
    Amanda 0.404 Stephanie 0.400 Carolyn 0.385 Christine 0.382 Marie 0.379 Janet 0.379
    Catherine 0.373 Frances 0.370 Ann 0.364 Joyce 0.364 Diane 0.359 Alice 0.357 Julie 0.348
    Heather 0.337 Teresa 0.336 Doris 0.335 Gloria 0.335 Evelyn 0.322 Jean 0.315 Cheryl 0.315
    Mildred 0.313 Katherine 0.313 Joan 0.306 Ashley 0.303 Judith 0.297 Rose 0.296 Janice 0.285
    Kelly 0.283 Nicole 0.281 Judy 0.276 Christina 0.275 Kathy 0.272 Theresa 0.271 Beverly 0.267
    Denise 0.264 Tammy 0.259 Irene 0.252 Jane 0.250 Lori 0.248 Rachel 0.242 Marilyn 0.241
    Andrea 0.236 Kathryn 0.234 Louise 0.229 Sara 0.229 Anne 0.228 Jacqueline 0.228 Wanda 0.226
    Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois 0.220 Tina 0.220 Phyllis 0.219 Norma 0.218
    Paula 0.217 Diana 0.216 Annie 0.216 Lillian 0.211 Emily 0.208 Robin 0.208 Peggy 0.208
    Crystal 0.207 Gladys 0.205 Rita 0.204 Dawn 0.202 Connie 0.200 Florence 0.200 Tracy 0.197
    Edna 0.197 Tiffany 0.195 Carmen 0.195 Rosa 0.194 Cindy 0.191 Grace 0.189 Wendy 0.185
    Victoria 0.180 Edith 0.179 Kim 0.178 Sherry 0.178 Sylvia 0.177 Josephine 0.177 Thelma 0.175
    Shannon 0.175 Sheila 0.175 Ethel 0.174 Ellen 0.173 Elaine 0.173 Marjorie 0.173 Carrie 0.171
    Charlotte 0.169 Monica 0.166 Esther 0.166 Pauline 0.165 Emma 0.165 Juanita 0.164
    Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva 0.159 Debbie 0.157 April 0.154
    Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150 Eleanor 0.150 Valerie 0.149
    Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145 Gail 0.145 Bertha 0.143
    Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141 Lauren 0.137 Cathy 0.137
    Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica 0.130 Beatrice 0.130
    Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June 0.125
    Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118
    Vivian 0.118 Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115
    Yolanda 0.115 Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111
    Sue 0.111 Elsie 0.110 Beth 0.110 Jeanne 0.109 Vicki 0.108 Carla 0.107 Tara 0.107
    Rosemary 0.107 Eileen 0.105 Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101
    Stacey 0.101 Wilma 0.099 Gina 0.099 Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098
    Vera 0.098 Willie 0.097 Charlene 0.097 Bessie 0.096 Delores 0.096 Melinda 0.096 Pearl 0.096
    Arlene 0.096 Maureen 0.095 Colleen 0.095 Allison 0.095 Tamara 0.095 Joy 0.095 Georgia 0.095
    Constance 0.095 Lillie 0.094 Claudia 0.094 Jackie 0.094 Marcia 0.094 Tanya 0.093
    Nellie 0.093 Minnie 0.093 Marlene 0.093 Heidi 0.093 Glenda 0.092 Lydia 0.092 Viola 0.092
    Courtney 0.092 Marian 0.092 Stella 0.092 Caroline 0.092 Dora 0.091 Jo 0.091 Vickie 0.091
    Mattie 0.090 Terry 0.088 Maxine 0.088 Irma 0.088 Mabel 0.088 Marsha 0.088 Myrtle 0.088
    Lena 0.088 Christy 0.087 Deanna 0.087 Patsy 0.087 Hilda 0.086 Gwendolyn 0.086 Jennie 0.086
    Nora 0.086 Margie 0.085 Nina 0.085 Cassandra 0.085 Leah 0.085 Penny 0.085 Kay 0.085
    Priscilla 0.084 Naomi 0.084 Carole 0.084 Brandy 0.084 Olga 0.084 Billie 0.083 Dianne 0.083
    Tracey 0.083 Leona 0.083 Jenny 0.083 Felicia 0.083 Sonia 0.082 Miriam 0.082 Velma 0.082
    Becky 0.082 Bobbie 0.081 Violet 0.081 Kristina 0.081 Toni 0.081 Misty 0.080 Mae 0.080
    Shelly 0.080 Daisy 0.080 Ramona 0.079 Sherri 0.079 Erika 0.079 Katrina 0.079 Claire 0.079
    Lindsey 0.078 Lindsay 0.078 Geneva 0.078 Guadalupe 0.078 Belinda 0.078 Margarita 0.077
    Sheryl 0.077 Cora 0.077 Faye 0.077 Ada 0.077 Natasha 0.077 Sabrina 0.077 Isabel 0.076
    Marguerite 0.076 Hattie 0.076 Harriet 0.075 Molly 0.075 Cecilia 0.075 Kristi 0.074
    Brandi 0.074 Blanche 0.074 Sandy 0.074 Rosie 0.074 Joanna 0.073 Iris 0.073 Eunice 0.072
    Angie 0.072 Inez 0.072 Lynda 0.071 Madeline 0.071 Amelia 0.071 Alberta 0.071
    Genevieve 0.071 Monique 0.071 Jodi 0.071 Janie 0.071 Maggie 0.070 Kayla 0.070 Sonya 0.070
    Jan 0.070 Lee 0.069 Kristine 0.069 Candace 0.069 Fannie 0.069 Maryann 0.069 Opal 0.069
    Alison 0.068 Yvette 0.068 Melody 0.068 Luz 0.068 Susie 0.068 Olivia 0.068 Flora 0.068
    Shelley 0.068 Kristy 0.068 Mamie 0.067 Lula 0.067 Lola 0.067 Verna 0.067 Beulah 0.067
    Antoinette 0.067 Candice 0.066 Juana 0.066 Jeannette 0.066 Pam 0.066 Kelli 0.066
    Hannah 0.066 Whitney 0.066 Bridget 0.065 Karla 0.065 Celia 0.065 Latoya 0.065 Patty 0.065
    Shelia 0.065 Gayle 0.065 Della 0.065 Vicky 0.065 Lynne 0.065 Sheri 0.064 Marianne 0.064
    Kara 0.064 Jacquelyn 0.064 Erma 0.064 Blanca 0.064 Myra 0.064 Leticia 0.064 Pat 0.064
    Krista 0.064 Roxanne 0.063 Angelica 0.063 Johnnie 0.062 Robyn 0.062 Francis 0.062
    Adrienne 0.062 Rosalie 0.062 Alexandra 0.062 Brooke 0.062 Bethany 0.062 Sadie 0.062
    Bernadette 0.062 Traci 0.061 Jody 0.061 Kendra 0.061 Jasmine 0.061 Nichole 0.061
    Rachael 0.061 Chelsea 0.061 Mable 0.061 Ernestine 0.061 Muriel 0.061 Marcella 0.060
    Elena 0.060 Krystal 0.060 Angelina 0.060 Nadine 0.060 Kari 0.060 Estelle 0.060 Dianna 0.059
    Paulette 0.059 Lora 0.059 Mona 0.058 Doreen 0.058 Rosemarie 0.058 Angel 0.058 Desiree 0.058
    Antonia 0.058 Hope 0.057 Ginger 0.057 Janis 0.057 Betsy 0.057 Christie 0.057 Freda 0.057
    Mercedes 0.057 Meredith 0.057 Lynette 0.057 Teri 0.057 Cristina 0.057 Eula 0.057
    Leigh 0.057 Meghan 0.056 Sophia 0.056 Eloise 0.056
    """,
    head=150,
)

US_M = census(
    """
    James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
    Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948
    Mark 0.938 Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736
    Ronald 0.725 Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640
    Jose 0.613 Larry 0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540
    Andrew 0.537 Raymond 0.488 Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399
    Patrick 0.389 Peter 0.381 Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335
    Ryan 0.328 Roger 0.322 Joe 0.321 Juan 0.320 Jack 0.315 Albert 0.314 Jonathan 0.313
    Justin 0.311 Terry 0.311 Gerald 0.309 Keith 0.308 Samuel 0.306 Willie 0.302 Ralph 0.282
    Lawrence 0.282 Nicholas 0.275 Roy 0.273 Benjamin 0.270 Bruce 0.263 Brandon 0.260 Adam 0.259
    Harry 0.251 Fred 0.251 Wayne 0.249 Billy 0.248 Steve 0.246 Louis 0.243 Jeremy 0.242
    Aaron 0.240 Randy 0.232 Howard 0.230 Eugene 0.230 Carlos 0.229 Russell 0.224 Bobby 0.223
    Victor 0.222 Martin 0.216 Ernest 0.215 Phillip 0.213 Todd 0.213 Jesse 0.209 Craig 0.206
    Alan 0.204 Shawn 0.200 Clarence 0.197 Sean 0.197 Philip 0.197 Johnny 0.195 Chris 0.194
    Earl 0.193 Jimmy 0.191 Antonio 0.188 Danny 0.181 Bryan 0.180 Tony 0.180 Luis 0.180
    Mike 0.180 Stanley 0.177 Leonard 0.175 Nathan 0.175 Dale 0.173 Manuel 0.173 Rodney 0.172
    Curtis 0.170 Norman 0.166 Allen 0.166 Marvin 0.164 Vincent 0.163 Glenn 0.162 Jeffery 0.161
    Travis 0.161 Jeff 0.161 Chad 0.159 Jacob 0.159 Lee 0.158 Melvin 0.158 Alfred 0.157 Kyle 0.156
    Francis 0.155 Bradley 0.155 Jesus 0.155 Herbert 0.154 Frederick 0.154 Ray 0.153 Joel 0.152
    Edwin 0.148 Don 0.145 Eddie 0.144 Ricky 0.141 Troy 0.138 Randall 0.138 Barry 0.137
    Alexander 0.132 Bernard 0.127 Mario 0.125 Leroy 0.125 Francisco 0.124 Marcus 0.124
    Micheal 0.123 Theodore 0.122 Clifford 0.120 Miguel 0.118 Oscar 0.116 Jay 0.116 Jim 0.116
    Tom 0.116 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie 0.113 Bill 0.112 Lloyd 0.112 Tommy 0.112
    Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108 Jerome 0.108 Floyd 0.107 Leo 0.107
    Alvin 0.106 Tim 0.106 Wesley 0.106 Gordon 0.105 Dean 0.105 Greg 0.104 Jorge 0.104
    Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary 0.099 Corey 0.098
    Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094 Hector 0.094
    Shane 0.093 Ricardo 0.093 Sam 0.093 Rick 0.091 Lester 0.091 Brent 0.091 Ramon 0.090
    Charlie 0.090 Tyler 0.090 Gilbert 0.089 Gene 0.089 Marc 0.088 Reginald 0.088 Ruben 0.087
    Brett 0.087 Angel 0.086 Nathaniel 0.086 Rafael 0.086 Leslie 0.086 Edgar 0.085 Milton 0.085
    Raul 0.084 Ben 0.084 Chester 0.084 Cecil 0.083 Duane 0.083 Franklin 0.082 Andre 0.082
    Elmer 0.081 Brad 0.081 Gabriel 0.081 Ron 0.081 Mitchell 0.080 Roland 0.080 Arnold 0.080
    Harvey 0.080 Jared 0.078 Adrian 0.078 Karl 0.078 Cory 0.078 Claude 0.077 Erik 0.076
    Darryl 0.076 Jamie 0.076 Neil 0.076 Jessie 0.075 Christian 0.075 Javier 0.075
    Fernando 0.075 Clinton 0.074 Ted 0.074 Mathew 0.074 Tyrone 0.073 Darren 0.072 Lonnie 0.072
    Lance 0.072 Cody 0.072 Julio 0.072 Kelly 0.071 Kurt 0.071 Allan 0.070 Nelson 0.070 Guy 0.070
    Clayton 0.070 Hugh 0.070 Max 0.069 Dwayne 0.069 Dwight 0.069 Armando 0.069 Felix 0.068
    Jimmie 0.068 Everett 0.068 Jordan 0.067 Ian 0.067 Wallace 0.067 Ken 0.066 Bob 0.066
    Jaime 0.066 Casey 0.066 Alfredo 0.066 Alberto 0.066 Dave 0.065 Ivan 0.065 Johnnie 0.064
    Sidney 0.064 Byron 0.064 Julian 0.064 Isaac 0.064 Morris 0.063 Clifton 0.063 Willard 0.063
    Daryl 0.063 Ross 0.063 Virgil 0.063 Andy 0.062 Marshall 0.062 Salvador 0.062 Perry 0.062
    Kirk 0.062 Sergio 0.062 Marion 0.062 Tracy 0.061 Seth 0.061 Kent 0.061 Terrance 0.061
    Rene 0.061 Eduardo 0.060 Terrence 0.060 Enrique 0.060 Freddie 0.060 Wade 0.059
    Austin 0.059 Stuart 0.059 Fredrick 0.058 Arturo 0.058 Alejandro 0.058 Jackie 0.058
    Joey 0.058 Nick 0.058 Luther 0.057 Wendell 0.057 Jeremiah 0.057 Evan 0.057 Julius 0.057
    Dana 0.056 Donnie 0.056 Otis 0.056 Shannon 0.056 Trevor 0.055 Oliver 0.055 Luke 0.055
    Homer 0.055 Gerard 0.055 Doug 0.054 Kenny 0.054 Hubert 0.054 Angelo 0.054 Shaun 0.053
    Lyle 0.053 Matt 0.053 Lynn 0.053 Alfonso 0.053 Orlando 0.053 Rex 0.052 Carlton 0.052
    Ernesto 0.052 Cameron 0.052 Neal 0.052 Pablo 0.051 Lorenzo 0.051 Omar 0.051 Wilbur 0.051
    Blake 0.051 Grant 0.050 Horace 0.050 Roderick 0.050 Kerry 0.050 Abraham 0.050 Willis 0.049
    Rickey 0.049 Jean 0.049 Ira 0.049 Andres 0.049 Cesar 0.048 Johnathan 0.048 Malcolm 0.048
    Rudolph 0.048 Damon 0.048 Kelvin 0.048 Rudy 0.047 Preston 0.047 Alton 0.047 Archie 0.047
    Marco 0.047 Pete 0.046 Randolph 0.046 Garry 0.046 Geoffrey 0.046 Jonathon 0.046
    Felipe 0.046 Bennie 0.045 Gerardo 0.045 Ed 0.045 Dominic 0.045 Robin 0.045 Loren 0.044
    Delbert 0.044 Colin 0.044 Guillermo 0.044 Earnest 0.044 Lucas 0.043 Benny 0.043 Noel 0.043
    Spencer 0.043 Rodolfo 0.043 Myron 0.043 Edmund 0.043 Garrett 0.042 Salvatore 0.042
    Cedric 0.042 Lowell 0.042 Gregg 0.042 Sherman 0.042 Wilson 0.041 Devin 0.041
    Sylvester 0.041 Kim 0.041 Roosevelt 0.041 Israel 0.041 Jermaine 0.040 Forrest 0.040
    Wilbert 0.040 Leland 0.040 Simon 0.040 Clark 0.040 Irving 0.039 Carroll 0.039 Bryant 0.039
    Owen 0.039 Rufus 0.039 Woodrow 0.039 Sammy 0.038 Kristopher 0.038 Mack 0.038 Levi 0.038
    Marcos 0.038 Gustavo 0.038 Jake 0.037 Lionel 0.037 Marty 0.037 Taylor 0.037 Ellis 0.037
    Dallas 0.037 Gilberto 0.036 Clint 0.036 Nicolas 0.036 Laurence 0.036 Ismael 0.036
    """,
    head=150,
)

US_SUR = census(
    """
    Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424
    Wilson 0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279
    Harris 0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233
    Clark 0.231 Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199
    Young 0.193 Hernandez 0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185
    Green 0.183 Adams 0.174 Baker 0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162
    Mitchell 0.160 Perez 0.155 Roberts 0.153 Turner 0.152 Phillips 0.149 Campbell 0.149
    Parker 0.146 Evans 0.141 Edwards 0.137 Collins 0.134 Stewart 0.133 Sanchez 0.130
    Morris 0.125 Rogers 0.123 Reed 0.122 Cook 0.120 Morgan 0.118 Bell 0.117 Murphy 0.117
    Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson 0.112 Cox 0.110 Howard 0.110 Ward 0.108
    Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105 James 0.105 Watson 0.103 Brooks 0.103
    Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099 Wood 0.098 Barnes 0.097 Ross 0.096
    Henderson 0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094 Powell 0.093 Long 0.092
    Patterson 0.092 Hughes 0.092 Flores 0.092 Washington 0.092 Butler 0.091 Simmons 0.091
    Foster 0.091 Gonzales 0.087 Bryant 0.087 Alexander 0.085 Russell 0.085 Griffin 0.084
    Diaz 0.084 Hayes 0.083 Myers 0.083 Ford 0.082 Hamilton 0.082 Graham 0.082 Sullivan 0.081
    Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080 Jordan 0.078 Owens 0.078 Reynolds 0.078
    Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075 McDonald 0.075 Cruz 0.075
    Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074 Wells 0.073 Webb 0.072
    Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks 0.069
    Crawford 0.068 Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067
    Dixon 0.066 Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065
    Rice 0.064 Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061
    Nichols 0.061 Grant 0.061 Knight 0.060 Ferguson 0.060 Rose 0.060 Stone 0.060 Hawkins 0.060
    Dunn 0.059 Perkins 0.059 Hudson 0.059 Spencer 0.058 Gardner 0.058 Stephens 0.058
    Payne 0.058 Pierce 0.058 Berry 0.058 Matthews 0.058 Arnold 0.058 Wagner 0.057 Willis 0.057
    Ray 0.057 Watkins 0.057 Olson 0.057 Carroll 0.057 Duncan 0.057 Snyder 0.057 Hart 0.056
    Cunningham 0.056 Bradley 0.056 Lane 0.056 Andrews 0.056 Ruiz 0.056 Harper 0.056 Fox 0.055
    Riley 0.055 Armstrong 0.055 Carpenter 0.055 Weaver 0.055 Greene 0.055 Lawrence 0.054
    Elliott 0.054 Chavez 0.054 Sims 0.054 Austin 0.054 Peters 0.054 Kelley 0.054
    Franklin 0.053 Lawson 0.053 Fields 0.053 Gutierrez 0.053 Ryan 0.053 Schmidt 0.053
    Carr 0.053 Vasquez 0.053 Castillo 0.053 Wheeler 0.053 Chapman 0.052 Oliver 0.052
    Montgomery 0.052 Richards 0.052 Williamson 0.052 Johnston 0.052 Banks 0.051 Meyer 0.051
    Bishop 0.051 McCoy 0.051 Howell 0.051 Alvarez 0.051 Morrison 0.051 Hansen 0.050
    Fernandez 0.050 Garza 0.050 Harvey 0.050 Little 0.050 Burton 0.050 Stanley 0.050
    Nguyen 0.050 George 0.050 Jacobs 0.050 Reid 0.050 Fuller 0.049 Lynch 0.049 Dean 0.049
    Gilbert 0.049 Garrett 0.049 Romero 0.049 Welch 0.048 Larson 0.048 Frazier 0.048
    Burke 0.048 Hanson 0.048 Day 0.047 Mendoza 0.047 Moreno 0.047 Bowman 0.047 Medina 0.047
    Fowler 0.047 Brewer 0.046 Hoffman 0.046 Carlson 0.046 Silva 0.046 Pearson 0.046
    Holland 0.046 Douglas 0.045 Fleming 0.045 Jensen 0.045 Vargas 0.045 Byrd 0.045
    Davidson 0.045 Hopkins 0.045 May 0.044 Terry 0.044 Herrera 0.044 Wade 0.044 Soto 0.044
    Walters 0.044 Curtis 0.044 Neal 0.043 Caldwell 0.043 Lowe 0.043 Jennings 0.043
    Barnett 0.043 Graves 0.043 Jimenez 0.043 Horton 0.043 Shelton 0.043 Barrett 0.043
    O'Brien 0.043 Castro 0.043 Sutton 0.042 Gregory 0.042 McKinney 0.042 Lucas 0.042
    Miles 0.042 Craig 0.042 Rodriquez 0.041 Chambers 0.041 Holt 0.041 Lambert 0.041
    Fletcher 0.041 Watts 0.041 Bates 0.041 Hale 0.041 Rhodes 0.041 Pena 0.041 Beck 0.041
    Newman 0.041 Haynes 0.040 McDaniel 0.040 Mendez 0.040 Bush 0.040 Vaughn 0.040 Parks 0.040
    Dawson 0.040 Santiago 0.040 Norris 0.040 Hardy 0.040 Love 0.040 Steele 0.040 Curry 0.040
    Powers 0.040 Schultz 0.040 Barker 0.040 Guzman 0.039 Page 0.039 Munoz 0.039 Ball 0.039
    Keller 0.039 Chandler 0.039 Weber 0.039 Leonard 0.039 Walsh 0.039 Lyons 0.039
    Ramsey 0.039 Wolfe 0.038 Schneider 0.038 Mullins 0.038 Benson 0.038 Sharp 0.038
    Bowen 0.038 Daniel 0.038 Barber 0.038 Cummings 0.038 Hines 0.038 Baldwin 0.038
    Griffith 0.038 Valdez 0.038 Hubbard 0.038 Salazar 0.038 Reeves 0.038 Warner 0.037
    Stevenson 0.037 Burgess 0.037 Santos 0.037 Tate 0.037 Cross 0.037 Garner 0.037 Mann 0.037
    Mack 0.037 Moss 0.037 Thornton 0.037 Dennis 0.037 McGee 0.037 Farmer 0.036 Delgado 0.036
    Aguilar 0.036 Vega 0.036 Glover 0.036 Manning 0.036 Cohen 0.036 Harmon 0.036 Rodgers 0.036
    Robbins 0.036 Newton 0.036 Todd 0.036 Blair 0.036 Higgins 0.036 Ingram 0.036 Reese 0.036
    Cannon 0.036 Strickland 0.036 Townsend 0.036 Potter 0.036 Goodwin 0.036 Walton 0.035
    Rowe 0.035 Hampton 0.035 Ortega 0.035 Patton 0.035 Swanson 0.035 Joseph 0.035
    Francis 0.035 Goodman 0.035 Maldonado 0.035 Yates 0.035 Becker 0.035 Erickson 0.035
    Hodges 0.035 Rios 0.035 Conner 0.035 Adkins 0.035 Webster 0.034 Norman 0.034 Malone 0.034
    Hammond 0.034 Flowers 0.034 Cobb 0.034 Moody 0.034 Quinn 0.034 Blake 0.034 Maxwell 0.034
    Pope 0.034 Floyd 0.033 Osborne 0.033 Paul 0.033 McCarthy 0.033 Guerrero 0.033
    Lindsey 0.033 Estrada 0.033 Sandoval 0.033 Gibbs 0.033 Tyler 0.033 Gross 0.033
    Fitzgerald 0.033 Stokes 0.033 Doyle 0.033 Sherman 0.033 Saunders 0.033 Wise 0.033
    Colon 0.033 Gill 0.033 Alvarado 0.033 Greer 0.032 Padilla 0.032 Simon 0.032 Waters 0.032
    Nunez 0.032 Ballard 0.032 Schwartz 0.032 McBride 0.032 Houston 0.032 Christensen 0.032
    Klein 0.032 Pratt 0.032 Briggs 0.032 Parsons 0.032 McLaughlin 0.032 Zimmerman 0.032
    French 0.032 Buchanan 0.032 Moran 0.032 Copeland 0.031 Roy 0.031 Pittman 0.031
    Brady 0.031 McCormick 0.031 Holloway 0.031 Brock 0.031 Poole 0.031 Frank 0.031 Logan 0.031
    Owen 0.031 Bass 0.031 Marsh 0.031 Drake 0.031 Wong 0.031 Jefferson 0.031 Park 0.031
    Morton 0.031 Abbott 0.031 Sparks 0.031 Patrick 0.030 Norton 0.030 Huff 0.030
    Clayton 0.030 Massey 0.030 Lloyd 0.030 Figueroa 0.030 Carson 0.030 Bowers 0.030
    Roberson 0.030 Barton 0.030 Tran 0.030 Lamb 0.030 Harrington 0.030 Casey 0.030
    """,
    head=150,
)

# --- United Kingdom (ONS rankings, the adult generations; 1/rank) --------------------------------

UK_F = ranked(
    """
    Sarah Susan Margaret Elizabeth Helen Claire Emma Karen Julie Jennifer Nicola Louise Rachel
    Lisa Laura Michelle Amanda Joanne Catherine Alison Jane Deborah Samantha Rebecca Hannah
    Jessica Charlotte Emily Sophie Lucy Amy Katie Gemma Kelly Patricia Christine Linda Mary
    Angela Jacqueline Carol Sandra Janet Pauline Gillian Lynne Anne Ann Dawn Tracey Sharon
    Wendy Caroline Victoria Natalie Zoe Stacey Kirsty Olivia Amelia Isla Ava Mia Grace Freya
    Lily Ella Poppy Isabella Evie Chloe Megan Lauren Jade Leanne Kerry Tracy Beverley Denise
    Diane Sheila Maureen Brenda Valerie Irene Joan Doreen Eileen Barbara Jean Sylvia Kathleen
    Joyce Dorothy Shirley Janice Elaine Heather Fiona Kathryn Lesley Ruth Anna Kate Sally
    Joanna Suzanne Teresa Frances Judith Annette Marie Donna Andrea Debbie Yvonne Hayley
    Danielle Jodie Charlene Kayleigh Abigail Georgia Holly Ellie Bethany Eleanor Molly Jasmine
    Phoebe Daisy Florence Rosie Sienna Willow Matilda Ivy Harper Maisie Imogen Millie Alice
    Elsie Evelyn Sofia Scarlett Harriet Esme Martha Layla Erin Niamh Ruby Lola Rose
    """
    + """
    Iris Clara Beatrice Edith Maya Orla Aimee Caitlin Shannon Paige Chelsea Jemma Kimberley
    Naomi Vicky Toni Carly Rosemary Marion Margery Hilda Gladys Edna Ethel Norma Audrey
    Gwen Glenys Bridget Siobhan Mairead Morag Rhian Bethan Ceri Catrin Sinead Aoife Tara
    Gail Geraldine Lorraine Pamela Rita Julia Josephine Jill Colette Bernadette Marian Lindsay
    Shona Eilidh Kirsten Leah Jenna Rhiannon Robyn Becky Kerri Nina Jo Anita Tanya Alexandra
    """,
    head=150,
)

UK_M = ranked(
    """
    David John Paul Mark James Andrew Michael Peter Robert Richard Christopher Stephen Ian
    Daniel Matthew Thomas Simon Anthony Gary Steven Alan Kevin Martin William Jason Lee Neil
    Graham Adam Jonathan Philip Darren Keith Colin Brian Craig Oliver George Harry Jack Charlie
    Jacob Alfie Noah Leo Oscar Archie Freddie Arthur Henry Theo Joshua Samuel Benjamin Luke
    Ryan Liam Callum Connor Jamie Nathan Kieran Dean Wayne Barry Terry Derek Raymond Roger
    Trevor Nigel Clive Malcolm Geoffrey Dennis Kenneth Gordon Stuart Scott Ross Gavin Shaun
    Carl Tony Nicholas Timothy Edward Patrick Sean Douglas Roy Frank Leslie Bernard Stanley
    Ronald Donald Eric Norman Alexander Joseph Dominic Russell Howard Jeremy Julian Rupert
    Hugh Toby Marcus Glen Jordan Aaron Bradley Jake Joe Tom Ben Sam Max Lewis Harrison Ethan
    Dylan Tyler Mason Logan Lucas Elliot Finley Isaac Muhammad Reuben Jude Albie Teddy Rory
    Louis Hugo Sebastian Ellis Owen Rhys Gareth Dafydd Huw Iwan Aled Cerys Angus Hamish
    """
    + """
    Fraser Euan Calum Ewan Alistair Duncan Niall Declan Ciaran Conor Cormac Seamus Dermot
    Brendan Eamon Kenny Ricky Danny Lenny Vincent Victor Maurice Cyril Albert Harold Walter
    Leonard Arnold Reginald Percy Sidney Cecil Herbert Wilfred Clifford Gerald Ralph Lionel
    Derrick Desmond Frederick Alec Alfred Jim Jimmy Billy Bobby Stewart Lawrence Miles
    Adrian Vernon Rodney Warren Francis Gregory Jeffrey Justin Felix Jasper Elijah Zachary
    """,
    head=150,
)

UK_SUR = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
    Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson
    Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen
    James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook
    Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall
    Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray
    Mason Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler
    Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Fletcher Walsh
    Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day
    Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts
    Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
    Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid
    """
    + """
    Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird
    Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Hamilton Thomson
    Macdonald Sutton Sharp Cross Hodgson Hopkins Nicholson Jarvis Wallace Doyle Chambers
    Pritchard Howells Morgan-Jones McLean Fraser MacLeod Kerr Paterson Ross O'Connor Byrne
    McCarthy Quinn Gallagher Doherty Lynch Brennan Farrell Hale Norris Tucker Harper Sims
    Whitehead Moss Iqbal Akhtar Mahmood Rahman Chowdhury Kumar Sharma Nowak Okafor Adeyemi
    Mensah Osei Wong Chan Nguyen Fitzgerald Daly Power Jennings Cunningham Slater Buckley
    """,
    head=150,
)

# --- Origins common in Sweden (1/rank; head about a third of a list) ----------------------------

FINNISH = Origin(
    ranked(
        """Maria Helena Anna Johanna Kaarina Marjatta Liisa Tuula Päivi Sari Anne Kirsi Pirjo
        Minna Riitta Leena Tiina Satu Eija Sirpa Merja Anneli Marja Aino Sanna Katja Heidi
        Laura Elina Aila Raili Irma Hannele Kaija Outi Seija Arja Ritva Tarja Jaana""",
        head=14,
    ),
    ranked(
        """Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo
        Janne Ari Sami Petri Ville Tuomas Jussi Harri Esa Pentti Veikko Tapio Eero Lauri
        Aleksi Onni Eino Raimo Reijo Erkki Arto Olli Teemu Jyrki Kalevi Vesa""",
        head=14,
    ),
    ranked(
        """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
        Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen
        Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen
        Lahtinen Ahonen Hiltunen Leinonen Kallio Hyvönen Peltonen Miettinen Aaltonen
        Manninen Hakala Räsänen Seppälä Toivonen Pesonen Kettunen""",
        head=15,
    ),
)

ARABIC = Origin(  # Syrian, Iraqi, Lebanese, Palestinian; Assyrian/Syriac names among them
    ranked(
        """Fatima Mariam Sara Noor Aisha Layla Zainab Rania Amal Lina Hiba Yasmin Huda Rana
        Dima Salma Nour Reem Hala Maya Ghada Shamiram Ninwa Sawsan Nisrin Amira Heba Asma
        Raghad Inas Samira Nahrin Ramina Suad Widad Hanan Bushra Jana Batoul Aya""",
        head=14,
    ),
    ranked(
        """Mohammed Ahmad Ali Omar Hassan Hussein Khaled Mahmoud Youssef Ibrahim Mustafa
        Abdullah Karim Mohamad Samir Ammar Ayman Rami Fadi Ahmed Tarek Walid Nabil Jamal Adnan
        Hamza Bilal Yasin Ziad Firas Haidar Abbas Gabriel Ninos Sargon Ashur Yakob Elias
        Afram Muhannad Osama Anas Mazen Bashar Majid Mohamed""",
        head=15,
    ),
    ranked(
        """Hassan Ali Mohammed Ahmad Ibrahim Khalil Saleh Abdullah Hussein Jaber Haddad Khoury
        Nasser Mansour Youssef Darwish Hamdan Al-Khatib Al-Saadi Othman Suleiman Sabbagh Aziz
        Hamid Abbas Kadhim Jassim Qasim Al-Obaidi Mahmoud Shamoun Gabriel Aydin Yacoub Danho
        Barsom Malke Issa Hanna Ishak Shabo Lahdo Toma Elias Al-Rawi Kassab""",
        head=15,
    ),
)

PERSIAN = Origin(
    ranked(
        """Maryam Fatemeh Zahra Sara Leila Shirin Parisa Nazanin Mahsa Golnaz Roya Azadeh Neda
        Mina Niloufar Samira Shiva Yasaman Bahareh Elham Farideh Parvin Soheila Mitra Laleh
        Ladan Negar Sepideh Atefeh Hanieh Nasrin Forough Mahnaz Tala""",
        head=12,
    ),
    ranked(
        """Ali Mohammad Reza Amir Hossein Mehdi Hamid Babak Kaveh Arash Dariush Farhad Behzad
        Navid Payam Saeed Omid Kourosh Shahram Bahram Pejman Ramin Majid Saman Arman Nima
        Pouya Sina Milad Kian Siavash Ehsan Afshin Keyvan""",
        head=12,
    ),
    ranked(
        """Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi
        Ghorbani Sadeghi Heidari Kazemi Akbari Rostami Sharifi Shahbazi Alavi Nazari Ebrahimi
        Amini Soltani Bagheri Tehrani Rahmani Asadi Zamani Tavakoli Azizi Farahani Esfahani
        Safari Najafi Ghasemi Sohrabi""",
        head=12,
    ),
)

KURDISH = Origin(
    ranked(
        """Shilan Rozhin Nazdar Berivan Dilan Jiyan Bahar Helin Zilan Avin Rojda Ronahi Sazan
        Lana Ala Shno Ronak Ava Zhina Viyan Nasrin Hana Nishtiman Kajal Shadan Dilsoz""",
        head=10,
    ),
    ranked(
        """Rebin Azad Karwan Hawre Baran Soran Rojhat Rezan Shirwan Dara Sherko Kawa Aram Zana
        Diyar Hemin Hogir Dilshad Sirwan Ranj Bawan Alan Kamaran Hiwa Goran Shvan""",
        head=10,
    ),
    ranked(
        """Ahmed Mohammed Hassan Karim Rashid Aziz Salih Abdullah Mustafa Omar Ibrahim Osman
        Kaya Yildiz Demir Aslan Tahir Qadir Amin Hama Faraj Khidir Jaff Zebari Hawrami Sindi
        Barwari Dosky Rasul Mahmud""",
        head=11,
    ),
)

SOMALI = Origin(
    ranked(
        """Fadumo Hodan Amina Sahra Ifrah Hibaaq Ayan Nimco Sagal Hamdi Ubah Asha Khadra Deqa
        Warsan Idil Ilhan Nasra Muna Fardowsa Farhiya Hawa Maryan Sucaad Halima Safiya""",
        head=10,
    ),
    ranked(
        """Abdi Mohamed Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Liban Mahad
        Abdikadir Abdirizak Hamza Mustafe Farah Khalid Bashir Said Hussein Osman Abdiaziz
        Sharmarke Guled Mohamud""",
        head=10,
    ),
    ranked(
        """Mohamed Ali Hassan Ahmed Abdi Omar Yusuf Farah Jama Hussein Osman Ismail Nur Aden
        Mohamud Abdullahi Ibrahim Elmi Egal Dahir Warsame Hirsi Duale Guled Abdulle Gedi
        Samatar Hersi""",
        head=10,
    ),
)

ERITREAN = Origin(  # Eritrean and Ethiopian: a given name and the father's given name
    ranked(
        """Senait Selam Helen Saba Ruta Mebrat Tsega Luwam Yordanos Hiwet Almaz Meron Semhar
        Winta Aster Feven Eden Rahel Lidya Tigist Bethlehem Mihret Hanna Abeba Selamawit""",
        head=9,
    ),
    ranked(
        """Yonas Daniel Samuel Michael Yohannes Tesfay Robel Filmon Habtom Dawit Biniam Mehari
        Amanuel Henok Natnael Yosief Kibrom Abel Ermias Solomon Girma Teklay Tedros Efrem
        Yared Berhane""",
        head=10,
    ),
    ranked(
        """Tesfay Gebremedhin Haile Tesfaye Berhane Ghebreyesus Tekle Kidane Woldemariam Habte
        Mehari Abraha Gebru Asmelash Girmay Hagos Fitsum Gebremichael Tsegay Kahsay Negash
        Woldu Araya Ghebremariam Yohannes Mengistu""",
        head=10,
    ),
)

POLISH = Origin(  # masculine surnames; `feminine` gives -ska, -cka, -dzka
    ranked(
        """Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta
        Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota
        Justyna Paulina Halina Iwona Jadwiga Agata Kinga Weronika Julia Renata Grażyna""",
        head=12,
    ),
    ranked(
        """Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jan Grzegorz Jakub Adam Łukasz
        Marek Mateusz Wojciech Kamil Dariusz Rafał Robert Mariusz Maciej Sebastian Bartosz
        Zbigniew Jerzy Tadeusz Przemysław Artur Dawid Szymon Sławomir Janusz""",
        head=12,
    ),
    ranked(
        """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
        Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk
        Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński
        Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek
        Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk
        Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki""",
        head=16,
    ),
)

BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        """Ana Marija Jelena Ivana Milica Snežana Dragana Jasmina Amra Lejla Amela Selma Emina
        Aida Azra Mirela Sanja Maja Tijana Nataša Vesna Gordana Biljana Mirjana Nermina Belma
        Alma Sabina Dijana Edina Ljiljana""",
        head=11,
    ),
    ranked(
        """Nikola Marko Stefan Luka Ivan Milan Dragan Zoran Goran Dejan Nenad Miroslav
        Aleksandar Mirza Emir Adnan Amir Haris Edin Senad Almir Damir Mehmed Jasmin Ante Josip
        Tomislav Igor Srđan Darko Vladimir Dušan Boris Mladen Kenan""",
        head=12,
    ),
    ranked(
        """Hodžić Hadžić Kovačević Petrović Jovanović Nikolić Marković Đorđević Stojanović
        Ilić Pavlović Popović Babić Horvat Kovačić Begić Mehmedović Delić Hasanović Husić
        Muratović Alić Čolić Mujić Jukić Knežević Marić Tomić Perić Lukić Savić Radić Šarić
        Jurić Vuković Mitrović Zukić Omerović Selimović Salihović Kurtović Halilović""",
        head=14,
    ),
)

TURKISH = Origin(
    ranked(
        """Fatma Ayşe Emine Hatice Zeynep Elif Merve Özlem Esra Derya Gül Sevgi Hülya Leyla
        Aylin Büşra Ebru Selin Dilek Filiz Yasemin Seda Tuğba Gülsüm Songül Nurcan""",
        head=10,
    ),
    ranked(
        """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Burak Can Mert
        Serkan Kemal Osman Ramazan Halil Süleyman Fatih Cem Deniz Onur Volkan Erdem Tolga Kaan""",
        head=10,
    ),
    ranked(
        """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
        Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Tekin
        Uçar Bulut Akın Ünal Karataş Avcı""",
        head=11,
    ),
)

LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames
    ranked(
        """María Carmen Ana Rosa Patricia Claudia Carolina Andrea Francisca Gabriela Daniela
        Paula Valentina Camila Javiera Verónica Marcela Ximena Paola Lorena Mónica Sandra
        Isabel Soledad Macarena Constanza Fernanda Catalina Natalia Alejandra Pilar""",
        head=11,
    ),
    ranked(
        """José Juan Luis Carlos Jorge Manuel Francisco Pedro Miguel Sergio Patricio Cristián
        Rodrigo Pablo Andrés Diego Felipe Héctor Ricardo Fernando Alejandro Mauricio Claudio
        Gonzalo Marcelo Víctor Raúl Óscar Daniel Sebastián Matías Ignacio""",
        head=11,
    ),
    ranked(
        """González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales
        Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo
        Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez
        Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa Riquelme Bravo""",
        head=14,
    ),
)

THAI = Origin(
    ranked(
        """Siriporn Malee Pranee Sunisa Nittaya Wanida Kanya Ratana Jintana Supaporn Pornthip
        Achara Duangjai Kannika Sasithorn Kanokwan Areerat Suda Orathai Wassana Pimchanok
        Siriwan Tassanee Nongnuch Somporn Rattana""",
        head=9,
    ),
    ranked(
        """Somchai Somsak Prasert Surachai Anan Chaiya Niran Wichai Sompong Thawatchai Kittisak
        Supachai Arthit Narong Boonmee Pichai Sakchai Thanawat Anucha Chatchai""",
        head=7,
    ),
    ranked(
        """Saetang Srisuk Wongsa Chaiyaporn Sukprasert Boonyarat Thongchai Kaewkla Phromma
        Rattanakorn Sangthong Charoenwong Sripanya Kongkaew Jaidee Suksawat Thongdee Noinan
        Somboon Wongsawat Kaewmanee Saelim""",
        head=8,
    ),
)

INDIAN = Origin(
    ranked(
        """Priya Anjali Pooja Neha Sunita Deepa Kavita Sneha Divya Lakshmi Meera Swati Anita
        Rekha Shreya Aishwarya Pallavi Ritu Nisha Shweta Aarti Geeta Radha Preeti Sangeeta
        Harpreet Shalini Vidya Madhuri Ananya Gurpreet Sonal""",
        head=12,
    ),
    ranked(
        """Rahul Amit Rajesh Vijay Sanjay Suresh Ravi Arjun Vikram Anil Sunil Deepak Rohit
        Karthik Praveen Manoj Abhishek Aditya Nikhil Ankit Mohan Srinivas Venkatesh Ramesh
        Ashok Pradeep Sandeep Vivek Gurpreet Harjit Arun""",
        head=11,
    ),
    ranked(
        """Kumar Sharma Singh Patel Gupta Reddy Rao Iyer Nair Shah Joshi Verma Mehta Menon
        Pillai Desai Chopra Malhotra Agarwal Bhat Mishra Pandey Das Banerjee Mukherjee
        Chatterjee Kulkarni Krishnan Srinivasan Naidu Khan Ghosh Saxena Kapoor Sethi""",
        head=12,
    ),
)

CHINESE = Origin(
    ranked(
        """Jing Li Yan Min Hui Xia Ying Fang Ling Na Juan Mei Lin Xiaoyan Yuqing Xinyi Zihan
        Shuang Ting Lu Yue Qian Wenjing Yiran Jiayi""",
        head=9,
    ),
    ranked(
        """Wei Jun Lei Hao Jie Ming Tao Peng Yang Bo Chao Qiang Xin Yong Jian Zhiwei Haoran
        Yifan Zihao Yuxuan Jiahao Xiaoming Junjie Tianyu Zhengyu""",
        head=9,
    ),
    ranked(
        """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
        Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai
        Jiang Yu Du""",
        head=13,
    ),
)

UKRAINIAN = Origin(
    ranked(
        """Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Olha Liudmyla Kateryna Mariia
        Anna Halyna Viktoriia Nadiia Valentyna Larysa Alina Anastasiia Khrystyna Sofiia Daryna
        Yana Inna Oleksandra""",
        head=9,
    ),
    ranked(
        """Oleksandr Andrii Serhii Volodymyr Oleksii Dmytro Mykola Ivan Yurii Vasyl Viktor
        Maksym Bohdan Taras Roman Ihor Vitalii Petro Pavlo Artem Denys Yevhen Anatolii Oleh
        Mykhailo""",
        head=9,
    ),
    ranked(
        """Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk
        Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko
        Petrenko Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Vasylenko Levchenko
        Kharchenko Sydorenko Karpenko""",
        head=10,
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_SUR),
    "us": Origin(US_F, US_M, US_SUR),
    "uk": Origin(UK_F, UK_M, UK_SUR),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "persian": PERSIAN,
    "kurdish": KURDISH,
    "somali": SOMALI,
    "eritrean": ERITREAN,
    "polish": POLISH,
    "bcs": BCS,
    "turkish": TURKISH,
    "latin": LATIN,
    "thai": THAI,
    "indian": INDIAN,
    "chinese": CHINESE,
    "ukrainian": UKRAINIAN,
}

# Who is named, by the language of the row: roughly Sweden's population for Swedish text (about
# 70% Swedish names), the US and UK for English text, and between the two for mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 71, "arabic": 6, "finnish": 3.5, "polish": 2.4, "bcs": 2.3, "persian": 2.2,
        "indian": 1.6, "kurdish": 1.5, "somali": 1.5, "turkish": 1.4, "latin": 1.3,
        "ukrainian": 1.2, "eritrean": 1.1, "thai": 0.9, "chinese": 0.9, "us": 0.6, "uk": 0.6,
    },
    "en": {
        "us": 40, "uk": 33, "swedish": 9, "indian": 5, "chinese": 3, "arabic": 2, "polish": 2,
        "latin": 2, "ukrainian": 1, "finnish": 0.8, "persian": 0.7, "turkish": 0.6,
        "somali": 0.5, "thai": 0.4,
    },
    "mixed": {
        "swedish": 50.5, "us": 11, "uk": 10, "arabic": 5, "indian": 3, "finnish": 2.5,
        "persian": 2.5, "polish": 2.5, "bcs": 2, "chinese": 1.5, "ukrainian": 1.5,
        "kurdish": 1.5, "somali": 1.5, "turkish": 1.5, "latin": 1.5, "eritrean": 1, "thai": 1,
    },
}  # fmt: skip

# How often a person has a middle name (shown only where a form writes it in full).
MIDDLE = {"swedish": 0.45, "us": 0.4, "uk": 0.3, "arabic": 0.2, "somali": 0.5, "eritrean": 0.3}

# The first part of a hyphenated Swedish given name is one of these (Anna-Karin, Per-Olof).
HYPHEN_FIRST = frozenset(
    {
        "Anna",
        "Ann",
        "Eva",
        "Marie",
        "Maria",
        "Karin",
        "Lena",
        "Britt",
        "Inger",
        "Ing",
        "Maj",
        "Karl",
        "Carl",
        "Per",
        "Lars",
        "Jan",
        "Hans",
        "Nils",
        "Sven",
        "Bo",
        "Erik",
        "Olof",
        "Anders",
    }
)

# Short forms and nicknames people write for a given name, by origin.
SHORT: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Joakim": ("Jocke",), "Mikael": ("Micke",), "Lars": ("Lasse",), "Karl": ("Kalle",),
        "Carl": ("Calle", "Kalle"), "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",),
        "Susanne": ("Sussie", "Sanna"), "Marcus": ("Mackan",), "Markus": ("Mackan",),
        "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Fredrik": ("Fredde",),
        "Kristoffer": ("Krille",), "Christoffer": ("Krille", "Chris"), "Magnus": ("Mange",),
        "Patrik": ("Patte",), "Niklas": ("Nicke",), "Nicklas": ("Nicke",), "Mattias": ("Matte",),
        "Daniel": ("Danne",), "Henrik": ("Henke",), "Sebastian": ("Sebbe",),
        "Stefan": ("Steffe",), "Robert": ("Robban",), "Gustav": ("Gurra", "Gusse"),
        "Gustaf": ("Gurra",), "Hans": ("Hasse",), "Jan": ("Janne",), "Bengt": ("Bengan",),
        "Kenneth": ("Kenta",), "Tobias": ("Tobbe",), "Olof": ("Olle",), "Nils": ("Nisse",),
        "Sven": ("Svenne",), "Leif": ("Leffe",), "Rolf": ("Roffe",), "Ulf": ("Uffe",),
        "Alexander": ("Alex", "Acke"), "Sigvard": ("Sigge",), "Kristina": ("Kicki", "Stina"),
        "Christina": ("Kicki", "Tina"), "Margareta": ("Maggan", "Greta"),
        "Elisabeth": ("Lisa", "Bettan"), "Katarina": ("Kajsa", "Katta"),
        "Birgitta": ("Gittan", "Bittan"), "Josefin": ("Jossan",), "Madeleine": ("Madde",),
        "Camilla": ("Millan",), "Cecilia": ("Cissi", "Cilla"), "Caroline": ("Carro",),
        "Karolina": ("Carro",), "Viktoria": ("Vickan",), "Rebecka": ("Becka",),
        "Matilda": ("Tilda",), "Eleonora": ("Nora",), "Isabelle": ("Bella",),
        "Johanna": ("Jojjo",), "Pernilla": ("Pernan",), "Ingrid": ("Inga",),
        "Christer": ("Kicken",), "Göran": ("Gurra",), "Björn": ("Nalle",), "Roger": ("Rogge",),
        "Anders": ("Adde",), "Andreas": ("Adde",), "Jonas": ("Jonte",), "Jessica": ("Jessie",),
        "Emelie": ("Emmy",), "Gunilla": ("Gunnel",), "Lennart": ("Lelle",),
    },
    "us": {
        "Michael": ("Mike",), "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"),
        "Robert": ("Bob", "Rob"), "Christopher": ("Chris",), "William": ("Bill", "Will"),
        "Richard": ("Rick", "Rich"), "James": ("Jim", "Jimmy"), "Thomas": ("Tom",),
        "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Andrew": ("Andy", "Drew"), "Edward": ("Ed", "Ted"),
        "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Samuel": ("Sam",),
        "Alexander": ("Alex",), "Jonathan": ("Jon",), "Timothy": ("Tim",), "Steven": ("Steve",),
        "Stephen": ("Steve",), "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",),
        "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Patrick": ("Pat",), "Peter": ("Pete",),
        "Margaret": ("Peggy", "Maggie"), "Patricia": ("Pat", "Patty"), "Katherine": ("Kate",),
        "Catherine": ("Cathy",), "Rebecca": ("Becky",), "Deborah": ("Debbie", "Deb"),
        "Susan": ("Sue",), "Victoria": ("Vicky",), "Samantha": ("Sam",), "Jessica": ("Jess",),
        "Christine": ("Chris",), "Pamela": ("Pam",), "Kimberly": ("Kim",), "Barbara": ("Barb",),
        "Nicole": ("Nikki",), "Amanda": ("Mandy",), "Judith": ("Judy",), "Dorothy": ("Dot",),
        "Frances": ("Fran",), "Lawrence": ("Larry",), "Gerald": ("Jerry",), "Raymond": ("Ray",),
        "Douglas": ("Doug",), "Phillip": ("Phil",), "Philip": ("Phil",), "Frederick": ("Fred",),
        "Joshua": ("Josh",), "Zachary": ("Zach",), "Theodore": ("Ted",), "Harold": ("Hal",),
    },
    "uk": {
        "Michael": ("Mike", "Mick"), "Jennifer": ("Jen",), "Elizabeth": ("Liz", "Lizzie"),
        "Robert": ("Rob", "Bob"), "Christopher": ("Chris",), "William": ("Will", "Bill"),
        "Richard": ("Rich",), "James": ("Jim", "Jamie"), "Thomas": ("Tom",), "Daniel": ("Dan",),
        "Matthew": ("Matt",), "Anthony": ("Tony",), "Andrew": ("Andy",), "Edward": ("Ed",),
        "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Samuel": ("Sam",), "Alexander": ("Alex",),
        "Jonathan": ("Jon", "Jonny"), "Timothy": ("Tim",), "Stephen": ("Steve",),
        "Steven": ("Steve",), "Peter": ("Pete",), "David": ("Dave",), "Kenneth": ("Ken",),
        "Margaret": ("Maggie", "Peggy"), "Katherine": ("Kate",), "Catherine": ("Kate", "Cath"),
        "Rebecca": ("Becky", "Becca"), "Deborah": ("Debbie",), "Susan": ("Sue",),
        "Victoria": ("Vicky", "Tori"), "Samantha": ("Sam",), "Jessica": ("Jess",),
        "Christine": ("Chris",), "Gillian": ("Gill",), "Jacqueline": ("Jackie",),
        "Charlotte": ("Charlie", "Lottie"), "Eleanor": ("Ellie",), "Abigail": ("Abbie",),
        "Frederick": ("Fred",), "Alfred": ("Alf",), "Gareth": ("Gaz",), "Terence": ("Tel",),
        "Joshua": ("Josh",), "Nathan": ("Nate",),
    },
    "arabic": {"Mohammed": ("Mo",), "Mohamad": ("Moha",), "Abdullah": ("Abdi",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",)},
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Tomasz": ("Tomek",),
        "Jakub": ("Kuba",), "Magdalena": ("Magda",), "Aleksandra": ("Ola",),
        "Barbara": ("Basia",), "Anna": ("Ania",), "Krzysztof": ("Krzysiek",),
    },
    "finnish": {"Juha": ("Jussi",), "Johanna": ("Jonna",), "Aleksi": ("Aki",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Olha": ("Olia",), "Kateryna": ("Katia",)},
    "latin": {"José": ("Pepe",), "Francisco": ("Pancho",), "Constanza": ("Coni",)},
    "indian": {"Abhishek": ("Abhi",), "Rajesh": ("Raj",), "Vikram": ("Vicky",)},
    "bcs": {"Aleksandar": ("Aca",), "Snežana": ("Sneža",)},
}  # fmt: skip

# A few letters typed without their marks, as people do in forms and mail.
PLAIN = str.maketrans(
    {
        "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g", "ö": "o", "Ö": "O",
        "ü": "u", "Ü": "U", "ć": "c", "č": "c", "Č": "C", "Ć": "C", "š": "s", "Š": "S", "ž": "z",
        "Ž": "Z", "đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ó": "o", "ś": "s",
        "Ś": "S", "ź": "z", "ż": "z", "Ż": "Z", "ń": "n", "á": "a", "é": "e", "í": "i", "ú": "u",
        "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "ñ": "n", "å": "a", "ä": "a", "Å": "A",
        "Ä": "A",
    }
)  # fmt: skip


def plain(word: str) -> str:
    return word.translate(PLAIN)


def feminine(surname: str) -> str:
    """The feminine form of a Polish surname: Kowalski -> Kowalska, Nowicki -> Nowicka."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname
