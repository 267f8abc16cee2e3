# ruff: noqa: E501
"""Held-out AF's name pools: names as the population has them, an eleventh writer. Stdlib Python
data only; `generate_af.py` draws every name word of AF from here.

Sources and weights (each list is ranked, commonest first; a name's weight is its share):
- Swedish-born (`SV_*`): given names (as people are called, tilltalsnamn) and surnames in the
  order SCB's published name statistics rank them (Statistiska centralbyrån, "Namn i Sverige";
  written from the writer's general knowledge of those rankings, not copied from a file). Weight
  by rank, Zipf-like: 1 / rank. The head is the first 150 ranks; the tail is ranks past 150,
  still real names as SCB lists them.
- Origins common in Sweden (`ORIGINS`): Finnish, Arabic (Syrian/Iraqi/Lebanese), Persian,
  Kurdish, Somali, Eritrean/Ethiopian, Polish, Bosnian/Serbian/Croatian, Turkish, Chilean/Spanish,
  Thai, Indian; each with its commonest given names and surnames from general knowledge, Zipf
  weight by rank, the head its first 12 ranks and the tail the rest. An origin is drawn by its
  rough share of Sweden's population born abroad or with parents born abroad (SCB's statistics
  on country of birth), see `MIXES`.
- English-speaking (`US_*`): the US Census Bureau's 1990 name frequency files (public domain),
  read from `names==0.3.0` (PyPI, `dist.female.first`, `dist.male.first`, `dist.all.last`);
  the weight is the census frequency (percent of the population); the head is ranks 1-150, the
  tail ranks 151-300. UK-common names (`UK_*`, from general knowledge of the ONS baby-name and
  surname rankings), Zipf weight by rank, head the first 40 ranks.
- `HEAD_SHARE`: a name word comes from the head of its list with 0.8, from the tail with 0.2.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


def zipf(names: str, head: int) -> Pool:
    """A pool from a ranked, space-separated list: weight 1 / rank."""
    words = tuple(names.split())
    assert len(set(words)) == len(words), [w for w in words if words.count(w) > 1]
    return Pool(words, tuple(1 / (i + 1) for i in range(len(words))), min(head, len(words) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from census rows (name, percent of the population)."""
    return Pool(tuple(n for n, _ in rows), tuple(f for _, f in rows), head)


def plain(word: str) -> str:
    """A name as typed without its diacritics (`Đurić` -> `Djuric`, `Łukasz` -> `Lukasz`)."""
    word = word.replace("Đ", "Dj").replace("đ", "dj").replace("Ł", "L").replace("ł", "l")
    word = word.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Swedish women's given names, SCB's rank order (tilltalsnamn, all ages), head = first 150.
