# ruff: noqa: E501
"""Name pools of held-out BJ, weighted by how often people really carry the names.

Written from general knowledge by the forty-first writer and not checked against any list of the
project. Every list is in order of frequency, and `|` parts its head (the common names) from its
tail (rarer names past them). Weights: SCB's name statistics ranks for Sweden (1/rank), the US
Census 1990 per cents (copied from the `names==0.3.0` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`, public domain), the ONS rankings for the UK (1/rank), and
for the origins common in Sweden the writer's own order of frequency (1/rank). A `_` in a name
stands for a space (`van_der_Meer`, `de_la_Fuente`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


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


def ranked(text: str) -> Pool:
    """A list in rank order, head and tail parted by `|`; weight 1/rank over the whole list."""
    head_part, _, tail_part = text.partition("|")
    head = [w.replace("_", " ") for w in head_part.split()]
    tail = [w.replace("_", " ") for w in tail_part.split()]
    names = head + tail
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    assert tail, text[:40]
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), len(head))


def census(text: str, head: int = 150) -> Pool:
    """A list of the US Census 1990 as `Name per-cent` pairs; the per cent is the weight."""
    words = text.split()
    names = tuple(words[0::2])
    assert len(set(names)) == len(names)
    return Pool(names, tuple(float(w) for w in words[1::2]), head)


def plain(word: str) -> str:
    """A name as typed without its letters: `Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`."""
    for a, b in (
        ("ı", "i"),
        ("İ", "I"),
        ("ł", "l"),
        ("Ł", "L"),
        ("đ", "dj"),
        ("Đ", "Dj"),
        ("ș", "s"),
        ("ț", "t"),
    ):
        word = word.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `Kowalski` -> `Kowalska`, `Zawadzki` -> `Zawadzka`."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# Sweden: SCB's name statistics for the whole population (general knowledge), 1/rank.
SV_F = ranked("""
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Ingrid Malin Jenny Hanna Birgitta Inger
Annika Linda Sofia Susanne Elin Monica Ulla Johanna Elisabeth Katarina Carina Julia Ida Margareta
Helena Cecilia Anneli Camilla Elsa Ulrika Gunilla Linnéa Therese Matilda Lisa Emelie Amanda Anette
Ebba Ella Åsa Louise Sandra Klara Agneta Alice Caroline Maja Frida Wilma Barbro Lina Pia Jessica
Elisabet Siv Britt Marianne Gun Yvonne Ann Josefin Moa Astrid Ellen Alva Agnes Tove Emilia Vera
Felicia Stina Olivia Alma Nathalie Jennie Isabelle Saga Lova Freja Signe Irene Lisbeth Ingegerd
Gunnel Viktoria Madeleine Sofie Mikaela Ronja Tilda Nellie Tyra Selma Ester Ellinor Charlotte
Kajsa Hedvig Elvira Ingela Mona Anita Rebecka Isabella Evelina Josefine Lovisa Märta Majken Elise
Ylva Viola Jasmine Emmy Fanny Thea Stella Nora Ines Liv Lilly Mira Hilda Edith Greta Ingeborg
Solveig Birgit Gunhild Margit Marita Lotta Rut Cajsa Elina Pernilla Magdalena Jeanette Karolina
|
Tuva Meja Nova Juni Leia Hilma Svea Dagny Edla Gerd Inga Laila Berit Gudrun Majvor Doris Sylvia
Elvy Aina Alfhild Dagmar Elsie Margaretha Ingalill Mia Tindra Iris Engla Nicole Angelica Evelyn
Vendela Cornelia Amelia Lykke Cleo Vilda Ottilia Estelle Milla Alida Selina Michaela Minna Henrika
Gunvor Sonja Ruth Irma Elly Vivianne Sigrid Hulda Tekla Elna Marléne Rebecca Desirée Tina Benita
Emely Jonna Hjördis Ebbi Lilian Wera Gullan Ingegärd Valborg Hillevi Kristin Cassandra Sanna Tova
Linn Agda Asta Hertha Svanhild Rakel Mathilda Natalie Annie Lilli Juli Livia Siri
Isolde Ronya Idun Unni Vilma Mollie Arvida Disa Runa
""")
SV_M = ranked("""
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Mats
Magnus Mattias Jonas Marcus Bengt Niklas Alexander Oskar Martin Sven Bo Björn Nils Leif Henrik
Patrik David Joakim Ulf Emil Christer Kjell Gustav Filip Rolf Göran Robert Johannes William Anton
Axel Simon Jonathan Viktor Tobias Lucas Jakob Sebastian Rickard Christoffer Elias Kent Gunnar
Tommy Roger Oliver Hugo Ludvig Ingvar Olof Åke Arne Kenneth Robin Jesper Tomas Claes Håkan Dennis
Kristoffer Adam Isak Liam Leo Noah Benjamin Theo Vincent Olle Gösta Lennart Roland Kurt Stig Rune
Sture Torbjörn Hampus Albin Edvin Melker Valter Sixten Love Malte Alfred Elliot Arvid Harry Oscar
Carl Eric Sten Bertil Ove Lars-Erik Karl-Erik Per-Olof Jan-Erik Carl-Johan Jörgen Conny Joel
Gabriel Max Samuel Mohammed Ali Ahmed Kevin Linus Pontus Erland Ingemar Allan Tord Sören Urban
Hjalmar Algot Ture Folke Holger Einar Harald Egon Evert Helge Birger
|
Kalle Sigge Ebbe Otto Loke Milo Frans Nils-Erik Sven-Erik Bengt-Göran Lars-Göran
Per-Erik Karl-Johan Jan-Olof Nils-Olof Sune Gert Ragnar Tage Sigvard Assar Greger
Tor Ivar Vidar Frank Jim Kim Kristian Thorsten Staffan Lage Gottfrid Wilhelm Albert Elvin Colin
Wilmer Charlie Adrian Nicklas Mathias Jimmy Rasmus Dag Ola Pelle Ronny Benny Börje Yngve
Ingmar Gunder Josef Manfred Bror Edvard Herbert Sigfrid Valdemar Vilgot Vilhelm Alvar Gideon Matteus
Eskil Hilding Osvald Alrik Ossian Knut Torsten Ville Lukas Josua Neo Jack
""")
SV_S = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist
Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohamed Engström Eklund Danielsson Lundin Håkansson
Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg
Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund
Björklund Eliasson Pålsson Hassan Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström
Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson
Blom Ek Månsson Strand Åkesson Dahl Jonasson Sundström Hedberg Norberg Lindholm Sjöström Åström
Göransson Nordqvist Ekman Lindblom Holmqvist Sundqvist Hansen Nordlund Lindahl Björkman Hussein
Sandell Friberg Lindell Engberg Carlsson Norén Hedström Jensen Strömberg Nygren Ahlström Bäckström
Borg Lundmark Ivarsson Sörensen Forsman Sjölund Franzén Adolfsson Hallberg Wiberg Lindén Boström
Mohammed Omar Ibrahim Abdi Nyman Söderström Lilja Rosén Stenberg Kristiansson Lindroth Granberg
|
Grahn Hägglund Sköld Modig Granlund Ahlberg Rydberg Kvist Forslund Gran Sund Ekberg Vesterlund
Backman Ljung Malm Nordgren Palm Rask Söderlund Thörn Wahlberg Westerberg Zetterlund Almqvist
Dahlgren Edlund Hammar Hjort Jernberg Kronberg Liljegren Melin Nordén Ohlsson Pihl Quist Rehn
Sahlin Torstensson Unger Wennberg Ågren Öhman Svärd Tornberg Hägg Fagerström Lövgren Brandt Sand
Nordh Wallgren Eklöf Burman Hedman Sjöblom Åkerlund Ekholm Holmström Näslund Strömqvist Nord
Lidén Ståhl Wikman Lundell Frisk Starck Löf Varg Örn Falkenberg Svanberg Fink Lärka
Trana Uggla Räf Lejon Hök Rapp Stark Rosengren Blomberg Kjellberg Asplund Alm Säll Hultgren
Engdahl Dalin Haglund Mellberg Thelin Wästberg Fors Tell Bohman Lindh Hörnell Björnsson Ulfsdotter
von_Essen af_Klinteberg de_Geer Ehrenborg Lagerkvist Silfverberg Stjernström Adelsköld Gyllenhammar
""")
SV_HYPHEN_F = (
    "Ann-Marie",
    "Britt-Marie",
    "Ann-Christin",
    "Anna-Karin",
    "Eva-Lena",
    "Ann-Sofie",
    "Maj-Britt",
    "Ulla-Britt",
    "Anna-Lena",
    "Ann-Charlotte",
    "Lisa-Marie",
    "Ella-Rose",
)
SV_HYPHEN_M = (
    "Karl-Johan",
    "Per-Olof",
    "Lars-Erik",
    "Jan-Erik",
    "Carl-Johan",
    "Lars-Göran",
    "Nils-Erik",
    "Sven-Erik",
    "Karl-Erik",
    "Per-Anders",
    "Bengt-Åke",
    "Hans-Peter",
)

