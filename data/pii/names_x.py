# ruff: noqa: E501
"""Held-out X's name pools (issue 15): names as the population has them, a third writer.

Every PERSON value of X is drawn from these pools, by how often people carry the names:

- Swedish-born (`SV_*`): given names and surnames in the order of SCB's published name statistics
  (Statistiska centralbyrån, "Namn i Sverige": the commonest given names of women and men, and
  surnames, of the whole registered population), written from the writer's general knowledge of
  those lists (not copied from a file); ranks 1-150 are the head, the rest (still real Swedish
  names, ranked roughly as SCB lists them) the tail. Weight: Zipf, 1 / rank. Names of other
  origins that rank high in SCB's surname list (`Ali`, `Mohammed`, `Ahmed`, `Hassan`) are in
  their origin's pools instead.
- Origins common in Sweden (`ORIGINS`): Finnish, Arabic (Syrian, Iraqi, Lebanese, Palestinian),
  Persian, Kurdish, Somali, Eritrean (Tigrinya), Polish, Bosnian/Serbian/Croatian, Turkish,
  Chilean/Spanish, Thai and Indian: each with its commonest given names and surnames from
  general knowledge (national name rankings where the writer knows them, e.g. Finland's DVV
  lists, Poland's PESEL lists), ranked, Zipf-weighted; the top 60% of each list is its head.
  Their weights (`MIXES`) are their rough shares of Sweden's population (born abroad or with
  both parents born there; SCB's tables by country of birth, rounded).
- English-speaking: the US Census 1990 frequency lists (public domain; `dist.female.first`,
  `dist.male.first`, `dist.all.last` from the `names==0.3.0` package, the first 300 of each with
  their frequencies in per cent as the weights, ranks 1-150 the head), and UK-common names (ONS
  baby-name rankings across the decades people now alive were born in, and the commonest
  surnames of England and Wales), Zipf-weighted, ranks 1-150 the head.

`HEAD_SHARE` of the name words is drawn from a list's head, the rest from its tail.
Stdlib only: the pools are Python data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    """A ranked list of names, their weights, and where its head ends (`names[:head]`)."""

    source: str
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def ranked(source: str, text: str, head: int = 150) -> Pool:
    """A list in rank order, weighted 1 / rank (Zipf); its first `head` ranks are its head (a
    list shorter than `head` + 40: its top 60%)."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), source
    cut = head if len(names) >= head + 40 else round(len(names) * 0.6)
    return Pool(source, names, tuple(1 / (i + 1) for i in range(len(names))), cut)