SV_GIVEN_F = zipf(
    """Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Hanna Linnéa Jenny
    Sofia Birgitta Elin Annika Susanne Inger Johanna Julia Linda Ida Monica Ulla Elisabeth Camilla
    Helena Anneli Åsa Cecilia Amanda Ebba Elsa Alice Maja Wilma Moa Matilda Lisa Frida Therese
    Jessica Carina Gunilla Agneta Ann Margareta Ulrika Katarina Louise Josefin Emelie Caroline
    Petra Ellen Agnes Astrid Saga Alva Olivia Stina Klara Lovisa Nathalie Sanna Emilia Felicia
    Lina Madeleine Mona Yvonne Marianne Britt Gun Siv Barbro Anita Ella Ester Freja Ingela Jennie
    Karolina Helen Pia Charlotte Irene Maud Greta Tove Vera Ronja Nora Viktoria Annelie Jeanette
    Pernilla Sonja Gerd Ruth Marita Kristin Sylvia Lotta Mia Ylva Linn Tuva Rebecka
    Mikaela Cornelia Isabelle Tilda Selma Kajsa Sigrid Signe Tyra Elvira Hedvig Berit Ewa Solveig
    Gudrun Märta Inga Ingeborg Majken Alma Edith Hilda Liv Elise Juni Vendela Jonna Meja Ann-Christin
    Ann-Marie Anna-Karin Eva-Lena Rose Lillemor Dagny Svea Elna Idun Embla Tindra Lo Hillevi Kicki
    Eleonora Ingalill Harriet Dagmar Lykke Livia Marit Ylva-Li Signe-Maj Gunnel Ulla-Britt""",
    150,
)
SV_GIVEN_M = zipf(
    """Lars Mikael Anders Johan Erik Per Peter Karl Thomas Jan Daniel Fredrik Hans Andreas Stefan
    Mohammed Mats Marcus Magnus Jonas Mattias Bengt Alexander Oskar Niklas Martin Bo Nils Leif
    Björn Ulf Henrik Göran Christer Kent Sven Patrik Gustav Tommy Rolf Emil Robert Jonathan Simon
    William Lucas Elias Hugo Viktor David Filip Sebastian Olof Kjell Roger Joakim Christian
    Rickard Tobias Kenneth Lennart Jörgen Ove Åke Stig Gunnar Hampus Axel Ludvig Anton Isak Adam
    Oliver Liam Noah Theo Arvid Albin Jakob Linus Robin Dennis Jimmy Kristoffer Pontus Jesper
    Sten Rune Arne Ingvar Tord Torbjörn Claes Håkan Dan Roland Lars-Erik Jan-Erik Karl-Johan
    Per-Olof Ali Ahmed Alf Bertil Sune Gösta Harald Ragnar Folke Valter Sixten Melker Vincent
    Otto Ebbe Holger Malte Love Elliot Måns Vidar Loke Sigge Hjalmar Frans Melvin Edvin Alvin
    Leo Benjamin Felix Casper Max Samuel Gabriel Viggo Wilhelm Carl Jens Ola Urban Conny Kurt
    Evert Yngve Helge Egon Assar Colin Nisse Tage Birger Valdemar Gustaf Börje Einar Ivar Sture
    Lage Hilding Allan Uno Jarl Gert Bosse Janne Kalle Pelle""",
    150,
)
SV_SURNAMES = zipf(
    """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
    Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
    Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund
    Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen
    Åkesson Dahl Lindholm Norberg Holmqvist Sundqvist Lindahl Jonasson Söderström Nordqvist Ekman
    Östlund Hedberg Sundström Malmberg Lindblom Nordlund Ottosson Bäckström Sjöström Eklöf Strand
    Forslund Åström Göransson Hallberg Lindén Backman Borg Engberg Fors Hagström Kjellberg
    Wahlström Sandin Edlund Rosén Boström Lilja Sjödin Granberg Ågren Wikberg Grahn Ekberg Lindell
    Westin Nord Hedström Lindkvist Holmström Norén Dahlgren Hammar Bergkvist Nyholm Stenberg
    Johnsson Kristiansson Berntsson Ivarsson Adolfsson Augustsson Rask Ahlberg Modig Törnqvist
    Wennberg Engman Åhman Berglöf Edström Lindroth Sandell Jernberg Ståhl Hägglund Skoglund
    Nyman Broman Lindmark Blomberg Palm Sundin Wiklund Ekholm Brandt Friberg Qvist Melin Roos
    Sahlin Forsman Hellberg Björkman Almqvist Strömqvist Rehn""",
    150,
)