# The UK: the ONS rankings of given names (births over the decades) and the commonest surnames of
# England and Wales (general knowledge), 1/rank.
UK_F = ranked("""
Sarah Emma Claire Laura Rebecca Charlotte Emily Sophie Jessica Hannah Lucy Amy Olivia Amelia Isla
Ava Mia Grace Lily Ella Chloe Katie Jennifer Nicola Rachel Helen Elizabeth Susan Margaret Karen
Julie Lisa Michelle Joanne Louise Victoria Kelly Samantha Lauren Megan Holly Georgia Freya Poppy
Isabella Evie Florence Sienna Ruby Daisy Alice Phoebe Rosie Jade Gemma Natalie Stephanie Kirsty
Zoe Hayley Donna Tracey Sharon Deborah Alison Jacqueline Carol Patricia Janet Christine Angela
Pauline Linda Gillian Fiona Catherine Joanna Anna Eleanor Abigail Bethany Harriet Imogen Maisie
Matilda Willow Ivy Elsie Esme Aria Millie Scarlett Harper Sophia Evelyn Rose Jasmine Caitlin
Leah Beth Kate Jane Mary Ann Dawn Wendy Lorraine Paula Diane Sandra Jean Joan Barbara Dorothy
Valerie Shirley Maureen Brenda Sheila Anne Elaine Heather Lynne Tina Andrea Ellie Molly Lola Thea
|
Gracie Layla Nancy Edith Mabel Beatrice Clara Iris Hazel Violet Ada Orla Niamh
Siobhan Aoife Ffion Cerys Bronwen Seren Carys Morag Kirstie Eilidh Shona Ailsa Rhiannon Tegan
Nia Mared Kerry Leanne Stacey Kayleigh Chantelle Jodie Danielle Toni Marie Bernadette Maxine
Yvonne Rita Gladys Doreen Vera Marjorie Audrey Phyllis Beryl Mavis Sylvia June Eileen Irene
Philippa Felicity Henrietta Rosalind Imelda Gwen Lowri Anwen Mairead Aisling Darcey Tallulah
Amelie Elodie Delilah Aurora Ottilie Wren Marnie Connie Nell Flora Lottie Peggy Hattie
""")
UK_M = ranked("""
David John Michael Paul Andrew Mark James Richard Robert Peter Stephen Christopher Daniel Matthew
Ian Gary Simon Anthony Steven Darren Lee Craig Neil Martin Thomas William Adam Luke Ryan Liam
Joshua Samuel Benjamin Alexander Oliver George Harry Jack Noah Charlie Jacob Oscar Leo Arthur
Freddie Alfie Archie Henry Theo Muhammad Edward Joseph Max Ethan Lucas Isaac Harrison Sebastian
Jake Callum Connor Kieran Jamie Scott Ross Gareth Rhys Dylan Owen Tom Nathan Jordan Aaron Ben
Dominic Graham Keith Kevin Alan Brian Colin Trevor Barry Nigel Malcolm Derek Roy Kenneth Philip
Jonathan Timothy Nicholas Carl Shaun Dean Wayne Jason Terry Dennis Raymond Geoffrey Roger Tony
Stuart Alistair Duncan Euan Fraser Iain Hamish Rory Finlay Lewis Elliot Toby Jude Reggie Albie
|
Teddy Ronnie Stanley Frankie Tommy Louie Rowan Hugo Ralph Rupert Giles Piers Jeremy Crispin
Barnaby Cormac Declan Padraig Eamonn Ciaran Seamus Dafydd Gethin Iwan Aled Rhodri Emrys Hywel
Gavin Ewan Angus Murdo Calum Lachlan Leighton Jermaine Tyrone Dwayne Kyle Reece
Brandon Jayden Kai Harvey Frederick Cyril Norman Clifford Leslie Reginald Herbert Percy Wilfred
Ernest Harold Bernard Desmond Clive Rodney Melvyn Lionel Cedric Rafferty Ezra Otis
Arlo Brody Ellis Kit Fletcher Caspar
""")
UK_S = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne
Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton
O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman
|
Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid
Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah
Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross
Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter
Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert
Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson
Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton
Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp
Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles
Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton
Baldwin Burrows Briggs Storey Lamb Fairclough Pugh Entwistle Ackroyd Pilkington Trelawney
Penhaligon Llewellyn Vaughan Pryce Prosser MacLeod MacKenzie Fraser Sinclair Drummond
Urquhart Farquharson Abernethy Cholmondeley Featherstonehaugh Oakes Thistlewood Bunting Sparrow
""")
UK_HYPHEN = (
    "Mary-Jane",
    "Anne-Marie",
    "Lily-Rose",
    "Ellie-Mae",
    "Sarah-Jane",
    "Jean-Paul",
    "Billy-Joe",
    "Tommy-Lee",
)

# The US: the Census 1990 lists, the first 400, 400 and 450 names with their per cents.
US_F = census("""
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
""")
US_M = census("""
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
Archie 0.033 Marco 0.033 Wm 0.033 Pete 0.032 Randolph 0.032 Garry 0.032 Geoffrey 0.032 Jonathon
0.032 Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032 Dominic 0.032 Robin 0.032 Loren 0.032
Delbert 0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031 Lucas 0.031 Benny 0.030 Noel 0.030
Spencer 0.030 Rodolfo 0.030 Myron 0.030 Edmund 0.030 Garrett 0.029 Salvatore 0.029 Cedric 0.029
Lowell 0.029 Gregg 0.029 Sherman 0.028 Wilson 0.028 Devin 0.028 Sylvester 0.028 Kim 0.028
Roosevelt 0.028 Israel 0.028 Jermaine 0.028
""")
US_S = census("""
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
""")
US_HYPHEN = ("Mary-Jo", "Billie-Jo", "Mary-Kate", "Jo-Ann", "Bobby-Ray", "Jean-Luc")

# Origins common in Sweden: the commonest given names and surnames of each, in the writer's own
# order of frequency, 1/rank. Surnames of Arabic, Somali, Eritrean and Afghan origin are often a
# father's or grandfather's given name, as they are carried in Sweden.
FINNISH = Origin(
    ranked(
        "Anneli Marja Tuula Leena Päivi Riitta Sirpa Pirjo Merja Johanna Helena Liisa | Eila Aino Hannele Kaarina Tiina Satu Minna Anu Sari Outi Raija Terttu Pirkko Aila Ritva Seija Kirsi Hilkka Aune Tarja Elina Sanna Aili"
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Pekka Jukka Markku Heikki Mika | Hannu Seppo Esa Ari Pertti Tapio Ilkka Veikko Raimo Kalevi Arto Jouni Pentti Tuomas Petri Janne Sami Eero Väinö Tero Lauri Reijo"
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen | Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Leinonen Räsänen Pelkonen Vääräniemi"
    ),
)
ARABIC = Origin(  # Iraqi and Syrian, Assyrian/Syriac names among them
    ranked(
        "Fatima Maryam Zainab Nour Sara Hiba Rana Amal Layla Huda Aya Rasha | Dina Lina Reem Samira Hanan Iman Zahra Ruqaya Ghada Shahad Yasmin Maha Nadia Sawsan Nisreen Raghad Salma Rawan Widad Bushra Mariam Nahrain Shamiram"
    ),
    ranked(
        "Mohammed Ahmed Ali Omar Hussein Hassan Mustafa Khaled Abdullah Youssef Karim Ibrahim | Mahmoud Haider Ammar Amir Samir Tariq Bashar Rami Firas Wissam Jamal Nabil Fadi Anas Bilal Majid Saad Zaid Hamza Abbas Salah Raed Basil Ayman Ninos Aram Sargon Gabriel"
    ),
    ranked(
        "Hassan Ali Mohammed Ahmed Hussein Abdullah Ibrahim Khalil Saleh Mahmoud al-Obaidi Haddad | Al-Saadi Khoury Al-Rubaie Najjar al-Khafaji Aziz Al-Tamimi Jabbar Kadhim Al-Jubouri Abbas Mansour al-Dulaimi Yousef Saeed Al-Shammari Hamdan Nasser Al-Zubaidi Darwish Shaheen Qasim Ismail Othman Gabriel Yacoub Shamoun Issa Aho Chamoun Hanna Barsom Ishak Yalda Toma Al_Hashimi Abu_Zaid"
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Sahra Ayaan Asha Hawa Halima Khadra Ifrah Nasra Sagal | Hibo Deeqa Ubah Idil Maryan Sucaad Hamdi Zamzam Hinda Ladan Najma Farhiyo Shukri Muna Nimco"
    ),
    ranked(
        "Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Abdirahman Hussein Ismail Abdikarim | Mahad Liban Abdiaziz Farah Guled Mukhtar Said Bashir Abdiqani Khalid Hamza Osman Nuur Abdiwali Sharmarke"
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Omar Hussein Farah Warsame Jama Osman Yusuf | Ismail Abdullahi Aden Mohamud Nur Hersi Dirie Egal Abdille Guled Samatar Duale Elmi Gedi Hirsi Barre Awale"
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Narges Leila Shirin Parisa Nasrin Roya Azadeh Mahnaz | Ladan Sepideh Negin Mina Nazanin Soraya Golnaz Shabnam Farnaz Mahsa Parvaneh Elham Simin Forough Tara Yasaman Niloufar"
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Dariush Kourosh | Babak Farhad Arash Omid Kaveh Payam Navid Siamak Shahram Bijan Parviz Ramin Hooman Pouya Arman Kian Sina"
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Hashemi Jafari Rahimi Ghorbani Sadeghi Mousavi | Abbasi Heidari Kazemi Najafi Farahani Tehrani Shirazi Esfahani Tabrizi Azizi Rostami Bagheri Safavi Nazari Amini Akbari Ebrahimi Sharifi Soltani Zand Sohrabi Pahlavan"
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berfin Zilan Hevi Nazdar Shilan Jiyan Roza Delal Viyan Ronahi Dilan | Bahar Avin Nishtiman Kajal Sozdar Gulistan Zerya Helin Evin Newroz Lana Bêrîvan"
    ),
    ranked(
        "Rebin Hawre Azad Dler Karwan Shvan Rekan Alan Ari Baran Kawa Shiwan | Zana Serdar Hozan Rizgar Dilshad Aram Botan Soran Goran Sherwan Bakhtiyar Hemin Sirwan Rawand Kardo"
    ),
    ranked(
        "Ahmad Mahmoud Rashid Aziz Karim Hama Mustafa Abdulla Qadir Othman Salih Kurdi | Amedi Zebari Hawrami Baban Jaf Rahman Hussein Ali Faraj Mohammed Sindi Duski Barzinji Xoshnaw"
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Zehra Hanife Merve | Büşra Esra Özlem Yasemin Derya Gülsüm Hülya Sevgi Dilek Ebru Nur Aylin Defne Ecrin Selin Gülay"
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer | Ramazan Halil Süleyman Abdullah Mahmut Emre Burak Kemal Serkan Cem Volkan Tolga Barış Erkan Onur Kaan Deniz Can"
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan | Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Bozkurt Uçar"
    ),
)
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked(
        "Amra Jasmina Emina Aida Selma Amela Lejla Azra Marija Jelena Ivana Milica | Mirsada Sanela Ana Dragana Snežana Vesna Mirjana Gordana Maja Sanja Tanja Nataša Zorica Biljana Dijana Edina Elma Nermina Mersiha"
    ),
    ranked(
        "Amir Edin Adnan Emir Haris Nedim Samir Mirza Nikola Marko Milan Dragan | Kenan Dženan Senad Almir Elvis Jasmin Stefan Nenad Zoran Goran Dejan Ivan Josip Ante Tomislav Darko Damir Zlatan Mladen Bojan"
    ),
    ranked(
        "Hodžić Hadžić Begić Delić Kovačević Babić Mehmedović Hasanović Jovanović Petrović Nikolić Marković | Ahmetović Omerović Đorđević Stojanović Ilić Horvat Kovačić Marić Jurić Novak Knežević Vuković Perić Pavlović Šehić Mujić Husić Alić Osmanović Halilović Salihović Karić"
    ),
)
POLISH = Origin(
    ranked(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra | Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Agata Halina Jadwiga Iwona Renata Grażyna Wiktoria"
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek | Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Kacper Szymon Artur Sławomir Przemysław Bartosz"
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski | Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Nowicki Sikora Zawadzki Walczak Baran Rutkowski"
    ),
)
ERITREAN = Origin(  # Tigrinya names, many from Eritrea and Ethiopia
    ranked(
        "Helen Senait Semhar Selam Yohana Luwam Rahel Saba Mebrat Tsega Hiwet Freweyni | Winta Lidia Eden Ruta Merhawit Almaz Azeb Tsehay Segen Feven Delina Bisrat"
    ),
    ranked(
        "Yonas Daniel Dawit Samuel Yohannes Tesfay Mehari Tekle Berhane Michael Kidane Filmon | Aron Habtom Robel Biniam Mulugeta Amanuel Ghebremedhin Yosief Simon Tewolde Hagos Natnael Efrem Mussie"
    ),
    ranked(
        "Tesfay Tekle Ghebreyesus Berhane Haile Kidane Mehari Gebremariam Tesfamariam Woldemariam Habte Yohannes | Ghebremichael Andemariam Asmerom Kahsay Negash Weldu Abraha Gebru Tsegay Hagos Teklehaimanot Ogbamichael Zerai Mebrahtu"
    ),
)
AFGHAN = Origin(  # Dari and Pashto names
    ranked(
        "Fatima Maryam Zahra Masooma Sakina Nargis Laila Farzana Mursal Marwa Shabana Parwana | Hamida Fariba Freshta Nazira Malalai Zarghona Habiba Gulalai Roya Mahbooba Zainab Shakila Sediqa"
    ),
    ranked(
        "Mohammad Ahmad Ali Mustafa Hamid Abdul Jawad Sayed Mahdi Murtaza Hussain Rahmatullah | Naqibullah Ghulam Hamidullah Khalid Najib Farid Zabihullah Nasir Wahid Shafiq Rashid Hekmat Bashir Javid Ramin Sohail Mujtaba"
    ),
    ranked(
        "Ahmadi Mohammadi Hussaini Rahimi Karimi Hashimi Noori Sultani Jafari Rezaie Azizi Haidari | Amiri Sadat Popal Durrani Stanikzai Barakzai Popalzai Yousufzai Safi Wardak Kakar Hotak Nazari Rasuli Qaderi Naseri Akbari Habibi Sharifi"
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Malee Somying Pornthip Wanida Nongluck Sunisa Kanya Rattana Supaporn Jintana Nittaya | Pimchanok Ratchanee Duangjai Kannika Suda Apinya Orathai Sasithorn Nuchjaree Pranee Saowanee Lamai Bussaba Aree Kanokwan"
    ),
    ranked(
        "Somchai Somsak Prasert Sompong Anan Chaiwat Kittisak Surachai Wichai Thanakorn Nattapong Sakda | Boonmee Suriya Thawatchai Pichit Weerasak Narong Chatchai Apichart Kriangkrai"
    ),
    ranked(
        "Saetang Srisuk Wongsawat Suwannarat Sukprasert Boonyarat Rattanakorn Jaidee Thongchai Kaewkla Phromma Sangthong | Charoensuk Somboon Pongsri Srisawat Kongsuk Inthong Thongdee Siriwat Buasri Chaiyaphum Nakprasit"
    ),
)
CHINESE = Origin(  # written given name then surname, or the surname first as at home
    ranked(
        "Jing Li Ying Hui Min Yan Xiu Hong Mei Xiaoyan Fang Yun | Ling Juan Xin Na Jie Qing Yuting Xiaomei Yue Ting Lan Xiaoli Shuang Ruolan"
    ),
    ranked(
        "Wei Jun Lei Yong Tao Ming Qiang Hao Jian Bo Peng Chao | Gang Hua Bin Long Feng Zhiwei Xiaoming Jianguo Haoran Yu Zihao Kai Zhen"
    ),
    ranked(
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun | Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Chan Wong Leung Cheung"
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Divya Kavita Sunita Anita Deepa Lakshmi Meera Shreya | Aishwarya Sneha Swati Ritu Nisha Rekha Asha Geeta Aarti Ananya Kavya Isha Shruti Preeti Sanjana Radhika Harpreet Simran Gurpreet"
    ),
    ranked(
        "Rahul Amit Rajesh Sanjay Vijay Arjun Suresh Ravi Anil Sunil Rohit Vikram | Aditya Karan Manoj Deepak Ashok Nikhil Pradeep Sandeep Ankit Gaurav Harish Krishna Ramesh Arun Venkat Harjit Gurdeep Aarav Vivek"
    ),
    ranked(
        "Sharma Singh Kumar Patel Gupta Reddy Shah Iyer Nair Rao Joshi Mehta | Desai Verma Agarwal Chopra Malhotra Kapoor Banerjee Chatterjee Mukherjee Das Pillai Menon Krishnan Bhat Kulkarni Pandey Mishra Jain Kaur Sinha Bose Ghosh Naidu Chauhan"
    ),
)
LATIN = Origin(  # Chilean and Spanish: a father's and a mother's surname
    ranked(
        "María Ana Carolina Francisca Camila Javiera Valentina Daniela Catalina Constanza Fernanda Paula | Claudia Patricia Marcela Andrea Verónica Alejandra Lorena Gabriela Isidora Sofía Antonella Carmen Rosa Soledad Pilar Lucía Ximena María_José"
    ),
    ranked(
        "José Juan Luis Carlos Jorge Francisco Manuel Pedro Cristián Sebastián Matías Diego | Felipe Nicolás Rodrigo Andrés Pablo Gonzalo Alejandro Javier Miguel Ricardo Héctor Sergio Mauricio Patricio Víctor Tomás Benjamín Joaquín Juan_Pablo"
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez | López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Figueroa Riquelme de_la_Fuente de_la_Cruz del_Río"
    ),
)
ROMANIAN = Origin(
    ranked(
        "Maria Elena Ioana Andreea Alexandra Mihaela Ana Cristina Gabriela Daniela Georgiana Adriana | Florentina Simona Ramona Alina Roxana Larisa Diana Oana Irina Luminița Corina Raluca"
    ),
    ranked(
        "Ion Andrei Alexandru Gheorghe Mihai Constantin Ionuț Florin Marian Vasile Nicolae Adrian | Cristian Daniel Ștefan Dumitru Gabriel Marius Bogdan Cătălin Sorin Ciprian Răzvan Radu Vlad Lucian"
    ),
    ranked(
        "Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu | Munteanu Constantin Mihai Florea Marin Tudor Moldovan Lungu Dobre Barbu Nistor Vasile Anghel Cristea Enache Toma Diaconu Dinu Sandu Preda"
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Oksana Natalia Iryna Tetiana Yulia Olha Svitlana Kateryna Anastasiia Viktoriia Mariia | Liudmyla Halyna Nadiia Daryna Sofiia Alina Valentyna Larysa Khrystyna"
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleh Mykola Yurii Ivan Vasyl Viktor Maksym | Bohdan Taras Artem Vitalii Ihor Roman Denys Yaroslav Petro"
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk | Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko"
    ),
)
DUTCH_GERMAN = Origin(  # the particles van, van der, de, von
    ranked(
        "Sabine Petra Anna Emma Sanne Claudia Andrea Julia Katharina Lotte Anja Susanne | Femke Anouk Marieke Nicole Heike Birgit Lena Hannah Annemieke Ute Ilse Greetje"
    ),
    ranked(
        "Thomas Michael Jan Pieter Andreas Stefan Daan Markus Christian Jeroen Frank Jürgen | Bram Thijs Maarten Koen Sander Wouter Uwe Wolfgang Klaus Matthias Florian Lukas Henk Kees Ruud"
    ),
    ranked(
        "Müller de_Jong Schmidt Jansen Schneider de_Vries Fischer van_den_Berg Weber van_Dijk Meyer Bakker | Wagner Visser Becker Smit Schulz de_Boer Hoffmann Mulder Schäfer de_Groot Koch Bos Bauer van_Leeuwen Richter Dekker Klein van_der_Meer Wolf van_der_Linden Schröder de_Haan Neumann van_den_Heuvel Zimmermann van_der_Veen von_Arnim van_Beek"
    ),
)
FRENCH = Origin(
    ranked(
        "Marie Nathalie Isabelle Sophie Céline Camille Anne-Sophie Marie-Claire Sandrine Julie Aurélie Claire | Émilie Chloé Léa Manon Élodie Mathilde Anne-Laure Marie-Hélène Véronique Brigitte"
    ),
    ranked(
        "Jean-Pierre Nicolas Pierre Julien Philippe Jean-Luc Thomas Laurent Olivier François Jean-Marc Christophe | Sébastien Antoine Mathieu Guillaume Jean-Michel Stéphane Benoît Thierry Hugo Louis Jean-Baptiste"
    ),
    ranked(
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent | Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard Mercier Dupont Lambert Bonnet François Le_Goff Le_Roux de_Villiers Lefèvre"
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "somali": SOMALI,
    "persian": PERSIAN,
    "kurdish": KURDISH,
    "turkish": TURKISH,
    "bcs": BCS,
    "polish": POLISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "chinese": CHINESE,
    "indian": INDIAN,
    "latin": LATIN,
    "romanian": ROMANIAN,
    "ukrainian": UKRAINIAN,
    "dutch_german": DUTCH_GERMAN,
    "french": FRENCH,
}
HYPHENATED = {
    "swedish": (SV_HYPHEN_F, SV_HYPHEN_M),
    "uk": (UK_HYPHEN[:5], UK_HYPHEN[5:]),
    "us": (US_HYPHEN[:4], US_HYPHEN[4:]),
}

# Who is named, by the language of the row: roughly Sweden's population by origin for Swedish text,
# the US and the UK for English text (with the Swedes and others who write in English), between the
# two for mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 5, "finnish": 3.5, "polish": 2.5, "bcs": 2.2, "persian": 2,
        "somali": 1.5, "kurdish": 1.5, "turkish": 1.2, "afghan": 1.2, "eritrean": 1, "indian": 1,
        "latin": 1, "ukrainian": 1, "dutch_german": 1, "thai": 0.8, "chinese": 0.8, "romanian": 0.8,
        "uk": 0.5, "us": 0.5, "french": 0.3,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 8, "indian": 5, "arabic": 1.5, "polish": 1.5, "latin": 1.5,
        "chinese": 1.5, "french": 1, "dutch_german": 1, "finnish": 0.5, "persian": 0.5, "somali": 0.5,
        "turkish": 0.5, "romanian": 0.5, "ukrainian": 0.5, "thai": 0.3, "bcs": 0.3,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 4, "finnish": 2.5, "polish": 2.5, "bcs": 2,
        "persian": 2, "indian": 2, "kurdish": 1.2, "somali": 1.2, "turkish": 1.2, "afghan": 1,
        "eritrean": 1, "latin": 1, "ukrainian": 1, "dutch_german": 1, "thai": 0.8, "chinese": 0.8,
        "romanian": 0.8, "french": 0.5,
    },
}  # fmt: skip

# Short forms people are called by, for the given names that have them.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Karl": ("Kalle",), "Lars": ("Lasse",), "Mikael": ("Micke",), "Per": ("Pelle", "Putte"),
        "Jan": ("Janne",), "Joakim": ("Jocke",), "Nils": ("Nisse",), "Olof": ("Olle",),
        "Bo": ("Bosse",), "Marcus": ("Mackan",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
        "Christoffer": ("Stoffe",), "Kristoffer": ("Stoffe",), "Fredrik": ("Fredde",),
        "Ludvig": ("Ludde",), "Gustav": ("Gurra", "Gustaf"), "Andreas": ("Ankan",),
        "Hans": ("Hasse",), "Göran": ("Gögge",), "Sebastian": ("Sebbe",), "Alexander": ("Alex",),
        "Susanne": ("Sussie",), "Charlotte": ("Lotta",), "Kristina": ("Kicki", "Stina"),
        "Maria": ("Mia", "Majsan"), "Cecilia": ("Cissi",), "Ulrika": ("Ullis",),
        "Mikaela": ("Mickan",), "Elisabeth": ("Bettan", "Lisa"), "Katarina": ("Kattis",),
        "Louise": ("Lollo",), "Margareta": ("Maggan",), "Birgitta": ("Bibbi", "Gittan"),
        "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Therese": ("Tessan",),
        "Christer": ("Kicken",), "Emelie": ("Emmi",), "Gunilla": ("Gunsan",),
    },
    "uk": {
        "Michael": ("Mike", "Mick"), "David": ("Dave",), "Robert": ("Rob", "Bob"),
        "Christopher": ("Chris",), "Stephen": ("Steve",), "Steven": ("Steve",),
        "Thomas": ("Tom", "Tommy"), "William": ("Will", "Bill"), "James": ("Jim", "Jamie"),
        "Jennifer": ("Jen",), "Elizabeth": ("Liz", "Beth", "Lizzie"), "Catherine": ("Kate", "Cathy"),
        "Samantha": ("Sam",), "Samuel": ("Sam",), "Rebecca": ("Becky", "Becca"),
        "Nicholas": ("Nick",), "Susan": ("Sue",), "Joanne": ("Jo",), "Andrew": ("Andy",),
        "Anthony": ("Tony",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Benjamin": ("Ben",), "Alexander": ("Alex",), "Charlotte": ("Charlie", "Lottie"),
        "Victoria": ("Vicky", "Tori"), "Deborah": ("Debbie", "Deb"), "Edward": ("Ed", "Ted"),
        "Joseph": ("Joe",), "Richard": ("Rich", "Dick"), "Peter": ("Pete",),
        "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"), "Jacqueline": ("Jackie",),
        "Christine": ("Chris",), "Philip": ("Phil",), "Timothy": ("Tim",), "Kenneth": ("Ken",),
        "Gillian": ("Gill",), "Alison": ("Ali",), "Harriet": ("Hattie",), "Frederick": ("Fred",),
    },
    "us": {
        "Michael": ("Mike",), "David": ("Dave",), "Robert": ("Bob", "Rob", "Bobby"),
        "Christopher": ("Chris",), "Steven": ("Steve",), "Thomas": ("Tom",), "William": ("Bill", "Will"),
        "James": ("Jim", "Jimmy"), "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"),
        "Katherine": ("Kate", "Katie"), "Kathleen": ("Kathy",), "Richard": ("Rick", "Rich"),
        "Joseph": ("Joe",), "Patricia": ("Pat", "Patty"), "Margaret": ("Peggy", "Maggie"),
        "Charles": ("Chuck", "Charlie"), "Daniel": ("Dan",), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Kimberly": ("Kim",), "Deborah": ("Debbie",), "Susan": ("Sue",), "Edward": ("Ed", "Eddie"),
        "Rebecca": ("Becky",), "Nicholas": ("Nick",), "Timothy": ("Tim",), "Gregory": ("Greg",),
    },
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Mustafa": ("Musse",), "Abdullah": ("Abdi",)},
    "somali": {"Mohamed": ("Maxamed",), "Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",), "Antti": ("Antsa",)},
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",)},
    "bcs": {"Jasmina": ("Mina",), "Aleksandar": ("Aco",)},
}  # fmt: skip

# Animals' names (never personal data): the commonest names of Swedish and British dogs, cats and
# horses, many of them names people carry too.
PETS_SV = (
    "Molly", "Bella", "Ludde", "Charlie", "Sixten", "Tyra", "Ronja", "Sigge", "Leo", "Lola",
    "Nala", "Selma", "Elsa", "Milo", "Ozzy", "Loke", "Otto", "Alfons", "Saga", "Doris", "Frasse",
    "Sture", "Svea", "Tindra", "Kajsa", "Stella", "Zelda", "Nova", "Luna", "Simba", "Smilla",
    "Maja", "Findus", "Morris", "Misse", "Sotis", "Pelle", "Gösta", "Ebbe", "Texas", "Rocky",
    "Buster", "Teddy", "Bamse", "Ester", "Majken", "Hugo", "Harry", "Max", "Oliver", "Kalle",
    "Agda", "Berit", "Kerstin", "Gunnar", "Bosse", "Nisse", "Stina", "Vilma", "Tage", "Egon",
    "Rut", "Greta", "Siri", "Alva", "Tessan", "Lady", "Prins", "Zorro", "Tusse", "Mysan",
)  # fmt: skip
PETS_EN = (
    "Bella", "Max", "Poppy", "Alfie", "Daisy", "Charlie", "Teddy", "Luna", "Milo", "Rosie",
    "Molly", "Ruby", "Buddy", "Bailey", "Lola", "Archie", "Coco", "Oscar", "Tilly", "Millie",
    "Bonnie", "Winston", "Murphy", "Reggie", "Barney", "Dexter", "Ted", "Maisie", "Hugo", "Nala",
    "Willow", "Pippin", "Biscuit", "Pepper", "Marley", "Bruno", "Monty", "Frank", "Nigel", "Dave",
    "Gary", "Kevin", "Susan", "Brenda", "Derek", "Rolo", "Smudge", "Tigger", "Misty", "Jasper",
    "Sooty", "Ziggy", "Harvey", "Lily", "Holly", "Rusty", "Ginger", "Bramble", "Duke", "Sasha",
)  # fmt: skip
HORSES = (
    "Stella", "Caesar", "Prins", "Blixten", "Pärlan", "Svarten", "Freja", "Douglas", "Chico",
    "Bamse", "Tösen", "Dolly", "Flicka", "Amigo", "Diesel", "Cornelia", "Bosse", "Lady", "Gizmo",
    "Molly", "Sigge", "Ronja", "Doris", "Lisa", "Kalle", "Albert", "Henry", "Dixie", "Bonnie",
    "Jolly Jumper", "Cassius", "Ebony", "Storm", "Lord Nelson", "Walter", "Kent", "Minna",
)  # fmt: skip
