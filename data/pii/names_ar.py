# ruff: noqa: E501
"""Name pools of held-out AR (issue 15), written from the writer's general knowledge.

Every list is in rank order, the commonest first. Swedish, UK and the lists of origins common in
Sweden are weighted 1/rank; the US lists carry the US Census 1990 per cent of each name (as the
writer remembers them; the tail's figures are approximate). A pool's head is its first
`head` names (about 150 for the long lists, about a third of a short one); `HEAD_SHARE` of the name
words come from a head, the rest from the tail, by weight inside each part.
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


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int | None = None) -> Pool:
    """Names in rank order, weight 1/rank; the head the first `head` (a third if not given)."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    size = head if head is not None else max(8, len(names) // 3)
    return Pool(
        tuple(names),
        tuple(1 / rank for rank in range(1, len(names) + 1)),
        min(size, len(names) - 1),
    )


def census(text: str, head: int = 150, size: int = 400) -> Pool:
    """`Name per-cent` pairs in rank order (the US Census 1990 lists), the first `size` kept."""
    tokens = text.split()
    names, weights = tokens[0::2], [float(t) for t in tokens[1::2]]
    assert len(names) == len(weights) and len(set(names)) == len(names), "census list"
    return Pool(tuple(names[:size]), tuple(weights[:size]), head)


# --- Sweden: given names and surnames in the order of SCB's name statistics (the writer's memory) ---
SV_F = ranked(
    """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Birgitta
Inger Linnéa Sofia Annika Linda Susanne Elin Monica Ulla Johanna Margareta Elisabeth Julia
Camilla Carina Helena Åsa Ida Sofie Anette Cecilia Agneta Marianne Therese Ebba Frida Lisa Elsa
Amanda Alice Maja Louise Matilda Caroline Jessica Ann Gunilla Anneli Lina Emelie Ellen Josefin
Ingela Siv Anita Pia Madeleine Barbro Wilma Moa Ewa Klara Nathalie Charlotte Sandra Emilia
Victoria Yvonne Mona Gun Britt Irene Ulrika Jennie Felicia Elvira Astrid Nora Saga Stina Lovisa
Alva Olivia Elina Mikaela Mia Katarina Petra Ann-Christin Ann-Sofie Anna-Karin Eva-Lena
Marie-Louise Ingegerd Gunnel Britt-Marie Maj-Britt Ylva Tove Hedvig Greta Signe Selma Vera Tyra
Agnes Karolina Rebecka Jonna Tilda Sanna Hilda Märta Linn Isabelle Alma Molly Thea Liv Evelina
Fanny Freja Tuva Charlotta Susanna Therése Magdalena Lotten Erika Veronica Catarina Ingeborg
Solveig Gunvor Margit Elsie Majken Aina Ulrica Jeanette Marlene Angelica Paulina Josefine Michaela
Nina Elisabet Christina Kristin Hillevi Lise-Lotte Ann-Marie Eva-Britt Rut Ester Svea Hilma
Ronja Tindra Meja Nellie Lilly Isabella Elise Minna My Lova Leia Majvor Dagmar Edit Berit Laila
Lillemor Gudrun Sonja Vivianne Pernilla Cornelia Rebecca Johanne Amelie Filippa Nova Hedda Iris
Ines Juni Siri Lykke Stella Ellinor Ingbritt Gerd Inga Eivor Asta Viola Wendela Sigrid Valborg
Kajsa Malva Idun Vilma Engla Mimmi Lovis Ella Tilde Hanne Julie Linnea Stephanie Cajsa Mathilda
Emelia Elinor Nadja Birgit Inez Karina Sussanne Gabriella Jasmine Frideborg Ragnhild Elvy Ulrike
Kristine Sigbritt Annelie Annette Jannike Charlott Madelene Angelika Tora
Thyra Eira Alicia Adela Majlis
""",
    head=150,
)

SV_M = ranked(
    """
Lars Anders Johan Per Erik Karl Mikael Jan Peter Thomas Daniel Fredrik Hans Bengt Stefan Andreas
Mats Magnus Björn Sven Bo Nils Marcus Jonas Mattias Alexander Martin Leif Gustav Göran Ulf
Christer Kent Henrik David Oskar Patrik Niklas Tobias Johannes Emil Viktor Simon Filip Jakob
Anton Lennart Kjell Rolf Stig Åke Roger Tommy Robert Kenneth Joakim Michael Christian Sebastian
Rasmus Lucas William Oliver Hugo Elias Axel Ludvig Isak Adam Olof Gunnar Ingvar Roland Arne
Gösta Bertil Rune Sten Håkan Torbjörn Claes Jörgen Dan Lars-Erik Per-Olof Karl-Johan Jan-Erik
Hans-Åke Carl Pontus Jimmy Dennis Robin Jesper Kristoffer Linus Albin Edvin Arvid Melvin Noah
Liam Vincent Theo Leo Alfred Elliot Gabriel Samuel Benjamin Felix Love Kevin Johnny Tony Glenn
Conny Ronny Ove Kurt Lars-Göran Sune Folke Tage Rickard Richard Urban Ola Jens Tomas Pär
Jonathan Josef Markus Nicklas Joel Oscar Gustaf Harald Evert Lage Kennet Ulf-Erik Bo-Göran
Jan-Olof Sture Birger Ragnar Yngve Erling Lennarth Thord Torsten Sigvard Valter Helge Ivar Einar
Ture Assar Elof Hampus Wilhelm Otto Sixten Valdemar Algot Frans Ebbe Charlie Colin Douglas Malte
Matheo Neo Nils-Erik Per-Anders Carl-Johan Karl-Erik Lars-Olof Jan-Åke Bror Knut Allan Curt
Ingemar Måns Sam Max Ville Wille Frank Viggo Vidar Casper Kasper Rikard Krister Peder
Jon Mauritz August Tor Hjalmar Artur Adrian Hannes Noel Julius Elis Dante Milo Tim
Kim Joachim Dag Åsmund Östen Gert Per-Erik Inge Evald Arnold Gideon Isidor
""",
    head=150,
)