# Origins common in Sweden: (women's given names, men's given names, surnames), commonest first.
OTHER = {
    "finnish": (
        "Anneli Tuula Marja-Liisa Sirpa Päivi Riitta Leena Pirjo Tiina Hannele Aino Satu Johanna Kaisa Minna Outi Raija Eija",
        "Juha Timo Matti Kari Mikko Jari Pekka Antti Heikki Jukka Markku Seppo Tapio Esa Veikko Pentti Raimo Jouni",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Kinnunen Salonen Turunen Laitinen",
    ),
    "arabic": (
        "Fatima Maryam Nour Rana Lina Amira Yasmin Hiba Rasha Zainab Huda Sara Reem Dalia Layla Salma Aya Ghada",
        "Mohammed Ahmad Ali Omar Hassan Mahmoud Khaled Hussein Yousef Ibrahim Karim Mustafa Abdullah Rami Bashar Tarek Samir Elias",
        "Ali Hassan Ahmed Mohammed Haddad Khalil Ibrahim Hussein Abbas Saleh Mansour Jaber Yousef Nasser Aziz Hamdan Saad Kassab Barakat Shamoun",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Nasrin Shirin Parisa Leila Mina Azadeh Roya Golnaz Neda Sahar Elham Mahnaz Soheila",
        "Reza Ali Mohammad Hossein Mehdi Amir Hamid Majid Saeed Babak Farhad Behnam Kaveh Arash Dariush Omid",
        "Hosseini Ahmadi Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi Ebrahimi Mousavi Ghasemi Najafi Tehrani Farahani",
    ),
    "kurdish": (
        "Rojda Berivan Nazdar Shilan Jiyan Dilan Hêvî Ronak Avin Zhilwan Gulistan Nasrin Shirin Bahar",
        "Rebwar Dilshad Karwan Shwan Aram Sherko Kamaran Diyar Azad Hemin Rawand Bakhtiyar Sirwan Zana",
        "Karim Aziz Rashid Ahmed Mahmoud Hassan Abdullah Amin Hama Qadir Rasul Salih Faraj Bakr",
    ),
    "somali": (
        "Hodan Faadumo Amina Sahra Hibaaq Ayaan Fardowsa Sagal Deeqa Nimco Ifrah Ubah Hamdi Ladan",
        "Abdi Mohamed Ahmed Abdirahman Hassan Ali Omar Abdullahi Mahad Yusuf Ismail Farah Liban Guled",
        "Mohamed Ahmed Hassan Ali Abdi Omar Farah Warsame Yusuf Jama Hussein Aden Nur Osman Abdullahi Ismail",
    ),
    "eritrean": (
        "Helen Senait Selam Saba Tsega Meron Rahel Freweini Yordanos Hiwet Luwam Tirhas Mebrat Winta",
        "Yonas Daniel Samuel Tesfay Berhane Dawit Michael Filmon Habte Mussie Tekle Robel Amanuel Goitom",
        "Tesfay Berhe Tekle Gebremedhin Haile Kidane Mehari Ghebreyesus Tesfamariam Woldu Negash Habte Araya Asmerom",
    ),
    "polish": (
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Monika Aleksandra Karolina Justyna Beata Natalia Dorota Marta Paulina",
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Jakub Grzegorz Adam Marek Wojciech Andrzej Kamil Mateusz Rafał Dariusz",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski",
    ),
    "bcs": (
        "Amra Emina Jasmina Lejla Selma Mirela Ana Ivana Jelena Marija Dragana Sanja Azra Maja Vesna Edina",
        "Emir Adnan Amir Mirza Nermin Haris Dragan Goran Zoran Milan Nikola Marko Ivan Dejan Senad Kemal",
        "Hodžić Begić Hadžić Delić Kovačević Mehmedović Hasanović Jovanović Petrović Nikolić Marković Đurić Popović Babić Horvat Kovač Alić Mujić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Esra Merve Derya Özlem Gül Sevgi",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Kemal Yusuf Ömer Cem Volkan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt",
    ),
    "latin": (
        "María Carolina Daniela Camila Valentina Francisca Javiera Paula Claudia Andrea Patricia Lucía Carmen Marcela Fernanda Ximena",
        "José Juan Carlos Luis Jorge Pablo Diego Sebastián Felipe Cristián Rodrigo Manuel Francisco Matías Alejandro Andrés",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores",
    ),
    "thai": (
        "Siriporn Somchai Malee Nattaya Kanya Pranee Sunisa Wanida Ratana Supaporn Ploy Nok Kannika Lamai",
        "Somsak Somchai Prasert Sombat Anan Chaiwat Niran Kittisak Surachai Wichai Boonmee Thanakorn Anurak Pichit",
        "Saetang Srisuk Wongsa Chaiyaporn Thongchai Suwannarat Boonyarat Kaewkla Phromma Sukprasert Chanthara Rattana Intarasuk Somboon",
    ),
    "indian": (
        "Priya Anjali Pooja Neha Divya Kavya Sneha Lakshmi Deepa Swati Aishwarya Meera Ritu Shreya Nisha Ananya",
        "Rahul Amit Rajesh Suresh Vikram Arjun Sanjay Ravi Anil Karthik Vijay Ramesh Rohan Deepak Aditya Manoj",
        "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Shah Mehta Joshi Verma Menon Pillai Das Chatterjee Desai",
    ),
}