def census(source: str, text: str, head: int = 150) -> Pool:
    """`Name:percent` pairs in rank order: the census frequency is the weight."""
    pairs = [item.split(":") for item in text.split()]
    names = tuple(n for n, _ in pairs)
    assert len(set(names)) == len(names), source
    return Pool(source, names, tuple(float(f) for _, f in pairs), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def plain(name: str) -> str:
    """A name without diacritics, as it is often typed (`Dragić` -> `Dragic`)."""
    out = unicodedata.normalize("NFKD", name)
    return (
        "".join(c for c in out if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")
    )


US_GIVEN_F_TEXT = """
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
Elaine:0.173 Marjorie:0.173 Carrie:0.171 Charlotte:0.169 Monica:0.166 Esther:0.166
Pauline:0.165 Emma:0.165 Juanita:0.164 Anita:0.162 Rhonda:0.162 Hazel:0.161 Amber:0.160
Eva:0.159 Debbie:0.157 April:0.154 Leslie:0.154 Clara:0.153 Lucille:0.153 Jamie:0.153
Joanne:0.150 Eleanor:0.150 Valerie:0.149 Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145
Michele:0.145 Gail:0.145 Bertha:0.143 Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141
Geraldine:0.141 Lauren:0.137 Cathy:0.137 Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135
Regina:0.133 Erica:0.130 Beatrice:0.130 Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126
Annette:0.125 June:0.125 Samantha:0.124 Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120
Renee:0.120 Ida:0.118 Vivian:0.118 Roberta:0.117 Holly:0.117 Brittany:0.117 Melanie:0.116
Loretta:0.115 Yolanda:0.115 Jeanette:0.115 Laurie:0.114 Katie:0.113 Kristen:0.111 Vanessa:0.111
Alma:0.111 Sue:0.111 Elsie:0.110 Beth:0.110 Jeanne:0.109 Vicki:0.109 Carla:0.107 Tara:0.107
Rosemary:0.107 Eileen:0.105 Terri:0.105 Gertrude:0.103 Lucy:0.103 Tonya:0.102 Ella:0.101
Stacey:0.101 Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098 Natalie:0.098 Agnes:0.098
Vera:0.098 Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095 Melinda:0.094 Pearl:0.094
Arlene:0.094 Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092 Joy:0.091 Georgia:0.091
Constance:0.091 Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090 Tanya:0.089 Nellie:0.089
Minnie:0.089 Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086 Viola:0.086 Courtney:0.086
Marian:0.086 Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083 Vickie:0.082 Mattie:0.081
Terry:0.080 Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078 Myrtle:0.078 Lena:0.077
Christy:0.077 Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074 Jennie:0.073 Nora:0.073
Margie:0.072 Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071 Priscilla:0.071
Naomi:0.071 Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069 Tracey:0.069
Leona:0.069 Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066 Becky:0.066
Bobbie:0.065 Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063 Shelly:0.062
Daisy:0.062 Ramona:0.062 Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061
"""
US_GIVEN_M_TEXT = """
James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703
Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938
Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725
Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613
Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537
Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389
Peter:0.381 Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328
Roger:0.322 Joe:0.321 Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311
Terry:0.311 Gerald:0.309 Keith:0.308 Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282
Nicholas:0.275 Roy:0.273 Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251
Fred:0.251 Wayne:0.249 Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240 Randy:0.232
Howard:0.230 Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222 Martin:0.216
Ernest:0.215 Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204 Shawn:0.200
Clarence:0.197 Sean:0.197 Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193 Jimmy:0.191
Antonio:0.190 Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189 Stanley:0.186
Leonard:0.186 Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180 Curtis:0.180 Norman:0.177
Allen:0.174 Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166 Travis:0.166 Jeff:0.166
Chad:0.165 Jacob:0.165 Lee:0.162 Melvin:0.162 Alfred:0.162 Kyle:0.160 Francis:0.160
Bradley:0.159 Jesus:0.155 Herbert:0.155 Frederick:0.154 Ray:0.153 Joel:0.152 Edwin:0.148
Don:0.145 Eddie:0.144 Ricky:0.141 Troy:0.138 Randall:0.138 Barry:0.134 Alexander:0.132
Bernard:0.127 Mario:0.125 Leroy:0.125 Francisco:0.124 Marcus:0.124 Micheal:0.123 Theodore:0.123
Clifford:0.123 Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118 Tom:0.117 Calvin:0.115 Alex:0.115
Jon:0.115 Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112 Leon:0.112 Derek:0.112 Warren:0.110
Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 Alvin:0.105 Tim:0.104 Wesley:0.104
Gordon:0.104 Dean:0.104 Greg:0.104 Jorge:0.104 Dustin:0.103 Pedro:0.103 Derrick:0.103 Dan:0.101
Lewis:0.099 Zachary:0.099 Corey:0.098 Herman:0.097 Maurice:0.097 Vernon:0.097 Roberto:0.097
Clyde:0.095 Glen:0.094 Hector:0.094 Shane:0.093 Ricardo:0.093 Sam:0.092 Rick:0.091 Lester:0.091
Brent:0.090 Ramon:0.090 Charlie:0.090 Tyler:0.089 Gilbert:0.089 Gene:0.087 Marc:0.087
Reginald:0.084 Ruben:0.082 Brett:0.082 Angel:0.082 Nathaniel:0.081 Rafael:0.081 Leslie:0.081
Edgar:0.080 Milton:0.080 Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078 Duane:0.077
Franklin:0.077 Andre:0.076 Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072 Mitchell:0.072
Roland:0.072 Arnold:0.072 Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069 Cory:0.068
Claude:0.068 Erik:0.068 Darryl:0.067 Jamie:0.066 Neil:0.066 Jessie:0.065 Christian:0.065
Javier:0.065 Fernando:0.065 Clinton:0.065 Ted:0.064 Mathew:0.064 Tyrone:0.064 Darren:0.064
Lonnie:0.064 Lance:0.063 Cody:0.063 Julio:0.063 Kelly:0.063 Kurt:0.062 Allan:0.061 Nelson:0.061
Guy:0.060 Clayton:0.060 Hugh:0.060 Max:0.059 Dwayne:0.059 Dwight:0.058 Armando:0.058
Felix:0.058 Jimmie:0.058 Everett:0.057 Jordan:0.056 Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055
Jaime:0.055 Casey:0.054 Alfredo:0.054 Alberto:0.053 Dave:0.053 Ivan:0.053 Johnnie:0.052
Sidney:0.052 Byron:0.052 Julian:0.052 Isaac:0.051 Morris:0.051 Clifton:0.050 Willard:0.050
Daryl:0.050 Ross:0.050 Virgil:0.049 Andy:0.049 Marshall:0.049 Salvador:0.049 Perry:0.049
Kirk:0.049 Sergio:0.049 Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048 Terrance:0.048
Rene:0.048 Eduardo:0.047 Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045
"""
US_SURNAMES_TEXT = """
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
George:0.046 Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045 Dean:0.045
Gilbert:0.045 Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044 Burke:0.044
Hanson:0.043 Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042 Fowler:0.042
Brewer:0.042 Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042 Douglas:0.041
Fleming:0.041 Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041 May:0.040
Terry:0.040 Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039
Caldwell:0.039 Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039 Horton:0.039
Shelton:0.039 Barrett:0.039 Obrien:0.039 Castro:0.039 Sutton:0.038 Gregory:0.038 McKinney:0.038
Lucas:0.038 Miles:0.038 Craig:0.038 Rodriquez:0.037 Chambers:0.037 Holt:0.037 Lambert:0.037
Fletcher:0.037 Watts:0.037 Bates:0.037 Hale:0.037 Rhodes:0.037 Pena:0.037 Beck:0.037
Newman:0.036
"""

# SCB, women's given names, whole population (rank order as the writer knows SCB's list).
SV_GIVEN_F = ranked(
    "SCB: women's given names",
    """
Anna Eva Maria Karin Sara Christina Lena Emma Kerstin Marie Malin Ingrid Hanna Linnéa Jenny
Sofia Elin Annika Inger Birgitta Susanne Ida Johanna Ulla Margareta Julia Elisabeth Monica
Camilla Carina Linda Anneli Ebba Åsa Helena Therese Ulrika Gunilla Elsa Sofie Alice Maja
Matilda Agneta Katarina Cecilia Caroline Louise Ingela Anette Amanda Anita Lisa Moa Barbro
Emelie Britt Lina Frida Josefin Yvonne Jessica Astrid Wilma Ella Klara Felicia Elisabet Mona
Siv Karolina Madeleine Viktoria Gun Helen Erika Charlotte Agnes Alva Stina Irene Ellen Jennie
Marianne Sandra Emilia Pia Elvira Nathalie Lovisa Isabelle Sonja Gunnel Mia Märta Lisbeth
Rebecka Vera Tove Selma Saga Linn Ylva Marita Signe Kristina Annelie Nellie Mikaela Jonna
Birgit Gerd Tina Tuva Hilda Nora Olivia Ellinor Evelina Lotta Margit Ann Kristin Majken
Anna-Karin Ann-Christin Britt-Marie Eva-Lena Ann-Marie Ann-Sofie Marie-Louise Elsie Ingegerd
Gunvor Solveig Jeanette Inga Greta Alma Ester Ines Leah Freja Stella Edith
Sigrid Tyra Hedda Meja Molly Minna Tilde Svea Idun Cornelia Filippa Vendela Lova Juni Liv
Ronja Amelia Ingeborg Hjördis Dagmar Elvy Ruth Sylvia Gudrun Ingalill Lilian Berit Margot
Rut Gullan Laila Eleonor Hedvig Estelle Tindra Thea Elise Emmy Isabella Nova Livia
Viveka Rakel Ragnhild Maud Ingbritt Kajsa Malva Jill Pernilla Sanna Paulina Mimmi
""",
)

# SCB, men's given names, whole population.
SV_GIVEN_M = ranked(
    "SCB: men's given names",
    """
Lars Mikael Anders Johan Erik Per Peter Karl Thomas Jan Daniel Fredrik Hans Andreas Stefan
Mats Marcus Magnus Jonas Bengt Oskar Alexander Niklas Sven Bo Nils Leif Björn Martin Ulf Patrik
Henrik Kjell Christer Joakim Filip Emil Göran David Simon Gustav Anton Robert Viktor Tommy
Rolf Carl Christian Håkan Jonathan Lennart Roger Sebastian Kent Olof William Jakob Rickard
Lucas Elias Oscar Hugo Gunnar Adam Axel Robin Tobias Isak Ludvig Kenneth Johnny Jörgen Claes
Ola Åke Ove Arne Sten Kurt Mattias Rasmus Viggo Liam Noah Oliver Theo Leo Albin Melvin
Vincent Linus Max Kevin Jimmy Dennis Tomas Jesper Pontus Torbjörn Stig Roland Bertil Ingemar
Gösta Sune Conny Morgan Dan Tony Pär Urban Klas Josef Samuel Hampus Edvin Alfred Elliot
Harry Love Sixten Melker Vidar Elis Loke Folke Alvar Arvid Jan-Erik Lars-Erik Per-Olof
Karl-Johan Jan-Olof Per-Anders Lars-Göran Bror Evert Ivar Valter Egon Holger Ragnar Tage
Yngve Allan Rune Gert Krister Staffan Mauritz Jens Mathias Petter Christoffer Wilhelm
Ture Harald Einar Sigvard Birger Sture Helge Knut Lage Agne Tor Torsten Börje Arvo
Olle Tore Benny Glenn Lasse Frank Stellan Ebbe Jacob Gabriel Benjamin Casper Charlie Alve
Otto Sam Nelson Milo Colin Hjalmar Ville Algot Joel August Vilgot Mio Frans Enzo Henning
""",
)

# SCB, surnames, whole population (names of other origins left to their own pools).
SV_SURNAMES = ranked(
    "SCB: surnames",
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg
Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg
Andreasson Blom Ek Månsson Strand Martinsson Åkesson Jonasson Norberg Sundström Hansen
Lindholm Dahl Åström Hedberg Söderström Lindblom Ekman Nordqvist Sandell Jacobsson Sjöström
Göransson Johnsson Adolfsson Lindahl Nordlund Mohlin Karlberg Ottosson Borg Lindell Ahlberg
Hägg Engberg Forslund Boström Malmberg Sundqvist Wiklund Ekberg Lindkvist
Stenberg Björkman Öhman Kristiansson Stålberg Åkerman Lundh Rosén Strömberg
Hedström Nyman Lindén Söderlund Holmström Karlström Backman Sjödin Dahlgren Åkerlund Edlund
Carlsson Kjellberg Hallberg Thorén Bäckström Roos Granberg Lilja Moberg Vesterberg
Nordberg Fält Englund Holmqvist Hjalmarsson Lindh Rydberg Strömqvist Ljungberg Ljungqvist
Hedman Brandt Frisk Sundin Grahn Wahlström Lundell Forsman Lindmark Sjölund Sundelin
Kvist Östlund Lundmark Edström Nordgren Wennberg Hellberg Ahlström Bäck
Dahlström Ericsson Hammar Melin Åkerblom Lundkvist Lönn Sandin Westerberg Stark Nord
Wallgren Bergkvist Jernberg Törnqvist Ågren Segerström Fagerström Tell Norén Rask
""",
)


# UK: ONS baby-name rankings over the decades of people now alive (rank order, writer's
# knowledge), and the commonest surnames of England and Wales.
UK_GIVEN_F = ranked(
    "UK: ONS given names, women",
    """
Sarah Emma Claire Laura Rebecca Gemma Emily Charlotte Sophie Lucy Hannah Amy Jessica Rachel
Nicola Lisa Helen Katie Olivia Amelia Susan Margaret Karen Julie Jennifer Elizabeth Victoria
Louise Joanne Michelle Catherine Samantha Kelly Jane Alison Deborah Tracey Ruth Grace Isla
Ava Mia Ella Poppy Isabella Lily Freya Chloe Megan Lauren Holly Georgia Abigail Eleanor Zoe
Natalie Kerry Leanne Donna Angela Janet Patricia Christine Linda Pauline Carol Sharon Wendy
Jacqueline Dawn Gillian Hayley Stacey Jade Danielle Kirsty Bethany Molly Ellie Evie Daisy
Phoebe Alice Florence Rosie Scarlett Matilda Harriet Imogen Millie Maisie Esme Elsie Willow
Ivy Rose Hope Summer Joan Doreen Maureen Sheila Brenda Barbara Valerie Irene Sandra Beverley
Yvonne Debbie Lorraine Andrea Heather Fiona Kathryn Anna Jenny Carly Kimberley Abbie Jodie
Shannon Paige Courtney Amber Niamh Caitlin Erin Aimee Becky Tina Caroline Jill Diane Marion
Eileen Jean Kathleen Mary Dorothy Joyce Audrey Sylvia Gladys Edna Iris Hilda Mabel Vera
Beryl Muriel Norma Rita Shirley June Doris Ada Edith Lilian Winifred Ethel Nellie Cynthia
""",
)
UK_GIVEN_M = ranked(
    "UK: ONS given names, men",
    """
David John Paul James Mark Michael Andrew Richard Daniel Christopher Thomas Matthew Robert
Peter Stephen Ian Steven Jack Oliver Harry George William Charlie Jacob Alfie Noah Leo Oscar
Joshua Samuel Benjamin Luke Adam Ryan Jamie Lewis Liam Callum Kieran Connor Nathan Jordan
Martin Simon Gary Anthony Stuart Darren Lee Craig Neil Graham Alan Kevin Philip Colin Keith
Brian Barry Trevor Nigel Geoffrey Roger Malcolm Derek Raymond Kenneth Ronald Dennis Terry
Edward Henry Archie Freddie Arthur Theo Finley Muhammad Mohammed Ethan Logan Dylan Max Toby
Alexander Joseph Tyler Reece Bradley Shaun Dean Wayne Carl Scott Ben Tom Sam Joe Dan Rob
Chris Steve Mike Phil Tony Jason Justin Aaron Harvey Reuben Isaac Rory Elliot Louis Ellis
Hugo Seb Sebastian Frederick Albert Stanley Ernest Walter Harold Frank Fred Alfred Leonard
Sidney Herbert Cyril Eric Norman Gordon Clifford Leslie Douglas Bill Will
Bob Jim Hamish Angus Fraser Euan Gareth Rhys Dafydd Owen Huw Gethin Aled Iwan Sean Declan
Ciaran Patrick Niall Brendan
""",
)
UK_SURNAMES = ranked(
    "UK: surnames, England and Wales",
    """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry
Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory
Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter
Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson
Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman
Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston
Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis
""",
)

US_GIVEN_F = census("US Census 1990: female first names", US_GIVEN_F_TEXT)
US_GIVEN_M = census("US Census 1990: male first names", US_GIVEN_M_TEXT)
US_SURNAMES = census("US Census 1990: surnames", US_SURNAMES_TEXT)

# Origins common in Sweden: their commonest names, in rank order (writer's knowledge).
FI = Origin(
    ranked(
        "Finland: women's given names",
        "Maria Helena Anneli Johanna Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Leena Riitta Sari Anne Pirjo Merja Tiina Minna Sirpa Eeva Aino Kirsi Marja Satu Elina Laura Tarja Seija Ritva Sanna Aila Outi Pirkko Irmeli Sinikka Kristiina Heidi Emilia",
    ),
    ranked(
        "Finland: men's given names",
        "Juhani Johannes Olavi Antero Tapani Kalevi Mikael Matti Timo Pekka Kari Jari Mikko Jukka Markku Antti Jussi Heikki Hannu Seppo Petri Janne Ari Sami Juha Ville Tuomas Esa Veikko Pentti Raimo Lauri Eero Tommi Erkki Martti Aleksi Kimmo Teemu Jaakko",
    ),
    ranked(
        "Finland: surnames (DVV)",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Miettinen Kettunen Hakala Räsänen Aaltonen Peltonen Seppälä Toivonen",
    ),
)
AR = Origin(
    ranked(
        "Syria/Iraq/Lebanon: women's given names",
        "Fatima Maryam Sara Noor Zainab Aya Hiba Rana Layla Amal Rasha Huda Dalia Lina Reem Nour Yasmin Hanan Samira Salma Rania Dima Ruba Mona Iman Shahad Zahra Nadia Fatma Aisha Lama Raghad Rim Khadija Sana",
    ),
    ranked(
        "Syria/Iraq/Lebanon: men's given names",
        "Mohammed Ahmed Ali Omar Mahmoud Hussein Mustafa Khaled Hassan Yousef Ibrahim Abdullah Ammar Hamza Karim Tariq Samir Bilal Rami Fadi Jamal Walid Haidar Nabil Hadi Saif Osama Majid Amir Zaid Adel Firas Anas Waleed Basel",
    ),
    ranked(
        "Syria/Iraq/Lebanon: surnames",
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Haddad Khoury Aziz Jaber Nasser Youssef Qasim Kareem Abbas Salman Hamad Othman Mansour Saad Rashid Darwish Al-Hassan Al-Khatib Al-Ali Najjar Sabbagh Hamdan Issa Shamoun Jabbar Yacoub Kadhim Toma",
    ),
)
FA = Origin(
    ranked(
        "Iran: women's given names",
        "Maryam Fatemeh Zahra Sara Shirin Leila Nasrin Azadeh Mahsa Parisa Neda Roya Mina Somayeh Narges Shadi Elham Nazanin Golnaz Samira Ladan Mitra Parvin Tara Yasaman",
    ),
    ranked(
        "Iran: men's given names",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Dariush Babak Kourosh Omid Arash Farhad Navid Peyman Majid Hassan Javad Kaveh Siavash Pouya Keyvan Bijan",
    ),
    ranked(
        "Iran: surnames",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi Ghorbani Mousavi Kazemi Ebrahimi Heidari Akbari Rostami Tehrani Farahani Nazari Shirazi Jalali Amini Yazdani Bagheri",
    ),
)
KU = Origin(
    ranked(
        "Kurdish: women's given names",
        "Rojin Berivan Dilan Shilan Nazdar Helin Avin Jiyan Rezan Zhilwan Sozan Hana Lana Dilnia Kajal Shirin Narin Bahar Ronak Dilovan",
    ),
    ranked(
        "Kurdish: men's given names",
        "Ahmad Karwan Rebin Dilshad Aram Kawa Shvan Soran Hawre Sherzad Azad Baran Rawand Hemin Zana Diyar Alan Goran Rizgar Jiyar",
    ),
    ranked(
        "Kurdish: surnames",
        "Ahmad Mohammad Rashid Aziz Kurdi Barzani Talabani Hawrami Amin Qadir Karim Omer Hama Mahmud Salih Abdulla Faraj Zebari Jaff Mirza",
    ),
)
SO = Origin(
    ranked(
        "Somalia: women's given names",
        "Fadumo Hodan Amina Hawa Sahra Khadra Asha Ayaan Nimco Faduma Ifrah Ubah Hibo Deeqa Sagal Farhiya Hamdi Istahil Hinda Muna",
    ),
    ranked(
        "Somalia: men's given names",
        "Mohamed Abdi Ahmed Ali Hassan Abdirahman Omar Yusuf Abdullahi Ismail Farah Mahad Mohamud Abdikarim Guled Hamza Liban Said Osman Bashir",
    ),
    ranked(
        "Somalia: surnames",
        "Mohamed Ali Ahmed Hassan Abdi Omar Hussein Farah Warsame Jama Osman Nur Abdullahi Yusuf Adan Ibrahim Ismail Hirsi Egal Duale",
    ),
)
ER = Origin(
    ranked(
        "Eritrea: women's given names",
        "Helen Senait Selam Mebrat Yordanos Saba Ruta Almaz Semhar Tsega Luwam Eden Feven Winta Hiwet Merhawit Ksanet Rahel Hanna Freweyni",
    ),
    ranked(
        "Eritrea: men's given names",
        "Yonas Daniel Samuel Tesfay Filmon Robel Dawit Habtom Mehari Kibrom Yemane Tekle Amanuel Biniam Henok Kidane Ghebremedhin Natnael Simon Berhane",
    ),
    ranked(
        "Eritrea: surnames (a father's name)",
        "Tesfay Haile Gebremichael Berhane Tekle Kidane Ghebreyesus Mehari Habte Abraham Weldemariam Yohannes Asfaha Negash Tesfamariam Ghirmay Andemariam Goitom Fitsum Hailu",
    ),
)
PL = Origin(
    ranked(
        "Poland: women's given names (PESEL)",
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina Jadwiga Jolanta Iwona Grażyna Paulina Justyna Bożena",
    ),
    ranked(
        "Poland: men's given names (PESEL)",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Józef Ryszard Kamil Robert Tadeusz Rafał Kacper Sławomir Bartosz",
    ),
    ranked(
        "Poland: surnames (PESEL)",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Król Michalski Wróbel Wieczorek Jabłoński Nowakowski Majewski Olszewski",
    ),
)
BCS = Origin(
    ranked(
        "Bosnia/Serbia/Croatia: women's given names",
        "Amra Emina Lejla Jasmina Amela Selma Aida Mirela Ivana Jelena Marija Ana Dragana Snežana Vesna Maja Tanja Sanja Nermina Azra Elma Merima Edina Gordana Mirjana",
    ),
    ranked(
        "Bosnia/Serbia/Croatia: men's given names",
        "Emir Adnan Amir Mirza Haris Edin Senad Admir Dragan Zoran Goran Nenad Milan Marko Ivan Nikola Stefan Dejan Aleksandar Damir Jasmin Elvis Kenan Sead Alen",
    ),
    ranked(
        "Bosnia/Serbia/Croatia: surnames",
        "Hodžić Hadžić Begić Delić Kovačević Mehmedović Husić Hasanović Ibrahimović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Omerović Suljić Halilović",
    ),
)
TR = Origin(
    ranked(
        "Turkey: women's given names",
        "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Yasemin Esra Büşra Derya Gül Songül Hülya Sevgi Dilek Ebru Tuğba Leyla",
    ),
    ranked(
        "Turkey: men's given names",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Cem Erkan Volkan",
    ),
    ranked(
        "Turkey: surnames",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy",
    ),
)
LA = Origin(
    ranked(
        "Chile/Spanish-speaking: women's given names",
        "María Carolina Claudia Patricia Daniela Francisca Valentina Camila Javiera Catalina Paula Andrea Marcela Verónica Gabriela Isabel Carmen Rosa Sofía Fernanda Alejandra Natalia Lorena Ximena Pilar",
    ),
    ranked(
        "Chile/Spanish-speaking: men's given names",
        "José Juan Luis Carlos Jorge Pedro Francisco Diego Sebastián Cristián Felipe Matías Rodrigo Pablo Manuel Miguel Alejandro Gonzalo Andrés Javier Fernando Ricardo Nicolás Tomás Raúl",
    ),
    ranked(
        "Chile/Spanish-speaking: surnames",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro García Sánchez Romero Vargas Álvarez",
    ),
)
TH = Origin(
    ranked(
        "Thailand: women's given names",
        "Siriporn Malee Somsri Nittaya Pranee Kanya Sunisa Wanida Jintana Ratana Suda Anong Pornthip Supaporn Duangjai Lamai Nong Ploy Achara Kannika",
    ),
    ranked(
        "Thailand: men's given names",
        "Somchai Somsak Prasert Sombat Anan Surachai Wichai Niran Chaiwat Kittisak Thanawat Narong Pichai Boonmee Sakda",
    ),
    ranked(
        "Thailand: surnames",
        "Saetang Srisuk Wongsa Chaiyaporn Boonmee Sukkasem Thongdee Rattanakorn Kaewkla Suwannarat Phromma Inthanon Jaidee Sangthong Chanthara Pongsri Srisawat Kongkaew Yodsuk Meechai",
    ),
)
IN = Origin(
    ranked(
        "India: women's given names",
        "Priya Anjali Pooja Neha Divya Kavya Sneha Lakshmi Deepa Anita Sunita Meera Shreya Aishwarya Ananya Nisha Ritu Swati Rekha Geeta Shruti Aditi Ishita Nandini Radhika",
    ),
    ranked(
        "India: men's given names",
        "Rahul Amit Rajesh Suresh Vijay Arjun Rohit Sanjay Anil Vikram Ravi Karthik Aditya Pradeep Manoj Deepak Ajay Nikhil Arun Varun Sandeep Ashok Harish Siddharth Abhishek",
    ),
    ranked(
        "India: surnames",
        "Sharma Kumar Singh Patel Gupta Reddy Rao Nair Iyer Shah Verma Joshi Mehta Desai Pillai Menon Agarwal Chopra Malhotra Kapoor Banerjee Mukherjee Das Bose Krishnan",
    ),
)
SV = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)
UK = Origin(UK_GIVEN_F, UK_GIVEN_M, UK_SURNAMES)
US = Origin(US_GIVEN_F, US_GIVEN_M, US_SURNAMES)

ORIGINS: dict[str, Origin] = {
    "swedish": SV, "finnish": FI, "arabic": AR, "persian": FA, "kurdish": KU, "somali": SO,
    "eritrean": ER, "polish": PL, "bcs": BCS, "turkish": TR, "latin": LA, "thai": TH,
    "indian": IN, "uk": UK, "us": US,
}  # fmt: skip

# Who is named, per language of the text (weights, per mille). Swedish rows: the population of
# Sweden (SCB: about 20% born abroad, about 27% with a foreign background; Finland ~1.4%, Syria
# ~1.9%, Iraq ~1.4%, Iran ~0.8%, former Yugoslavia ~1.5%, Poland ~1%, Somalia ~0.7%, Turkey
# ~0.6%, Chile and other Spanish-speaking ~0.8%, Eritrea ~0.5%, Thailand ~0.5%, India ~0.6%;
# Kurds counted apart from Iraq, Syria, Turkey and Iran at ~1%; the second generation added).
# English rows: the US Census and UK lists, with the UK's South Asian, Polish and Arabic names at
# their rough shares, and a few Swedes writing English. Mixed rows: a Swedish workplace.
MIXES: dict[str, dict[str, int]] = {
    "sv": {"swedish": 760, "finnish": 30, "arabic": 55, "persian": 15, "kurdish": 15,
           "somali": 10, "eritrean": 6, "polish": 15, "bcs": 22, "turkish": 10, "latin": 12,
           "thai": 6, "indian": 9, "uk": 20, "us": 15},
    "en": {"us": 430, "uk": 380, "indian": 50, "arabic": 30, "polish": 20, "swedish": 60,
           "latin": 20, "somali": 5, "turkish": 5},
    "mixed": {"swedish": 600, "finnish": 30, "arabic": 50, "persian": 15, "kurdish": 12,
              "somali": 8, "eritrean": 5, "polish": 20, "bcs": 20, "turkish": 10, "latin": 15,
              "thai": 5, "indian": 40, "uk": 90, "us": 80},
}  # fmt: skip


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    return surname[:-1] + "a" if surname.endswith(("ki", "ky")) else surname


def name_words() -> set[str]:
    """Every name of every pool, case-folded, with and without diacritics (and each part of a
    hyphenated name)."""
    words: set[str] = set()
    for origin in ORIGINS.values():
        for pool in (origin.given_f, origin.given_m, origin.surnames):
            for name in pool.names:
                for form in (name, plain(name), feminine(name), plain(feminine(name))):
                    words.add(form.casefold())
                    words |= {p.casefold() for p in form.split("-")}
    return words