SV_S = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg
Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk
Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen Norberg Lindholm Dahl Jonasson
Sundström Göransson Ekman Åström Hedberg Lindén Lindahl Nordqvist Östlund Sundqvist Lundh Edlund
Johnsson Blom Karlberg Jeppsson Holmqvist Boström Borg Nordlund Ahlberg Olausson Björck Ek
Westerberg Öhman Lundell Lindblom Carlsson Ericsson Petersson Wahlström Wallgren Törnqvist
Hägglund Marklund Lindkvist Forslund Sjöstedt Nordgren Rosén Wennberg Strand Granberg Hallberg
Bäckström Sandin Lidén Fors Friberg Hedström Ekberg Roos Nyman Westin Sundin Lindell Malmberg
Sjödin Ljungberg Hedman Engberg Holmström Vikström Bergh Grahn Kvist Ahlström Rydberg Eklöf
Backman Sundell Ahlgren Stenberg Ekelund Sjöström Lilja Dahlgren Hjalmarsson Ottosson Sahlin
Skoglund Nyholm Lövgren Grönlund Wiklund Norén Lundmark Burman Dahlqvist Hallin Nord Höglund
Ekholm Lindh Bohlin Alm Ljung Thunberg Edström Wikman Ivarsson Ingvarsson Adolfsson Gustavsson
Josefsson Kristiansson Emanuelsson Sjölund Hammar Palm Bergkvist Lindroth Rehn Ekdahl Nordberg
Östberg Fagerström Segerström Svärd Kjellberg Strid Ågren Sjölin Brandt Hultgren Asplund Asp
Sandgren Thorén Öhrn Rask Åkerman Lönn Modig Starck Tell Lager Stål Törnblom Wängberg
Karlström Löfstedt Nylander Hellgren Sköld Bergvall Fält Ringström Gullberg Frisk Boman Selin
Melin Engman Ekvall Jernberg Tornberg Lindmark Sandell Söderström Söderlund Westman Hagberg
Hagström Lundquist Forsman Haglund Sundén Rosengren Wester Kronberg Ståhl Ohlsson
Ahlin Widén Wallén Lindvall Nordén Eld Rydén Broman Grönberg Löfberg Hultman Nykvist
Bjurström Elmqvist Frid Ljunggren Moberg Tengvall Uhlin Varg Ölund Älmqvist von_Essen af_Ugglas
von_Platen Gyllenhammar Silfverberg Stiernstedt Cederlund Lagergren Hammarström Åhlund
""",
    head=150,
)

# --- United States: the 1990 Census lists, per cent of people carrying the name ---
US_F = census("""
Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria 0.828
Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty 0.666
Helen 0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle 0.519
Laura 0.510 Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482 Cynthia 0.469
Angela 0.468 Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430 Virginia 0.430
Kathleen 0.424 Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie 0.400 Carolyn 0.385
Christine 0.382 Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370 Ann 0.364 Joyce 0.364
Diane 0.359 Alice 0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris 0.335 Gloria 0.335
Evelyn 0.322 Jean 0.315 Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan 0.306 Ashley 0.303
Judith 0.297 Rose 0.296 Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.272 Christina 0.268
Kathy 0.268 Theresa 0.266 Beverly 0.266 Denise 0.264 Tammy 0.259 Irene 0.252 Jane 0.250
Lori 0.248 Rachel 0.242 Marilyn 0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229 Sara 0.229
Anne 0.228 Jacqueline 0.228 Wanda 0.226 Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois 0.220
Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217 Diana 0.216 Annie 0.216 Lillian 0.211
Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys 0.205 Rita 0.204 Dawn 0.202
Connie 0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195 Carmen 0.195 Rosa 0.194
Cindy 0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.178 Kim 0.177 Sherry 0.175
Sylvia 0.174 Josephine 0.173 Thelma 0.169 Shannon 0.168 Sheila 0.167 Ethel 0.164 Ellen 0.163
Elaine 0.162 Marjorie 0.162 Carrie 0.162 Charlotte 0.160 Monica 0.156 Esther 0.154
Pauline 0.154 Emma 0.153 Juanita 0.150 Anita 0.150 Rhonda 0.148 Hazel 0.148 Amber 0.147
Eva 0.146 Debbie 0.146 April 0.146 Leslie 0.146 Clara 0.145 Lucille 0.144 Jamie 0.144
Joanne 0.144 Eleanor 0.143 Valerie 0.142 Danielle 0.141 Megan 0.141 Alicia 0.140 Suzanne 0.138
Michele 0.138 Gail 0.137 Bertha 0.136 Darlene 0.136 Veronica 0.135 Jill 0.135 Erin 0.135
Geraldine 0.133 Lauren 0.130 Cathy 0.130 Joann 0.130 Lorraine 0.130 Lynn 0.129 Sally 0.129
Regina 0.127 Erica 0.127 Beatrice 0.126 Dolores 0.126 Bernice 0.124 Audrey 0.124 Yvonne 0.123
Annette 0.122 June 0.122 Samantha 0.119 Marion 0.119 Dana 0.119 Stacy 0.118 Ana 0.118
Renee 0.118 Ida 0.116 Vivian 0.116 Roberta 0.115 Holly 0.115 Brittany 0.115 Melanie 0.114
Loretta 0.112 Yolanda 0.112 Jeanette 0.112 Laurie 0.112 Katie 0.111 Kristen 0.111
Vanessa 0.111 Alma 0.111 Sue 0.111 Elsie 0.110 Beth 0.110 Jeanne 0.109 Vicki 0.108 Carla 0.107
Tara 0.106 Rosemary 0.105 Eileen 0.105 Terri 0.105 Gertrude 0.103 Lucy 0.102 Tonya 0.102
Ella 0.101 Stacey 0.101 Wilma 0.100 Gina 0.099 Kristin 0.099 Jessie 0.098 Natalie 0.098
Agnes 0.098 Vera 0.098 Charlene 0.097 Bessie 0.096 Delores 0.096 Melinda 0.094 Pearl 0.094
Arlene 0.094 Maureen 0.094 Colleen 0.094 Allison 0.094 Tamara 0.094 Joy 0.093 Georgia 0.093
Constance 0.093 Lillie 0.092 Claudia 0.092 Jackie 0.092 Marcia 0.092 Tanya 0.091 Nellie 0.091
Minnie 0.090 Marlene 0.090 Heidi 0.089 Glenda 0.088 Lydia 0.086 Viola 0.086 Courtney 0.086
Marian 0.086 Stella 0.085 Caroline 0.085 Dora 0.084 Jo 0.084 Vickie 0.083 Mattie 0.081
Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078 Myrtle 0.078 Lena 0.077 Christy 0.077
Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074 Jennie 0.072 Nora 0.072 Margie 0.072
Nina 0.072 Cassandra 0.072 Leah 0.071 Penny 0.071 Kay 0.071 Priscilla 0.071 Naomi 0.071
Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069 Tracey 0.069 Leona 0.069
Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.068 Velma 0.068 Becky 0.068 Bobbie 0.067
Violet 0.067 Kristina 0.067 Toni 0.067 Misty 0.066 Mae 0.066 Shelly 0.066 Daisy 0.066
Ramona 0.065 Sherri 0.065 Erika 0.065 Katrina 0.065 Claire 0.065 Lindsey 0.064 Lindsay 0.064
Geneva 0.064 Guadalupe 0.064 Belinda 0.064 Margarita 0.063 Sheryl 0.063 Cora 0.063 Faye 0.063
Ada 0.063 Natasha 0.062 Sabrina 0.062 Isabel 0.062 Marguerite 0.062 Hattie 0.061 Harriet 0.061
Molly 0.061 Cecilia 0.061 Kristi 0.060 Brandi 0.060 Blanche 0.060 Sandy 0.060 Rosie 0.059
Joanna 0.059 Iris 0.059 Eunice 0.059 Angie 0.059 Inez 0.058 Lynda 0.058 Madeline 0.058
Amelia 0.058 Alberta 0.058 Genevieve 0.057 Monique 0.057 Jodi 0.057 Janie 0.057 Maggie 0.056
Kayla 0.056 Sonya 0.056 Jan 0.056 Kristine 0.056 Candace 0.055 Fannie 0.055 Maryann 0.055
Opal 0.055 Alison 0.055 Yvette 0.054 Melody 0.054 Luz 0.054 Susie 0.054 Olivia 0.054
Flora 0.053 Shelley 0.053 Kristy 0.053 Mamie 0.053 Lula 0.052 Lola 0.052 Verna 0.052
Beulah 0.052 Antoinette 0.051 Candice 0.051 Juana 0.051 Jeannette 0.051 Pam 0.051 Kelli 0.050
Hannah 0.050 Whitney 0.050 Bridget 0.050 Karla 0.050 Celia 0.049 Latoya 0.049 Patty 0.049
Shelia 0.049 Gayle 0.049 Della 0.048 Vicky 0.048 Lynne 0.048 Sheri 0.048 Marianne 0.048
Kara 0.047 Jacquelyn 0.047 Erma 0.047 Blanca 0.047 Myra 0.047 Leticia 0.046 Krista 0.046
Roxanne 0.046 Angelica 0.046 Robyn 0.046 Adrienne 0.045 Rosalie 0.045 Alexandra 0.045
Brooke 0.045 Bethany 0.045 Sadie 0.045 Bernadette 0.044 Traci 0.044 Jody 0.044 Kendra 0.044
Jasmine 0.044 Nichole 0.044 Rachael 0.043 Chelsea 0.043 Mable 0.043 Ernestine 0.043
Muriel 0.043 Marcella 0.042 Elena 0.042 Krystal 0.042 Angelina 0.042 Nadine 0.042 Kari 0.042
Estelle 0.041 Dianna 0.041 Paulette 0.041 Lora 0.041 Mona 0.041 Doreen 0.041 Rosemarie 0.040
Desiree 0.040 Antonia 0.040 Hope 0.040 Ginger 0.040 Janis 0.040 Betsy 0.040 Christie 0.039
Freda 0.039 Mercedes 0.039 Meredith 0.039 Lynette 0.039 Teri 0.039 Cristina 0.039 Eula 0.038
Leigh 0.038 Meghan 0.038 Sophia 0.038 Eloise 0.038
""")

US_M = census("""
James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613
Larry 0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537
Raymond 0.488 Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389
Peter 0.381 Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328
Roger 0.322 Joe 0.321 Juan 0.320 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311
Terry 0.311 Gerald 0.309 Keith 0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282
Nicholas 0.275 Roy 0.273 Benjamin 0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251
Fred 0.251 Wayne 0.249 Billy 0.248 Steve 0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240
Randy 0.232 Howard 0.230 Eugene 0.230 Carlos 0.229 Russell 0.224 Bobby 0.223 Victor 0.222
Martin 0.216 Ernest 0.215 Phillip 0.213 Todd 0.213 Jesse 0.209 Craig 0.206 Alan 0.204
Shawn 0.200 Clarence 0.197 Sean 0.197 Philip 0.197 Chris 0.197 Johnny 0.195 Earl 0.193
Jimmy 0.191 Antonio 0.190 Danny 0.190 Bryan 0.190 Tony 0.190 Luis 0.189 Mike 0.189
Stanley 0.186 Leonard 0.186 Nathan 0.185 Dale 0.184 Manuel 0.181 Rodney 0.180 Curtis 0.180
Norman 0.177 Allen 0.174 Marvin 0.171 Vincent 0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166
Jeff 0.166 Chad 0.165 Jacob 0.165 Lee 0.162 Melvin 0.162 Alfred 0.162 Kyle 0.160
Francis 0.160 Bradley 0.159 Jesus 0.155 Herbert 0.155 Frederick 0.154 Ray 0.153 Joel 0.152
Edwin 0.148 Don 0.145 Eddie 0.144 Ricky 0.141 Troy 0.138 Randall 0.138 Barry 0.134
Alexander 0.132 Bernard 0.127 Mario 0.125 Leroy 0.125 Francisco 0.124 Marcus 0.124
Micheal 0.123 Theodore 0.123 Clifford 0.120 Miguel 0.118 Oscar 0.116 Jay 0.116 Jim 0.116
Tom 0.116 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie 0.113 Bill 0.112 Lloyd 0.112 Tommy 0.112
Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108 Jerome 0.108 Floyd 0.107 Leo 0.107
Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104 Dean 0.104 Greg 0.104 Jorge 0.104 Dustin 0.103
Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary 0.099 Corey 0.098 Herman 0.097
Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094 Hector 0.094 Shane 0.093
Ricardo 0.093 Sam 0.093 Rick 0.091 Lester 0.091 Brent 0.090 Ramon 0.090 Charlie 0.090
Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084 Ruben 0.084 Brett 0.082
Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080 Milton 0.079 Raul 0.079
Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077 Andre 0.076 Elmer 0.074
Brad 0.074 Gabriel 0.074 Ron 0.072 Mitchell 0.072 Roland 0.072 Arnold 0.072 Harvey 0.072
Jared 0.071 Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068 Darryl 0.067
Jamie 0.066 Neil 0.066 Jessie 0.066 Christian 0.065 Javier 0.065 Fernando 0.065 Clinton 0.065
Ted 0.064 Mathew 0.064 Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063 Cody 0.063
Julio 0.063 Kelly 0.063 Kurt 0.062 Allan 0.061 Nelson 0.061 Guy 0.061 Clayton 0.061 Hugh 0.061
Max 0.060 Dwayne 0.060 Dwight 0.060 Armando 0.060 Felix 0.060 Jimmie 0.060 Everett 0.060
Jordan 0.059 Ian 0.059 Wallace 0.059 Ken 0.059 Bob 0.059 Jaime 0.058 Casey 0.058
Alfredo 0.058 Alberto 0.058 Dave 0.058 Ivan 0.058 Johnnie 0.058 Sidney 0.058 Byron 0.057
Julian 0.057 Isaac 0.056 Morris 0.056 Clifton 0.056 Willard 0.056 Daryl 0.056 Ross 0.055
Virgil 0.055 Andy 0.055 Marshall 0.055 Salvador 0.055 Perry 0.055 Kirk 0.055 Sergio 0.055
Marion 0.054 Tracy 0.054 Seth 0.054 Kent 0.054 Terrance 0.054 Rene 0.054 Eduardo 0.054
Terrence 0.054 Enrique 0.054 Freddie 0.054 Wade 0.054 Austin 0.053 Stuart 0.053
Fredrick 0.052 Arturo 0.052 Alejandro 0.052 Jackie 0.052 Joey 0.051 Nick 0.051 Luther 0.051
Wendell 0.051 Jeremiah 0.051 Evan 0.051 Julius 0.051 Dana 0.050 Donnie 0.050 Otis 0.050
Shannon 0.050 Trevor 0.050 Oliver 0.050 Luke 0.050 Homer 0.049 Gerard 0.049 Doug 0.049
Kenny 0.049 Hubert 0.049 Angelo 0.048 Shaun 0.048 Lyle 0.048 Matt 0.048 Lynn 0.047
Alfonso 0.047 Orlando 0.047 Rex 0.047 Carlton 0.047 Ernesto 0.047 Cameron 0.046 Neal 0.046
Pablo 0.046 Lorenzo 0.046 Omar 0.046 Wilbur 0.046 Blake 0.046 Grant 0.046 Horace 0.046
Roderick 0.046 Kerry 0.045 Abraham 0.045 Willis 0.045 Rickey 0.045 Jean 0.045 Ira 0.045
Andres 0.045 Cesar 0.044 Johnathan 0.044 Malcolm 0.044 Rudolph 0.044 Damon 0.044 Kelvin 0.044
Rudy 0.044 Preston 0.043 Alton 0.043 Archie 0.043 Marco 0.043 Pete 0.043 Randolph 0.043
Garry 0.043 Geoffrey 0.043 Jonathon 0.043 Felipe 0.043 Bennie 0.042 Gerardo 0.042 Ed 0.042
Dominic 0.042 Robin 0.042 Loren 0.042 Delbert 0.042 Colin 0.042 Guillermo 0.041
Earnest 0.041 Lucas 0.041 Benny 0.041 Noel 0.041 Spencer 0.041 Rodolfo 0.041 Myron 0.041
Edmund 0.041
""")

US_S = census("""
Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424
Wilson 0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279
Harris 0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233
Clark 0.231 Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199
Young 0.193 Hernandez 0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185
Green 0.183 Adams 0.174 Baker 0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160
Perez 0.155 Roberts 0.153 Turner 0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141
Edwards 0.137 Collins 0.134 Stewart 0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122
Cook 0.120 Morgan 0.118 Bell 0.117 Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113
Richardson 0.112 Cox 0.110 Howard 0.110 Ward 0.108 Torres 0.108 Peterson 0.107 Gray 0.106
Ramirez 0.105 James 0.105 Watson 0.103 Brooks 0.103 Kelly 0.102 Sanders 0.100 Price 0.099
Bennett 0.099 Wood 0.098 Barnes 0.097 Ross 0.096 Henderson 0.095 Coleman 0.095 Jenkins 0.095
Perry 0.094 Powell 0.093 Long 0.092 Patterson 0.092 Hughes 0.092 Flores 0.092
Washington 0.092 Butler 0.091 Simmons 0.091 Foster 0.091 Gonzales 0.087 Bryant 0.087
Alexander 0.085 Russell 0.085 Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford 0.082
Hamilton 0.082 Graham 0.082 Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080
Jordan 0.078 Owens 0.078 Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075
McDonald 0.075 Cruz 0.075 Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074
Wells 0.073 Webb 0.072 Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.070 Hunter 0.070
Hicks 0.070 Crawford 0.069 Henry 0.069 Boyd 0.069 Mason 0.069 Morales 0.069 Kennedy 0.068
Warren 0.068 Dixon 0.067 Ramos 0.067 Reyes 0.067 Burns 0.067 Gordon 0.067 Shaw 0.066
Holmes 0.066 Rice 0.065 Robertson 0.065 Hunt 0.064 Black 0.064 Daniels 0.063 Palmer 0.063
Mills 0.063 Nichols 0.062 Grant 0.062 Knight 0.062 Ferguson 0.062 Rose 0.062 Stone 0.062
Hawkins 0.062 Dunn 0.061 Perkins 0.061 Hudson 0.060 Spencer 0.060 Gardner 0.059
Stephens 0.059 Payne 0.059 Pierce 0.059 Berry 0.059 Matthews 0.059 Arnold 0.059 Wagner 0.058
Willis 0.058 Ray 0.058 Watkins 0.058 Olson 0.058 Carroll 0.058 Duncan 0.058 Snyder 0.058
Hart 0.057 Cunningham 0.057 Bradley 0.057 Lane 0.057 Andrews 0.057 Ruiz 0.057 Harper 0.057
Fox 0.056 Riley 0.056 Armstrong 0.056 Carpenter 0.056 Weaver 0.056 Greene 0.056
Lawrence 0.055 Elliott 0.055 Chavez 0.055 Sims 0.055 Austin 0.055 Peters 0.055 Kelley 0.055
Franklin 0.054 Lawson 0.054 Fields 0.053 Gutierrez 0.053 Ryan 0.053 Schmidt 0.053 Carr 0.053
Vasquez 0.053 Castillo 0.053 Wheeler 0.053 Chapman 0.052 Oliver 0.052 Montgomery 0.052
Richards 0.052 Williamson 0.052 Johnston 0.052 Banks 0.051 Meyer 0.051 Bishop 0.051
McCoy 0.051 Howell 0.051 Alvarez 0.051 Morrison 0.051 Hansen 0.050 Fernandez 0.050
Garza 0.050 Harvey 0.050 Little 0.050 Burton 0.050 Stanley 0.050 Nguyen 0.050 George 0.049
Jacobs 0.049 Reid 0.049 Fuller 0.049 Lynch 0.049 Dean 0.049 Gilbert 0.049 Garrett 0.049
Romero 0.049 Welch 0.048 Larson 0.048 Frazier 0.048 Burke 0.048 Hanson 0.048 Day 0.047
Mendoza 0.047 Moreno 0.047 Bowman 0.047 Medina 0.047 Fowler 0.047 Brewer 0.046 Hoffman 0.046
Carlson 0.046 Silva 0.046 Pearson 0.046 Holland 0.046 Douglas 0.045 Fleming 0.045
Jensen 0.045 Vargas 0.045 Byrd 0.045 Davidson 0.045 Hopkins 0.045 May 0.044 Terry 0.044
Herrera 0.044 Wade 0.044 Soto 0.044 Walters 0.044 Curtis 0.044 Neal 0.043 Caldwell 0.043
Lowe 0.043 Jennings 0.043 Barnett 0.043 Graves 0.043 Jimenez 0.043 Horton 0.043
Shelton 0.043 Barrett 0.043 O'Brien 0.043 Castro 0.043 Sutton 0.042 Gregory 0.042
McKinney 0.042 Lucas 0.042 Miles 0.042 Craig 0.042 Rodriquez 0.041 Chambers 0.041 Holt 0.041
Lambert 0.041 Fletcher 0.041 Watts 0.041 Bates 0.041 Hale 0.041 Rhodes 0.041 Pena 0.041
Beck 0.041 Newman 0.040 Haynes 0.040 McDaniel 0.040 Mendez 0.040 Bush 0.040 Vaughn 0.040
Parks 0.040 Dawson 0.040 Santiago 0.040 Norris 0.040 Hardy 0.040 Love 0.040 Steele 0.040
Curry 0.040 Powers 0.040 Schultz 0.040 Barker 0.040 Guzman 0.039 Page 0.039 Munoz 0.039
Ball 0.039 Keller 0.039 Chandler 0.039 Weber 0.039 Leonard 0.039 Walsh 0.039 Lyons 0.039
Ramsey 0.039 Wolfe 0.038 Schneider 0.038 Mullins 0.038 Benson 0.038 Sharp 0.038 Bowen 0.038
Daniel 0.038 Barber 0.038 Cummings 0.038 Hines 0.038 Baldwin 0.038 Griffith 0.038
Valdez 0.038 Hubbard 0.038 Salazar 0.038 Reeves 0.038 Warner 0.037 Stevenson 0.037
Burgess 0.037 Santos 0.037 Tate 0.037 Cross 0.037 Garner 0.037 Mann 0.037 Mack 0.037
Moss 0.037 Thornton 0.037 Dennis 0.037 McGee 0.037 Farmer 0.036 Delgado 0.036 Aguilar 0.036
Vega 0.036 Glover 0.036 Manning 0.036 Cohen 0.036 Harmon 0.036 Rodgers 0.036 Robbins 0.036
Newton 0.036 Todd 0.036 Blair 0.036 Higgins 0.036 Ingram 0.036 Reese 0.036 Cannon 0.036
Strickland 0.036 Townsend 0.036 Potter 0.036 Goodwin 0.036 Walton 0.035 Rowe 0.035
Hampton 0.035 Ortega 0.035 Patton 0.035 Swanson 0.035 Joseph 0.035 Francis 0.035
Goodman 0.035 Maldonado 0.035 Yates 0.035 Becker 0.035 Erickson 0.035 Hodges 0.035
Rios 0.035 Conner 0.035 Adkins 0.035 Webster 0.034 Norman 0.034 Malone 0.034 Hammond 0.034
Flowers 0.034 Cobb 0.034 Moody 0.034 Quinn 0.034 Blake 0.034 Maxwell 0.034 Pope 0.034
Floyd 0.033 Osborne 0.033 Paul 0.033 McCarthy 0.033 Guerrero 0.033 Lindsey 0.033
Estrada 0.033 Sandoval 0.033 Gibbs 0.033 Tyler 0.033 Gross 0.033 Fitzgerald 0.033
Stokes 0.033 Doyle 0.033 Sherman 0.033 Saunders 0.033 Wise 0.033 Colon 0.033 Gill 0.033
Alvarado 0.033 Greer 0.032 Padilla 0.032 Simon 0.032 Waters 0.032 Nunez 0.032 Ballard 0.032
Schwartz 0.032 McBride 0.032 Houston 0.032 Christensen 0.032 Klein 0.032 Pratt 0.032
Briggs 0.032 Parsons 0.032 McLaughlin 0.032 Zimmerman 0.032 French 0.032 Buchanan 0.032
Moran 0.032 Copeland 0.031 Roy 0.031 Pittman 0.031 Brady 0.031 McCormick 0.031
Holloway 0.031 Brock 0.031 Poole 0.031 Frank 0.031 Logan 0.031 Owen 0.031 Bass 0.031
Marsh 0.031 Drake 0.031 Wong 0.031 Jefferson 0.031 Park 0.031 Morton 0.031 Abbott 0.031
Sparks 0.031 Patrick 0.030 Norton 0.030 Huff 0.030 Clayton 0.030 Massey 0.030 Lloyd 0.030
Figueroa 0.030 Carson 0.030 Bowers 0.030 Roberson 0.030 Barton 0.030 Tran 0.030 Lamb 0.030
Harrington 0.030 Casey 0.030 Boone 0.030 Cortez 0.030 Clarke 0.030 Mathis 0.030
Singleton 0.030 Wilkins 0.030 Cain 0.030 Bryan 0.030 Underwood 0.030 Hogan 0.030
""")

# --- United Kingdom: ONS rankings (given names of the adults of today, surnames), 1/rank ---
UK_F = ranked(
    """