def _origin(parts: tuple[str, str, str]) -> tuple[Pool, Pool, Pool]:
    return zipf(parts[0], 12), zipf(parts[1], 12), zipf(parts[2], 12)


# UK-common names (ONS rankings, general knowledge), Zipf by rank, head = first 40.
UK_GIVEN_F = zipf(
    """Sarah Emma Claire Laura Rebecca Gemma Emily Sophie Charlotte Lucy Hannah Amy Jessica Olivia
    Amelia Jennifer Nicola Rachel Lisa Helen Joanne Victoria Katie Samantha Louise Kate Grace Ruby
    Chloe Megan Holly Ellie Isla Poppy Freya Alice Jade Zoe Eleanor Lauren Siobhan Fiona Bethan
    Kirsty Tracey Carol Mandy Hope Imogen Harriet Phoebe Niamh Rhiannon Gwen Bryony Tamsin Beth""",
    40,
)
UK_GIVEN_M = zipf(
    """David John Paul Michael James Andrew Mark Richard Daniel Christopher Matthew Thomas Robert
    Stephen Peter Jack Oliver Harry George Charlie William Joshua Samuel Benjamin Luke Adam Ryan
    Jamie Liam Connor Callum Lewis Alfie Archie Ian Gary Stuart Neil Graham Simon Alistair Rhys
    Owen Gareth Dylan Fraser Ewan Angus Rory Hamish Declan Ciaran Nigel Clive Trevor Barry Wayne""",
    40,
)
UK_SURNAMES = zipf(
    """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
    Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
    Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
    Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
    Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
    Jenkins Murray Dixon Harvey Pritchard O'Brien McDonald MacLeod Fitzgerald Llewellyn""",
    40,
)

# US Census 1990 (public domain; names==0.3.0's dist.* files): (name, percent), ranks 1-300.
US_GIVEN_F = census((("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),))  # fmt: skip
US_GIVEN_M = census((("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),))  # fmt: skip
US_SURNAMES = census((("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),))  # fmt: skip


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES),
    "us": Origin(US_GIVEN_F, US_GIVEN_M, US_SURNAMES),
    "uk": Origin(UK_GIVEN_F, UK_GIVEN_M, UK_SURNAMES),
    **{key: Origin(*_origin(parts)) for key, parts in OTHER.items()},
}

# Which origin a person of a row is drawn from, by the row's language. Swedish text: Sweden's
# population by background (SCB, rough shares: born in Sweden to Swedish-born parents ~74%;
# Finland ~3%, Syria/Iraq/Lebanon ~4.5%, Iran ~1.5%, Kurdish (Iraq/Turkey/Syria) ~1.3%, Somalia
# ~0.8%, Eritrea/Ethiopia ~0.6%, Poland ~1.1%, the former Yugoslavia ~2%, Turkey ~0.7%,
# Chile/Latin America ~1%, Thailand ~0.5%, India ~0.6%; the rest of the world folded into these).
# English text: the US and the UK by speakers in the text's genres, a few names common in the UK
# of Indian and Polish origin. Mixed text: Swedish names with English ones beside them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 74, "finnish": 3.5, "arabic": 5, "persian": 1.8, "kurdish": 1.5,
           "somali": 1.0, "eritrean": 0.8, "polish": 1.4, "bcs": 2.4, "turkish": 0.9,
           "latin": 1.2, "thai": 0.6, "indian": 0.8},
    "en": {"us": 50, "uk": 40, "indian": 4, "polish": 2, "arabic": 2, "latin": 2},
    "mixed": {"swedish": 50, "us": 12, "uk": 14, "finnish": 3, "arabic": 5, "persian": 2,
              "kurdish": 1.5, "somali": 1.2, "eritrean": 1, "polish": 2, "bcs": 2.5,
              "turkish": 1.2, "latin": 1.6, "thai": 0.8, "indian": 2.2},
}  # fmt: skip


def name_words() -> set[str]:
    """Every name word of every pool, case-folded, with and without diacritics."""
    words: set[str] = set()
    for origin in ORIGINS.values():
        for pool in (origin.given_f, origin.given_m, origin.surnames):
            for name in pool.names:
                for word in (name, plain(name)):
                    words.add(word.casefold())
                    words.update(part.casefold() for part in word.split("-"))
                    words.add(feminine(word).casefold())
    return words


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
