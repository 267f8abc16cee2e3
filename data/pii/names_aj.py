# ruff: noqa: E501
"""Name pools of held-out AJ (issue 15), written as Python data from the writer's general knowledge.

Every list is in rank order, commonest first. Swedish, UK and the origins common in Sweden weigh a
name 1/rank (SCB's and ONS's rankings as the writer remembers them); the US lists weigh a name by
the 1990 Census's per cent as the writer remembers it at anchor ranks, log-linear between anchors.
A list's head is its first `head` names (about 150 for the big lists, 10 to 12 for the small ones);
a name word is drawn from the head with probability HEAD_SHARE, else from the tail.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def ranked(text: str, head: int = 150) -> Pool:
    """Names in rank order, weight 1/rank."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(text: str, anchors: tuple[tuple[int, float], ...], head: int = 150) -> Pool:
    """Names in rank order, weight the census per cent: remembered at anchor ranks, log-linear
    between them."""
    names = tuple(text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    weights = []
    for rank in range(1, len(names) + 1):
        for (r0, p0), (r1, p1) in itertools.pairwise(anchors):
            if r0 <= rank <= r1:
                t = (rank - r0) / (r1 - r0) if r1 > r0 else 0.0
                weights.append(math.exp(math.log(p0) + t * (math.log(p1) - math.log(p0))))
                break
        else:
            weights.append(anchors[-1][1])
    return Pool(names, tuple(weights), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


SWEDISH = Origin(
    ranked("""
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Inger Annika
Linda Elin Susanne Monica Johanna Birgitta Ulla Sofia Margareta Carina Elisabeth Julia Ida Helena
Camilla Åsa Anita Emelie Cecilia Gunilla Therese Sandra Ebba Linnéa Amanda Frida Elsa Alice Maja
Agneta Josefin Barbro Ulrika Matilda Louise Caroline Viktoria Wilma Lisa Jessica Katarina Marianne
Mona Ann Gun Siv Britt Ingela Lina Ellen Moa Klara Mikaela Madeleine Rebecka Felicia Pernilla Ella
Astrid Olivia Alva Stina Anneli Yvonne Charlotte Elisabet Maja-Lisa Gunnel Lisbeth Eva-Lena Helen
Ingegerd Margit Britt-Marie Irene Jeanette Lovisa Agnes Saga Nora Ester Isabelle Tilda Vera Selma
Freja Elvira Tuva Hedvig Signe Greta Stella Emilia Nathalie Evelina Angelica Sofie Hanne Marita
Birgit Solveig Maj Elsie Gerd Ingalill Inga Ulrica Jennie Petra Karolina Marina Nina Tina Paula
Beatrice Isabella Elina Julia-Maria Tove Ronja Hilma Edith Ines Livia Majken Iris Sigrid Linn Sanna
Emmy Ylva Gunhild Kajsa Josefine Fanny Hilda Tindra Thea Lea Cornelia Liv Ebba-Maria Lotta Rut
Ragnhild Ingeborg Elise Maud Doris Vivianne Lilian Majvor Berit Görel Kristin Eleonor Elvy Marlene
Sonja Viola Annelie Tove-Lise Catarina Sylvia Mariana Sussanne Elna Gudrun Inez Svea Märta Dagny
Asta Alfhild Henrietta Ingbritt Laila Katja Minna Mimmi Alexandra Hedda Juni Meja Nellie Novalie
"""),
    ranked("""
Lars Anders Johan Per Erik Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Mikael Mats
Bengt Magnus Nils Jonas Martin Markus Mattias Björn Sven Oskar Henrik Bo Alexander Niklas Patrik
Leif Christer Göran Ulf Åke Joakim Tommy David Kjell Roger Robert Gustav Emil Viktor Simon Rolf
Stig Filip William Lucas Anton Håkan Kent Sebastian Jesper Christian Rickard Dan Tobias Gunnar
Jonathan Axel Oliver Elias Hugo Leo Ludvig Isak Adam Johannes Jakob Olof Kenneth Claes Ingemar
Lennart Torbjörn Mohammed Tomas Hampus Albin Linus Marcus Rasmus Kevin Dennis Joel Victor Arvid
Theo Noah Liam Melker Vincent Nils-Erik Carl Olle Gösta Sten Arne Bertil Rune Tord Roland Ronny
Conny Jörgen Pontus Gabriel Samuel Benjamin Ali Edvin Elliot Alvin Charlie Vilgot Sixten Alfred
Harry Otto Valter Frans Folke Sigvard Gunnar-Erik Holger Ingvar Yngve Sune Lage Birger Evert
Erland Tage Gert Inge Rune-Olof Krister Lars-Göran Per-Olof Jan-Erik Karl-Johan Sören Urban
Mårten Torsten Ragnar Helge Ebbe Einar Folke-Olof Viggo August Wilmer Colin Milo Loke Matteo
Ture Vidar Malte Alve Måns Gillis Henning Sigge Leopold Love Kasper Mio Josef Tor Harald Bror
Greger Ove Göte Kurt Leif-Åke Jimmy Johnny Fabian Pierre Kristoffer Emanuel Oscar Rikard Ludwig
Kim Tim Robin Jens Jack Elis Nicklas Mathias Valdemar Teodor Hjalmar Ivar Severin Eddie Adrian
"""),
    ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg
Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg
Andreasson Blom Ek Månsson Strand Nordqvist Jonasson Åström Ivarsson Sundström Ekman Hedberg
Lindholm Nyman Holmqvist Sundqvist Martinsson Berntsson Dahl Göransson Sjöström Ekberg
Lindahl Malmberg Hedström Östlund Jacobsson Sandell Boström Forslund Åkesson Moberg Dahlgren
Lindblom Sköld Hultgren Sundin Lundell Wiklund Mattsson-Berg Norberg Strömberg Borg Engman
Törnqvist Nordlund Söderström Håkansson-Lind Karlberg Kjellberg Wahlström Lindell Rydberg
Carlsson Norén Rosén Backman Ekholm Fors Granström Lilja Augustsson Wallgren Vikström Hägglund
Östberg Bäckström Persson-Lind Lindén Nordgren Westerberg Ahlberg Söderlund Hallberg Lundmark
Alm Berglöf Blomberg Stenberg Thorén Bergkvist Edlund Hjalmarsson Ohlsson Nord Rydén Lindkvist
Grahn Sjödin Engberg Hallström Hedin Wennberg Holst Åslund Eskilsson Forsman Tapper Qvist
Landberg Ljung Ljungberg Ljunggren Palm Ahlström Brännström Skoglund Lindfors Frisk Eklöf
Sahlin Melin Fagerström Granqvist Modig Nordmark Rask Sandin Tell Westin Strid Bodin Lidén
Hammar Ekdahl Häggström Rehn Wester Bergh Cederholm Gyllenhammar Lagerqvist Tornberg Uggla
"""),
)

US = Origin(
    census(
        """
Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen Betty
Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley Cynthia
Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda Stephanie
Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris
Gloria Evelyn Jean Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Kelly Nicole Judy
Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea Kathryn Louise
Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie Lillian
Emily Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy Edna Tiffany Carmen Rosa Cindy
Grace Wendy Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila Ethel Ellen Elaine
Marjorie Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie
April Leslie Clara Lucille Jamie Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele
Gail Bertha Darlene Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Lynn Sally Regina
Erica Beatrice Dolores Bernice Audrey Yvonne Annette June Samantha Marion Dana Stacy Ana Renee Ida
Vivian Roberta Holly Brittany Melanie Loretta Yolanda Jeanette Laurie Katie Kristen Vanessa Alma
Sue Elsie Beth Jeanne Vicki Carla Tara Rosemary Eileen Terri Gertrude Lucy Tonya Ella Stacey
Wilma Gina Kristin Jessie Natalie Agnes Vera Willie Charlene Bessie Delores Melinda Pearl Arlene
Maureen Colleen Allison Tamara Joy Georgia Constance Lillie Claudia Jackie Marcia Tanya Nellie
Minnie Marlene Heidi Glenda Lydia Viola Courtney Marian Stella Caroline Dora Jo Vickie Mattie
Terry Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna Patsy Hilda Gwendolyn Jennie Nora
Margie Nina Cassandra Leah Penny Kay Priscilla Naomi Carole Brandy Olga Billie Dianne Tracey
Leona Jenny Felicia Sonia Miriam Velma Becky Bobbie Violet Kristina Toni Misty Mae Shelly Daisy
Ramona Sherri Erika Katrina Claire Lindsey Lindsay Geneva Guadalupe Belinda Margarita Sheryl
Cora Faye Ada Natasha Sabrina Isabel Marguerite Hattie Harriet Molly Cecilia Kristi Brandi
Blanche Sandy Rosie Joanna Iris Eunice Angie Inez Lynda Madeline Amelia Alberta Genevieve Monique
Jodi Janie Maggie Kayla Sonya Jan Lee Kristine Candace Fannie Maryann Opal Alison Yvette Melody
""",
        (
            (1, 2.629),
            (2, 1.073),
            (3, 1.035),
            (4, 0.980),
            (5, 0.937),
            (6, 0.932),
            (7, 0.828),
            (8, 0.794),
            (9, 0.768),
            (10, 0.727),
            (20, 0.441),
            (50, 0.24),
            (100, 0.14),
            (200, 0.072),
            (300, 0.045),
            (400, 0.031),
        ),
    ),
    census(
        """
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul
Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy
Jose Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter
Patrick Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin
Terry Gerald Keith Samuel Willie Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry
Fred Wayne Billy Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin
Ernest Phillip Todd Jesse Craig Alan Shawn Clarence Sean Philip Chris Johnny Earl Jimmy Antonio
Danny Bryan Tony Luis Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin
Vincent Glenn Jeffery Travis Jeff Chad Jacob Lee Melvin Alfred Kyle Francis Bradley Jesus Herbert
Frederick Ray Joel Edwin Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario Leroy
Francisco Marcus Micheal Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie Bill
Lloyd Tommy Leon Derek Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg Jorge
Dustin Pedro Derrick Dan Lewis Zachary Corey Herman Maurice Vernon Roberto Clyde Glen Hector
Shane Ricardo Sam Rick Lester Brent Ramon Charlie Tyler Gilbert Gene Marc Reginald Ruben Brett
Angel Nathaniel Rafael Leslie Edgar Milton Raul Ben Chester Cecil Duane Franklin Andre Elmer
Brad Gabriel Ron Mitchell Roland Arnold Harvey Jared Adrian Karl Cory Claude Erik Darryl Jamie
Neil Jessie Christian Javier Fernando Clinton Ted Mathew Tyrone Darren Lonnie Lance Cody Julio
Kelly Kurt Allan Nelson Guy Clayton Hugh Max Dwayne Dwight Armando Felix Jimmie Everett Jordan
Ian Wallace Ken Bob Jaime Casey Alfredo Alberto Dave Ivan Johnnie Sidney Byron Julian Isaac
Morris Clifton Willard Daryl Ross Virgil Andy Marshall Salvador Perry Kirk Sergio Marion Tracy
Seth Kent Terrance Rene Eduardo Terrence Enrique Freddie Wade Austin Stuart Fredrick Arturo
Alejandro Jackie Joey Nick Luther Wendell Jeremiah Evan Julius Dana Donnie Otis Shannon Trevor
Oliver Luke Homer Gerard Doug Kenny Hubert Angelo Shaun Lyle Matt Lynn Alfonso Orlando Rex
Carlton Ernesto Cameron Neal Pablo Lorenzo Omar Wilbur Blake Grant Horace Roderick Kerry Abraham
""",
        (
            (1, 3.318),
            (2, 3.271),
            (3, 3.143),
            (4, 2.629),
            (5, 2.451),
            (6, 2.363),
            (7, 1.703),
            (8, 1.523),
            (9, 1.404),
            (10, 1.380),
            (20, 0.666),
            (50, 0.25),
            (100, 0.12),
            (200, 0.056),
            (300, 0.033),
            (400, 0.022),
        ),
    ),
    census(
        """
Smith Johnson Williams Jones Brown Davis Miller Wilson Moore Taylor Anderson Thomas Jackson White
Harris Martin Thompson Garcia Martinez Robinson Clark Rodriguez Lewis Lee Walker Hall Allen Young
Hernandez King Wright Lopez Hill Scott Green Adams Baker Gonzalez Nelson Carter Mitchell Perez
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sanchez Morris Rogers Reed
Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Torres Peterson Gray
Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman
Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler Simmons Foster Gonzales
Bryant Alexander Russell Griffin Diaz Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods
Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson Mcdonald Cruz Marshall Ortiz Gomez
Murray Freeman Wells Webb Simpson Stevens Tucker Porter Hunter Hicks Crawford Henry Boyd Mason
Morales Kennedy Warren Dixon Ramos Reyes Burns Gordon Shaw Holmes Rice Robertson Hunt Black
Daniels Palmer Mills Nichols Grant Knight Ferguson Rose Stone Hawkins Dunn Perkins Hudson Spencer
Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson Carroll
Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter
Weaver Greene Lawrence Elliott Chavez Sims Austin Peters Kelley Franklin Lawson Fields Gutierrez
Ryan Schmidt Carr Vasquez Castillo Wheeler Chapman Oliver Montgomery Richards Williamson Johnston
Banks Meyer Bishop Mccoy Howell Alvarez Morrison Hansen Fernandez Garza Harvey Little Burton
Stanley Nguyen George Jacobs Reid Fuller Lynch Dean Gilbert Garrett Romero Welch Larson Frazier
Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer Hoffman Carlson Silva Pearson Holland
Douglas Fleming Jensen Vargas Byrd Davidson Hopkins May Terry Herrera Wade Soto Walters Curtis
Neal Caldwell Lowe Jennings Barnett Graves Jimenez Horton Shelton Barrett Obrien Castro Sutton
Gregory Mckinney Lucas Miles Craig Rodriquez Chambers Holt Lambert Fletcher Watts Bates Hale
Rhodes Pena Beck Newman Haynes Mcdaniel Mendez Bush Vaughn Parks Dawson Santiago Norris Hardy
Love Steele Curry Powers Schultz Barker Guzman Page Munoz Ball Keller Chandler Weber Leonard
Walsh Lyons Ramsey Wolfe Schneider Mullins Benson Sharp Bowen Daniel Barber Cummings Hines
Baldwin Griffith Valdez Hubbard Salazar Reeves Warner Stevenson Burgess Santos Tate Cross Garner
Mann Mack Moss Thornton Dennis Mcgee Farmer Delgado Aguilar Vega Glover Manning Cohen Harmon
Rodgers Robbins Newton Todd Blair Higgins Ingram Reese Cannon Strickland Townsend Potter Goodwin
Walton Rowe Hampton Ortega Patton Swanson Joseph Francis Goodman Maldonado Yates Becker Erickson
Hodges Rios Conner Adkins Webster Norman Malone Hammond Flowers Cobb Moody Quinn Blake Maxwell
""",
        (
            (1, 1.006),
            (2, 0.810),
            (3, 0.699),
            (4, 0.621),
            (5, 0.621),
            (6, 0.480),
            (7, 0.424),
            (8, 0.339),
            (9, 0.312),
            (10, 0.311),
            (20, 0.203),
            (50, 0.104),
            (100, 0.06),
            (200, 0.036),
            (300, 0.026),
            (450, 0.018),
        ),
    ),
)

UK = Origin(
    ranked(
        """
Olivia Amelia Isla Ava Emily Sophie Grace Mia Poppy Ella Lily Evie Isabella Sophia Jessica Freya
Charlotte Daisy Florence Alice Sienna Phoebe Matilda Harper Ruby Evelyn Willow Ivy Rosie Elsie
Sarah Emma Claire Lisa Nicola Helen Rachel Laura Joanne Michelle Karen Amanda Julie Susan Louise
Kelly Victoria Hannah Rebecca Katie Lauren Gemma Zoe Samantha Kirsty Jade Leanne Natalie Stacey
Danielle Kerry Donna Tracey Dawn Alison Angela Catherine Elizabeth Margaret Jean Pauline Sheila
Patricia Christine Janet Gillian Carol Deborah Lesley Caroline Fiona Jane Sally Ruth Jennifer
Abigail Megan Bethany Chloe Amy Holly Eleanor Lucy Georgia Molly Ellie Millie Imogen Scarlett Layla
Harriet Maisie Erin Eliza Esme Beatrice Rose Maya Aria Lola Nancy Thea Hallie Eva Bonnie Iris
Heather Wendy Joan Maureen Brenda Valerie Lynn Diane Yvonne Jacqueline Tina Denise Paula Sharon
Shirley Doreen Marion Eileen Beryl Hazel Irene Sylvia Vera Audrey Brenda-Lee Anne Kathleen Mary
Rosemary Philippa Penelope Jemma Becky Shauna Siobhan Kayleigh Chelsea Charlene Demi Tegan Cerys
Niamh Aoife Ffion Morag Ailsa Eilidh Kirstie Lorna Rhiannon Carys Bryony Imelda Gwen Nia Keira
""",
        150,
    ),
    ranked(
        """
Oliver George Harry Noah Jack Leo Arthur Muhammad Oscar Charlie Jacob Thomas Henry Freddie Alfie
Theo William Theodore Archie Joshua Alexander James Isaac Edward Lucas Tommy Finley Max Logan
Ethan Mohammed Teddy Benjamin Arlo Joseph Sebastian Elijah Harrison Reggie Adam Samuel Daniel
David John Paul Andrew Mark Richard Michael Peter Stephen Christopher Robert Ian Simon Gary Neil
Matthew Martin Lee Darren Craig Wayne Jason Stuart Graham Kevin Anthony Philip Colin Nigel Keith
Alan Trevor Geoffrey Derek Barry Kenneth Brian Ronald Roy Dennis Malcolm Gordon Clive Terry
Ryan Luke Callum Jamie Scott Liam Connor Kieran Dean Nathan Lewis Aaron Bradley Jordan Reece Kyle
Tyler Owen Dylan Rhys Gareth Gethin Dafydd Euan Fraser Angus Hamish Alistair Ross Lachlan Calum
Rory Niall Declan Ciaran Sean Patrick Francis Rupert Hugo Giles Jeremy Julian Toby Oscar-James
Ben Sam Joe Tom Dan Rob Chris Nick Matt Alex Will Ed Jim Fred Bert Albert Stanley Frank Ernest
Harold Walter Cyril Leonard Norman Sidney Arnold Herbert Reginald Percy Bernard Douglas Donald
Hugh Nicholas Timothy Rodney Dominic Vincent Marcus Elliot Jake Harvey Louis Mason Zachary
""",
        150,
    ),
    ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold
Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert
Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter
"""),
)

FINNISH = Origin(
    ranked(
        "Maria Anna Helena Johanna Kaarina Marjatta Anneli Liisa Tuula Päivi Sari Pirjo Satu Minna Leena Riitta Tiina Eija Seija Aino Hanna Kirsi Outi Sinikka Marja-Liisa Aila Tarja Heli Elina Sanna",
        12,
    ),
    ranked(
        "Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Jari Pekka Kari Mikko Jukka Antti Heikki Markku Hannu Ville Esa Tuomas Janne Seppo Jouni Pentti Arto Petri Raimo Veikko Eino",
        12,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
        12,
    ),
)
ARABIC = Origin(
    ranked(
        "Fatima Maryam Aisha Zainab Noor Sara Hiba Rania Lina Amal Huda Yasmin Layla Rasha Dalia Nadia Reem Hala Shahad Sana Marwa Ghada Nour Ninos Shamiran Ninorta Nahrin Samira Salma Widad",
        12,
    ),
    ranked(
        "Mohammed Ahmed Ali Omar Mahmoud Hassan Hussein Khaled Youssef Ibrahim Mustafa Abdullah Karim Bilal Tarek Ammar Samer Rami Firas Hamza Saif Yasser Adnan Ninos Aram Sargon Gabriel Ashur Fadi Bashar",
        12,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Al-Khatib Haddad Khalil Mansour Nasser Al-Hassan Jaber Darwish Youssef Mahmoud Al-Ahmad Shaker Hanna Gabriel Isik Aziz Hamdan Karam Kassab Sulaiman Awad Jebrail Barsom",
        12,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Zahra Fatemeh Shirin Leila Parisa Nasrin Mahnaz Azadeh Niloufar Roya Sara Mina Samira Shabnam Ladan Golnaz Setareh Yasaman Neda",
        10,
    ),
    ranked(
        "Reza Ali Mohammad Hossein Mehdi Amir Hamid Majid Saeed Behzad Farhad Babak Kaveh Dariush Payam Arash Omid Navid Kourosh Siavash",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Rahimi Jafari Hashemi Sadeghi Ghorbani Mousavi Akbari Shirazi Tehrani Farahani Nazari Kazemi Bagheri Rostami",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berivan Shilan Nazdar Zhilwan Evin Dilan Avin Bahar Jiyan Sherin Hawre Narin Delal Roza Newroz",
        10,
    ),
    ranked(
        "Aram Rebin Dilshad Karwan Hawar Shvan Sherwan Azad Baran Soran Hemin Zana Rizgar Kawa Diyar Bawar",
        10,
    ),
    ranked(
        "Ahmad Mahmoud Rashid Aziz Barzani Karim Omar Salih Qadir Rahman Faraj Hussein Jalal Amin Hamid Kurdi",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Sahra Khadija Hawa Asha Maryan Sagal Ayan Nimco Hibo Ubah Ifrah Faiza Muna Leyla Deeqa",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Hassan Ali Abdullahi Omar Yusuf Ismail Abdirahman Mahad Farah Said Liban Hamza Abdiwali Guled Bashir",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Hassan Ali Omar Farah Warsame Yusuf Abdullahi Hussein Jama Osman Nur Aden Ismail Dahir Elmi",
        10,
    ),
)
ERITREAN = Origin(
    ranked(
        "Selam Helen Senait Rahel Saba Mebrat Yordanos Tsega Hiwet Meron Luwam Feven Freweyni Winta Almaz Tigist",
        10,
    ),
    ranked(
        "Yonas Daniel Dawit Samuel Tesfay Mulugeta Abraham Yohannes Filmon Habtom Bereket Tekle Henok Kidane Efrem Mehari",
        10,
    ),
    ranked(
        "Tesfay Gebremedhin Haile Tekle Berhane Kidane Ghebreyesus Asfaha Mebrahtu Woldemariam Tewolde Habte Ghirmay Negash Kahsay Gebru",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Halina Paulina",
        12,
    ),
    ranked(
        "Piotr Krzysztof Tomasz Andrzej Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Kamil Maciej Rafał Robert",
        12,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek",
        12,
    ),
)
BCS = Origin(
    ranked(
        "Amra Lejla Emina Selma Azra Merima Amela Jasmina Ana Marija Ivana Jelena Milica Dragana Snežana Mirela Sanja Vesna Maja Nermina",
        10,
    ),
    ranked(
        "Emir Amir Adnan Edin Mirza Haris Dženan Nikola Marko Stefan Luka Ivan Dragan Zoran Goran Nenad Dejan Milan Tarik Almir",
        10,
    ),
    ranked(
        "Hodžić Hadžić Begić Delić Mehmedović Kovačević Hasanović Ibrahimović Salihović Jovanović Petrović Nikolić Marković Đorđević Popović Horvat Babić Kovač Perić Stojanović",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Esra Merve Büşra Özlem Derya Gül Aylin Selin Ebru Tuba",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Burak Serkan Kemal Cem Hakan Orhan Volkan",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek",
        10,
    ),
)
LATIN = Origin(
    ranked(
        "María Carolina Daniela Francisca Camila Javiera Constanza Valentina Fernanda Paula Catalina Andrea Claudia Patricia Ximena Gabriela Lorena Marcela Verónica Alejandra",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Cristián Francisco Diego Sebastián Felipe Rodrigo Pablo Matías Alejandro Manuel Héctor Gonzalo Patricio Mauricio Andrés",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Vargas",
        12,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Supaporn Kanya Malee Nittaya Sunee Wanida Pornthip Duangjai Somsri Ratana Araya Kannika Jintana Lamai Sasithorn",
        10,
    ),
    ranked(
        "Somchai Somsak Prasert Anan Boonmee Chaiya Wichai Surachai Kittisak Narong Sombat Thanawat Pichai Nattapong Sakda Apichat",
        10,
    ),
    ranked(
        "Saetang Srisuk Wongsa Chaiyaporn Thongdee Boonyarat Sukprasert Rattanakorn Kaewkla Phromsuk Intharakul Siriwong Chantarasombat Panyadee Sangthong Jaidee",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Divya Pooja Neha Deepa Sunita Kavita Lakshmi Anita Meera Shreya Aishwarya Ananya Swati Rekha Nisha Sneha Ritu Geeta Harpreet Jaspreet",
        12,
    ),
    ranked(
        "Rahul Amit Rajesh Sanjay Vikram Arjun Suresh Ramesh Anil Vijay Karthik Aditya Rohan Sandeep Ravi Manoj Deepak Arun Nikhil Gurpreet Harjit Venkat",
        12,
    ),
    ranked(
        "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Shah Mehta Joshi Desai Verma Chopra Kapoor Malhotra Pillai Menon Bhatt Agarwal Banerjee Mukherjee Kaur",
        12,
    ),
)
CHINESE = Origin(
    ranked(
        "Li Mei Xiu Ying Fang Jing Hui Yan Ling Xiaoling Na Min Lan Juan Xia Yun Ting Hong Wei Qing Lili",
        10,
    ),
    ranked(
        "Wei Jun Hao Lei Jian Ming Yong Qiang Tao Bin Hui Feng Chao Peng Xin Yang Bo Long Jie Zhi Gang",
        10,
    ),
    ranked(
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Kateryna Olha Anastasiia Mariia Viktoriia Halyna Liudmyla Alina Daria Inna Valentyna",
        10,
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Mykola Vasyl Dmytro Yurii Ivan Oleh Viktor Petro Maksym Bohdan Taras Mykhailo Ihor Artem",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
        10,
    ),
)

ORIGINS = {
    "swedish": SWEDISH, "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC,
    "persian": PERSIAN, "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN,
    "polish": POLISH, "bcs": BCS, "turkish": TURKISH, "latin": LATIN, "thai": THAI,
    "indian": INDIAN, "chinese": CHINESE, "ukrainian": UKRAINIAN,
}  # fmt: skip

# Who is named in a row, by the row's language (weights; Swedish text about as Sweden's
# population: ~70% Swedish names, the rest the origins common in Sweden by their size).
MIXES = {
    "sv": {
        "swedish": 70, "arabic": 6.5, "finnish": 3.5, "persian": 2.5, "polish": 2.5, "bcs": 2.5,
        "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "indian": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "latin": 1.0, "thai": 1.0, "chinese": 0.9, "us": 0.8, "uk": 0.7,
    },
    "en": {
        "us": 42, "uk": 33, "swedish": 7, "indian": 6, "arabic": 2.5, "polish": 2.5, "latin": 2.5,
        "chinese": 2, "turkish": 1, "somali": 1, "finnish": 1, "ukrainian": 1,
    },
    "mixed": {
        "swedish": 50, "us": 10, "uk": 10, "arabic": 6, "finnish": 3, "persian": 3, "polish": 3,
        "bcs": 3, "indian": 2.5, "kurdish": 2, "turkish": 2, "somali": 2, "ukrainian": 1.5,
        "eritrean": 1.5, "latin": 1.5, "thai": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms and nicknames as people write them of a given name (chat, signatures, forums), by
# the origin of the name: a Swedish Daniel is Danne, an English one Dan.
NICKNAMES = {
    "swedish": {
        "Joakim": ("Jocke",), "Mikael": ("Micke",), "Lars": ("Lasse",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sussi"),
        "Markus": ("Mackan",), "Marcus": ("Mackan",), "Thomas": ("Tompa",), "Fredrik": ("Fredde", "Freddan"),
        "Johan": ("Jojje",), "Kristoffer": ("Krille",), "Daniel": ("Danne",), "Magnus": ("Mange",),
        "Gustav": ("Gurra", "Gusse"), "Henrik": ("Henke",), "Tobias": ("Tobbe",), "Niklas": ("Nicke",),
        "Stefan": ("Steffe",), "Sebastian": ("Sebbe",), "Robert": ("Robban",), "Kristina": ("Kicki", "Stina"),
        "Katarina": ("Kattis",), "Margareta": ("Maggan",), "Birgitta": ("Bittan", "Gittan"),
        "Ulrika": ("Ullis",), "Patrik": ("Patte",), "Andreas": ("Andy", "Dreas"), "Alexander": ("Alex",),
        "Jonas": ("Jonte",), "Mattias": ("Matte",), "Björn": ("Nalle",), "Christer": ("Kricke",),
        "Elisabeth": ("Lisa", "Lisbeth"), "Jessica": ("Jessie",),
    },
    "en": {
        "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth", "Lizzie"), "Michael": ("Mike",),
        "Christopher": ("Chris",), "Christine": ("Chris",), "William": ("Bill", "Will"),
        "James": ("Jim", "Jamie"), "Katherine": ("Kate", "Kathy"), "Patricia": ("Pat", "Trish"),
        "Richard": ("Rich", "Rick"), "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"),
        "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Stephen": ("Steve",), "Steven": ("Steve",),
        "Anthony": ("Tony",), "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky", "Becca"),
        "Samantha": ("Sam",), "Alexander": ("Alex",), "Benjamin": ("Ben",), "Edward": ("Ed",),
        "Joseph": ("Joe",), "Victoria": ("Vicky",), "Deborah": ("Debbie",), "Susan": ("Sue",),
        "Abigail": ("Abby",), "Kimberly": ("Kim",), "Timothy": ("Tim",), "Gregory": ("Greg",),
        "Andrew": ("Andy", "Drew"), "Robert": ("Bob", "Rob", "Bobby"), "Thomas": ("Tom", "Tommy"),
        "David": ("Dave",), "Jessica": ("Jess",), "Catherine": ("Cathy", "Kate"), "Samuel": ("Sam",),
        "Joshua": ("Josh",), "Nathan": ("Nate",), "Zachary": ("Zach",), "Charlotte": ("Charlie",),
    },
    "other": {
        "Mohammed": ("Mo",), "Muhammad": ("Mo",), "Aleksandra": ("Ola",), "Małgorzata": ("Gosia",),
        "Katarzyna": ("Kasia",), "Oleksandr": ("Sasha",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",),
        "Mohammad": ("Mamad",), "Abdirahman": ("Abdi",), "Francisco": ("Pancho",), "José": ("Pepe",),
        "Volodymyr": ("Volodia",), "Dmytro": ("Dima",),
    },
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name as typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(male):
            return word[: -len(male)] + female
    return word


SV_SURNAMES = ORIGINS["swedish"].surnames