Sarah Claire Emma Nicola Lisa Helen Karen Susan Rachel Laura Louise Julie Michelle Joanne Amanda
Kelly Rebecca Elizabeth Gemma Victoria Jennifer Samantha Catherine Jane Caroline Alison Jessica
Hannah Charlotte Amy Sophie Lucy Katie Emily Jade Kirsty Deborah Tracey Angela Margaret Patricia
Christine Janet Jacqueline Dawn Joanna Natalie Lauren Zoe Stephanie Hayley Danielle Leanne Kerry
Donna Sharon Wendy Tracy Kathryn Anne Gillian Linda Sandra Carol Pauline Jean Mary Barbara Marie
Clare Fiona Ruth Heather Vanessa Lindsey Natasha Georgia Chloe Olivia Ella Grace Holly Megan
Abigail Eleanor Bethany Harriet Isobel Imogen Freya Poppy Alice Evie Isla Amelia Lily Ruby Mia
Phoebe Millie Anne-Marie Siobhan Bridget Maureen Shirley Valerie Rosemary Beverley Lesley
Diane Tina Jill Lorraine Elaine Yvonne Sian Rhiannon Ffion Kayleigh Shannon Jodie Charlene
Stacey Becky Katherine Ellie Jasmine Niamh Aisling Morag Eilidh Kirsten Abbie Paige
""",
    head=60,
)

UK_M = ranked(
    """
David John Paul Mark James Andrew Michael Peter Robert Stephen Richard Christopher Daniel Thomas
Matthew Ian Simon Gary Darren Craig Lee Jason Neil Martin Kevin Anthony Adam Jonathan Benjamin
Samuel Joseph William Alexander Luke Ryan Jamie Nicholas Timothy Philip Graham Keith Alan Colin
Brian Kenneth Stuart Wayne Dean Carl Scott Gareth Nathan Liam Jack Oliver Harry Charlie George
Alfie Callum Connor Kieran Jordan Ashley Shaun Barry Terry Trevor Derek Roger Malcolm Nigel
Clive Russell Dominic Edward Henry Toby Rhys Owen Declan Aidan Ross Marcus Joshua Aaron Dylan
Noah Leo Oscar Archie Freddie Jacob Ethan Gavin Glyn Dafydd Iain Hamish Fraser Euan Angus
Rory Sean Ciaran Patrick Francis Raymond Geoffrey Howard Leslie Norman Dennis Tony Steve
""",
    head=60,
)

UK_S = ranked(
    """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence
Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton
Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward
Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole
Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton MacDonald MacLeod Fraser
Llewellyn Pugh Vaughan Jenkins-Price Bowen Lamb
""",
    head=150,
)

# --- Origins common in Sweden: their commonest names, 1/rank ---
FI_F = ranked(
    "Tuula Anne Päivi Ritva Leena Pirjo Sirpa Marja Merja Tiina Kaisa Riitta Eeva Minna Sari Tarja Pirkko Seija Hanna Johanna Satu Aino Liisa Helena Marjatta Anneli Kirsi Sanna Heidi Elina Aila Raija",
    head=12,
)
FI_M = ranked(
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Ville Petri Juho Pentti Esa Tapio Jussi Harri Kalevi Tuomas Raimo Risto Erkki Veikko Arto",
    head=12,
)
FI_S = ranked(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Peltonen Kettunen Hakkarainen Väisänen Pitkänen",
    head=12,
)

AR_F = ranked(
    "Fatima Maryam Zainab Sara Noor Aisha Layla Huda Rana Amal Hanan Yasmin Nour Rania Mariam Dalia Lina Reem Samira Salma Mona Hiba Ninve Dima Rasha Asma Suha Nadia Shamiram Nahrin Madlen Sabrina Marwa Ghada Rim Widad Samar Lamis Najwa",
    head=14,
)
AR_M = ranked(
    "Mohammad Mohamed Ahmad Ali Hassan Omar Mahmoud Hussein Khaled Abdullah Yousef Ibrahim Mustafa Karim Sami Samir Tarek Bilal Hamza Amir Gabriel Rami Fadi Jamal Nabil Walid Ziad Sargon Ninos Aziz Imad Ayman Majid Adnan Fuad Ashur Aday Shamoun Jacob Elias Iskandar Muhannad",
    head=14,
)
AR_S = ranked(
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Mustafa Othman Yousef Gabriel Al-Khatib Haddad Aziz Jaber Khalaf Hamdan Nasser Kassem Saad Abbas Jasim Kadhim Al-Hashimi Karim Darwish Suleiman Yakoub Barsom Shamoun Hanna Issa Danho Malke Lahdo Aho Ishak Sawo Tuma Al-Jabouri Al-Obaidi Al-Saadi Hamoud Kanaan Zakaria",
    head=16,
)

FA_F = ranked(
    "Maryam Fatemeh Zahra Shirin Leila Nasrin Parisa Mahsa Roya Azadeh Mina Sara Niloufar Shabnam Elham Neda Samira Forough Mitra Golnar Parvaneh Soheila Nazanin Tara Yasaman Setareh Atefeh",
    head=11,
)
FA_M = ranked(
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behzad Babak Arash Kaveh Dariush Kourosh Farhad Majid Masoud Nima Payam Parviz Mehran Shahab Omid Ramin Siavash Pejman Shahram Bahram",
    head=11,
)
FA_S = ranked(
    "Hosseini Mohammadi Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ghorbani Kazemi Ebrahimi Hosseinzadeh Akbari Azizi Heidari Shahbazi Tehrani Naderi Farahani Rostami Salehi Bagheri Amini Nazari Mirzaei Soltani Alavi Ghasemi Zamani",
    head=12,
)

KU_F = ranked(
    "Shilan Nasrin Dilan Rojin Berfin Zilan Nazdar Hawin Avin Shirin Sozan Jiyan Helin Narin Evin Rojda Gulistan Ronak Zhila Lana Rozhan Bahar",
    head=9,
)
KU_M = ranked(
    "Azad Rebin Kawa Dilshad Shvan Karwan Hemin Rebwar Aram Serwan Diyar Baran Zana Hawre Soran Sherzad Botan Ahmad Mohammed Bakhtiyar Hiwa Sirwan Dler",
    head=9,
)
KU_S = ranked(
    "Ahmed Mahmoud Rashid Karim Abdullah Hama Aziz Omer Salih Qadir Mustafa Hussein Amin Ali Kurdi Bakir Osman Hamid Jalal Faraj Khoshnaw Sharif Rasul Tahir Hawrami Doski Zebari Baban Barzani",
    head=10,
)

SO_F = ranked(
    "Fadumo Hodan Amina Asha Sahra Hawa Halima Khadija Nimco Ayaan Deeqa Faiza Sagal Ifrah Maryan Ubah Hibaq Ladan Filsan Anab Sucaad Muna",
    head=9,
)
SO_M = ranked(
    "Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Hussein Abdirahman Ismail Yusuf Said Mahad Abdikarim Liban Guled Farah Mustafe Khalid Bashir Abdiaziz Hamse",
    head=9,
)
SO_S = ranked(
    "Mohamed Ali Ahmed Hassan Abdi Farah Omar Hussein Jama Warsame Osman Yusuf Ismail Nur Abdullahi Aden Mohamud Dahir Hersi Egal Elmi Gedi Abdille Hirsi Adan Duale Samatar Guled Haji Barre",
    head=10,
)

ER_F = ranked(
    "Helen Selam Senait Hiwet Meron Lidya Saba Ruth Tsega Mekdes Winta Eden Hanna Feven Rahel Bethlehem Semhar Luwam Almaz Tirhas Yordanos",
    head=8,
)
ER_M = ranked(
    "Yonas Daniel Dawit Samuel Tesfaye Solomon Mehari Yohannes Bereket Filmon Robel Michael Henok Abel Biniam Natnael Tekle Habtom Kidane Mulugeta Aron Efrem",
    head=8,
)
ER_S = ranked(
    "Tesfaye Haile Gebremedhin Tekle Berhane Ghebremichael Kidane Mehari Tesfamariam Habte Woldu Yohannes Ghebreyesus Asmerom Kahsay Tewelde Abraha Gebru Negash Weldemariam Ghirmay Andemariam Zerai",
    head=8,
)

PL_F = ranked(
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Agata Iwona Grażyna",
    head=10,
)
PL_M = ranked(
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Rafał Kamil Robert Jerzy Sebastian Maciej Przemysław Sławomir",
    head=10,
)
PL_S = ranked(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Jaworski Malinowski",
    head=11,
)

BCS_F = ranked(
    "Amra Emina Lejla Amela Selma Aida Mirela Sanela Jasmina Azra Maja Ana Jelena Ivana Dragana Snežana Vesna Marija Milica Tijana Sanja Mirsada Elma Nermina Dženana Alma",
    head=9,
)
BCS_M = ranked(
    "Amir Adnan Emir Mirza Haris Nermin Edin Senad Dragan Zoran Goran Milan Nenad Dejan Marko Ivan Stefan Nikola Miroslav Damir Elvis Dino Tarik Almir Jasmin Kenan",
    head=9,
)
BCS_S = ranked(
    "Hodžić Hadžić Kovačević Delić Begić Mehmedović Hasanović Ibrahimović Alić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Tomić Popović Šehić Mujić Salihović Husić",
    head=11,
)

TR_F = ranked(
    "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Derya Gül Leyla Ebru Aylin Selin Büşra Songül Yasemin Sibel Gülşen",
    head=9,
)
TR_M = ranked(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Burak Kemal Osman Serkan Kerem Can Cem Erkan Volkan Halil Ramazan Süleyman Fatih Tolga",
    head=9,
)
TR_S = ranked(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aksoy Erdoğan Güneş Tekin Acar Bulut Aktaş Kaplan",
    head=10,
)

LA_F = ranked(
    "María Ana Carmen Patricia Claudia Verónica Carolina Paula Daniela Francisca Javiera Camila Gabriela Marcela Alejandra Rosa Isabel Andrea Valentina Lorena Ximena Soledad Paola Cecilia Silvia Constanza",
    head=9,
)
LA_M = ranked(
    "Juan José Carlos Luis Jorge Pedro Manuel Francisco Miguel Sergio Patricio Cristián Rodrigo Pablo Diego Alejandro Marcelo Andrés Hernán Ricardo Felipe Gonzalo Claudio Mauricio Fernando Matías",
    head=9,
)
LA_S = ranked(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández",
    head=10,
)

TH_F = ranked(
    "Siriporn Malee Nittaya Pranee Sunisa Wanida Kanokwan Ratana Supaporn Jintana Orawan Pornthip Duangjai Arunee Nongnuch Sasithorn Waraporn Kannika Thanyarat Saowalak Lamai Bua",
    head=8,
)
TH_M = ranked(
    "Somchai Somsak Anan Prasert Wichai Sombat Chaiya Suchart Niran Kittisak Boonmee Thanawat Surachai Weerasak Prasit Sakchai Narong Apichat",
    head=7,
)
TH_S = ranked(
    "Saetang Srisuk Wongsawat Chaiyaporn Thongchai Sukprasert Boonmee Kaewkham Phromma Rattanakorn Jaidee Chanthara Sombatsiri Intharasuk Sriwong Thongdee Kongkaew Suwannarat Phanthong Buakhao",
    head=7,
)

IN_F = ranked(
    "Priya Anjali Sunita Pooja Neha Kavita Deepa Lakshmi Divya Meera Anita Rekha Shreya Swati Aishwarya Sneha Nisha Asha Geeta Ritu Shalini Radha Pallavi Aarti Preeti Harpreet Simran",
    head=9,
)
IN_M = ranked(
    "Rahul Amit Rajesh Sanjay Vikram Arjun Suresh Anil Deepak Ravi Manoj Sunil Rohit Aditya Karthik Vijay Pradeep Arun Nikhil Sandeep Ashok Ramesh Gurpreet Abhishek Venkat Harish Siddharth",
    head=9,
)
IN_S = ranked(
    "Kumar Singh Sharma Patel Gupta Reddy Rao Shah Iyer Nair Joshi Mehta Desai Verma Agarwal Menon Pillai Chopra Malhotra Kapoor Banerjee Mukherjee Das Jain Krishnan Bhatt Chatterjee Naidu Kaur Srinivasan Subramanian Gill",
    head=11,
)

ZH_F = ranked(
    "Li Fang Jing Min Yan Xiu Ying Na Hui Juan Xiaoling Mei Ting Lan Qian Yu Xue Hong Yuxin Xinyi Wenjing Lili",
    head=8,
)
ZH_M = ranked(
    "Wei Jun Hao Lei Yang Jie Tao Ming Qiang Jian Bo Chao Peng Gang Hui Xin Yong Zhiwei Haoran Yichen Zhen Long",
    head=8,
)
ZH_S = ranked(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng",
    head=10,
)

UA_F = ranked(
    "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Kateryna Olha Anastasiia Mariia Viktoriia Liudmyla Halyna Nadiia Alina Daria Valentyna Inna Larysa Khrystyna",
    head=8,
)
UA_M = ranked(
    "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Yurii Ivan Vasyl Viktor Mykhailo Ihor Petro Vitalii Bohdan Maksym Taras Roman Artem Denys",
    head=8,
)
UA_S = ranked(
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Kravchuk Kharchenko Vasylenko Levchenko Karpenko",
    head=10,
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "indian": Origin(IN_F, IN_M, IN_S),
    "chinese": Origin(ZH_F, ZH_M, ZH_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
}

# Who is named, per language of the row: roughly Sweden's population (Swedish text), and the UK
# and US with the travellers of an English-speaking booking desk (English text).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "finnish": 4, "arabic": 6.5, "persian": 2.5, "kurdish": 1.5, "somali": 1.8,
        "eritrean": 1.2, "polish": 2.5, "bcs": 2.5, "turkish": 1.5, "latin": 1.2, "thai": 1,
        "indian": 1.5, "chinese": 0.8, "ukrainian": 1.2, "us": 0.6, "uk": 0.6,
    },
    "en": {
        "us": 40, "uk": 32, "swedish": 9, "indian": 5, "chinese": 2.5, "arabic": 2.5, "polish": 2,
        "latin": 2, "turkish": 1, "somali": 1, "finnish": 1, "ukrainian": 1, "persian": 1,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 9, "arabic": 6, "finnish": 3, "persian": 3, "polish": 3,
        "bcs": 3, "indian": 2.5, "kurdish": 2, "turkish": 2, "somali": 2, "eritrean": 1.5,
        "latin": 1.5, "thai": 1, "chinese": 1.5, "ukrainian": 1.5,
    },
}  # fmt: skip

# Short forms people call each other by (used for a few per cent of one-word given names).
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Joakim": ("Jocke",), "Joachim": ("Jocke",), "Mikael": ("Micke",), "Michael": ("Micke", "Mike"),
    "Lars": ("Lasse",), "Karl": ("Kalle",), "Carl": ("Calle", "Kalle"), "Per": ("Pelle", "Perra"),
    "Charlotte": ("Lotta", "Lotte"), "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanne"),
    "Marcus": ("Mackan",), "Markus": ("Mackan",), "Jan": ("Janne",), "Niklas": ("Nicke",),
    "Nicklas": ("Nicke",), "Stefan": ("Steffe",), "Kristina": ("Kicki", "Stina"),
    "Louise": ("Lollo",), "Jessica": ("Jessan", "Jess"), "Tobias": ("Tobbe",), "Robert": ("Robban", "Bob", "Rob"),
    "Daniel": ("Danne", "Dan"), "Fredrik": ("Fredde",), "Jonathan": ("Jonte", "Jon"), "Jonas": ("Jonte",),
    "Katarina": ("Kattis",), "Hans": ("Hasse",), "Olof": ("Olle",), "Nils": ("Nisse",),
    "Kenneth": ("Kenta", "Ken"), "Gustav": ("Gurra",), "Gustaf": ("Gurra",), "Bengt": ("Benke",),
    "Kristoffer": ("Krille",), "Josefin": ("Jossan",), "Cecilia": ("Cissi",), "Therese": ("Tessan",),
    "Margareta": ("Maggan",), "Elisabeth": ("Lisa", "Bettan"), "Anders": ("Ante",),
    "Christer": ("Cricke",), "Thomas": ("Tompa", "Tom"), "Tomas": ("Tompa",), "Jennifer": ("Jen", "Jenny"),
    "Elizabeth": ("Liz", "Beth"), "Christopher": ("Chris",), "Christine": ("Chris",),
    "William": ("Bill", "Will"), "James": ("Jim", "Jamie"), "David": ("Dave",), "Stephen": ("Steve",),
    "Steven": ("Steve",), "Joseph": ("Joe",), "Richard": ("Rich", "Rick"), "Anthony": ("Tony",),
    "Matthew": ("Matt",), "Andrew": ("Andy",), "Susan": ("Sue",), "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Kate", "Cathy"), "Patricia": ("Pat", "Trish"), "Rebecca": ("Becky",),
    "Victoria": ("Vicky",), "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Samuel": ("Sam",),
    "Samantha": ("Sam",), "Stephanie": ("Steph",), "Deborah": ("Debbie", "Deb"), "Margaret": ("Maggie", "Meg"),
    "Edward": ("Ed", "Ted"), "Gregory": ("Greg",), "Timothy": ("Tim",), "Alexander": ("Alex",),
    "Joshua": ("Josh",), "Kimberly": ("Kim",), "Cynthia": ("Cindy",), "Amanda": ("Mandy",),
    "Ronald": ("Ron",), "Donald": ("Don",), "Douglas": ("Doug",), "Lawrence": ("Larry",),
    "Gerald": ("Jerry",), "Barbara": ("Barb",), "Abigail": ("Abby",), "Philip": ("Phil",),
    "Oleksandr": ("Sasha",), "Mohammad": ("Mo",), "Mohamed": ("Mo",), "Abdirahman": ("Abdi",),
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o"})


def plain(word: str) -> str:
    """A name typed without its letters (a keyboard without them): `Wiśniewski` -> `Wisniewski`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(word: str) -> str:
    """The feminine of a Polish surname: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(end):
            return word[: -len(end)] + fem
    return word
