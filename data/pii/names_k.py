# ruff: noqa: E501
"""Romanised name candidates written for held-out K (issue 15, round eleven), per origin.

Written from scratch for K: not copied from `generator_names.py`, `names_e.py` ... `names_j.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_k.py
--pool` keeps only the words that no lexicon, no earlier set (E ... J included), no earlier
pool word and no tagger training pool holds (see `generate_k.py`). Rare spellings,
transliterations and old or regional forms on purpose: the common ones are in the lexicons.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Algot Brynolf Dagmara Edla Folkvid Gullan Hjalmarina Ingefrid Jonatana Kettil Liljan Magnhilda Nanny-Lo Ottilia Petrea Ragnvi Sigvard Torun Ulfhild Vivianne-Ann Yngvild Åsmund Ärna Östen-Per Bengta Carolin Eskil-Ove Frideborg Gottfrid Haldis Ingalill Jolina Kerstina Leandra Märit Nelly-Ann Olivera",
        "Ahlqvist-Ström Bergschöld Cederqvist-Hök Dahlbäck Ekwurzel Fjällström-Ås Grönhagen Hasselrot Ingelsbo Jernfeldt Kjellvander Lindeqvist-Berg Moberger Nylander-Ås Ornstedt Påhlsson Rosencrantz-Ek Sjöquist Tornérhielm Unghanse Westerlind-Bo Yxkull Åkesdotter Ängqvist Örnmark Boltenstern Ceder-Lind Drakenberg Ekstrand-Holm Frisendahl Granqvist-Lo Hammarsköld Ivarsdotter",
    ),
    "finnish": (
        "Aarni Eelina Hannele-Sofia Ilmatar Jalmari Kyllikki-Ann Lempi Mainio Niilo-Oskari Orvokki Paavali Raakel Seija-Riitta Toivo-Juhani Ukko Varpu Aune Eljas Helka Iiris-Maaria Jussi-Pekka Kerttu Laina",
        "Ahokas-Lehto Haapakoski Iivonen Jokiranta Kivilahti Lähdesmäki Mäntyniemi Nurmijärvi-Oja Ojanperä Pyykkönen Rintamäki Saarelainen-Vuo Tuominiemi Uusitupa Vartiainen-Kivi Ylinikkilä Hirvisalo Kokkonen-Ranta Lammassaari Peltoniemi-Aho",
    ),
    "norwegian": (
        "Alvhild Bjørnhild Dagrun Eilev Gudveig Halvor-Olav Ingebjørg Jøran Kolbjørn Liv-Torill Mildrid Njål Oddbjørg Ragnfrid Sigbjørn Tordis-Ann Unni-Liv Vebjørn Åsta-Marie Gunnbjørg",
        "Aasgaard-Ness Bjørnstad-Lie Dyrdal Flatebø Gjerstad-Moe Hovdenak Istad Kvamsdal Lysebø Myrvold-Aas Nordbotten Oftedal-Ruud Rønneberg Skjelbred Tveitan Vågsether Østensjø Bakketun Hølaas",
    ),
    "syrian": (
        "Abdulsattar Bayan-Rasha Duaa Ghofran Hamoudeh Ibtihal Judy-Rama Kinan-Tarek Loujain Muhannad-Ali Nawras Obada Rahaf-Sidra Shadi-Anas Taym Wissam-Jad Yaman-Nour Zainab-Lin Alaa-Eddin Fadia-Rim",
        "Al-Halabi Attasi Barakat-Nahhas Dakkak Fayyad-Sabbagh Ghazzawi Habbal Jabri-Kassem Kanawati Laham-Issa Mardini Nahlawi Qabbani-Rifai Sabbagha Tarabishi Wazzan Yazigi-Haddad Zoubi-Hamwi Shishakli Mahayni",
    ),
    "iraqi": (
        "Abeer-Noor Bushra-Aya Duha Ghufran Haider-Ali Ishtar-Rana Jinan Karrar Mustafa-Kamil Nabaa Raghad Sarmad Thuraya Wisam-Aldin Yaqeen Zahraa-Mina Athraa Dhurgham Hawraa Murtadha",
        "Al-Bayati Al-Chalabi Al-Dabbagh Al-Hakeem Al-Janabi Al-Kubaisi Al-Mashhadani Al-Nuaimi Al-Qaisi Al-Sudani Al-Taie Al-Waeli Baghdadi-Naji Jawahiri Kadhimi-Raad Nasiri-Fadhil Rikabi Basrawi Hillawi Kaabi-Jassim",
    ),
    "afghan": (
        "Aimal Benafsha Dunya-Gul Farkhunda Gulbuddin Hasina-Nur Ihsanullah Jawid-Ahmad Khalida-Nur Latifa-Gul Malalai Nasrullah Palwasha Rohullah Sediqa Tooba-Gul Wazhma Zabihullah Shabnam-Gul Najibullah",
        "Ahadi-Nur Baheer Dawlatzai Ghaznavi-Khan Haqmal Jabarkhel Khoshnaw-Zai Lodin Mohmand-Gul Nangialai Paktiawal Rahmani-Khel Safi-Zazai Taniwal Wafa-Khel Zadran-Nur Sahak Stanikzai-Amin Kochai Arsala",
    ),
    "iranian": (
        "Afsaneh-Nur Bahareh Delaram Fereshteh-Gol Golbahar Hengameh Jamileh-Sara Kamran-Ali Mahtab-Nur Negin-Sara Pegah Roxana-Mah Sohrab-Kian Tahmineh Yalda-Roya Zhaleh Arash-Kian Bijan-Reza Mandana Niloufar-Ava",
        "Amirkhani Behbahani-Pour Dehghani-Far Eghbali Farzaneh-Nia Golpayegani Hamedani-Zand Khorasani-Nejad Lankarani Mirzaei-Far Nahavandi Qazvini-Pour Rashti-Nia Shirazi-Ghazi Tehrani-Moghadam Zanjani Kashani-Far Isfahani-Rad Sabzevari Mashhadi-Nia",
    ),
    "somali": (
        "Anab-Hodan Bilan Cawo Dahabo Faduma-Ilhan Gedi Hooyo-Ayan Idil-Sahra Jawahir-Nur Kowsar Lul-Ayaan Maano Nasteexo Qali-Ifrah Rahma-Deeq Sucaad Ugaas Waris-Ladan Xamsa Yasmiin-Ubah",
        "Aadan-Cumar Barre-Xasan Cawaale Dhoorre Faarah-Jaamac Geesdiir Hirad-Ali Ilkacase Jibriil-Aw Kulmiye Laabaan Muuse-Dhaqane Nugaal Olol Qodax Raage-Ugaas Shirdoon Tarabi Warsame-Bile Xuseen-Gurey",
    ),
    "eritrean": (
        "Abeba-Selam Bisrat Daniel-Tsegay Elsa-Mebrat Feven Genet-Luwam Habtom Kibrom-Yonas Letemariam Mihret Natnael-Haile Ruth-Senait Selamawit Tesfalem Yemane-Gebre Zewdi-Abeba Aklilu Fiori-Eden Hiwet Mussie",
        "Andemariam Bahta-Kiros Desta-Gebru Estifanos Gebrekidan Hailemariam-Tes Iyasu Keleta-Berhe Mengisteab Netsereab Ogbamichael Redae-Tesfay Semere-Woldu Tekeste Weldegiorgis Yemane-Tewelde Zemichael Abraham-Gebre Fitwi Tzegai",
    ),
    "kurdish": (
        "Aryan-Rêbaz Baxtiyar Çiya-Rêzan Dêrsim Erdelan Gulnaz-Hêvî Hejar Jiyan-Rojda Karwan Lorîn Mem-Zîn Narîn-Ava Rêwan Şervan Tavga Welatxan Xezal-Rojîn Zîlan Berîvan-Roj Diyar-Azad",
        "Ahmedî-Rêz Barzanî-Hejar Cizîrî Dersimî-Ali Germiyanî Hakarî-Ruwan Jaff-Hejar Koyî-Rêbaz Mukrî-Ali Pîremêrd Qazî-Rêbaz Seydayî Şêxanî Xanî-Rêz Zaxoyî Bitlisî Hewlêrî Silêmanî-Ar Kerkûkî Amedî-Roj",
    ),
    "bosnian": (
        "Almedina Benjamin-Enes Dževad Elvedina Fahrudin Hasiba Izet-Amar Jasmila Kenan-Emin Lejlana Mevlida Nermina-Ela Osman-Alija Razija Sabina-Ena Tajib Vahida-Lea Zehra-Amra Ajdin-Haris Mirsada",
        "Avdagić Bašagić-Kurt Čengić Džinović Ferhatbegović Hadžimuratović Ibrahimpašić Jahić-Mulić Karamehmedović Lakišić Mahmutćehajić Njuhović Osmanagić-Hro Pašić-Biber Rašidkadić Sulejmanpašić Tirić-Bešo Vranić-Đogić Zildžić Kovačević-Bašić",
    ),
    "romanian": (
        "Anișoara Bogdana Costache Dorina-Ilinca Eugen-Radu Floarea Gheorghița Horia-Tudor Ileana-Maria Jenica Lăcrămioara Mirela-Oana Nicușor Olimpia Petruța Rodica-Ioana Sorin-Vlad Tudorița Viorica-Ana Zamfira",
        "Arghezescu Bălănescu Cârstoiu Dumitrașcu-Ene Enăchescu Florescu-Ciucă Ghițulescu Hârtopeanu Iordăchescu Jitaru-Bălan Lăzărescu-Pop Mărculescu Nistorescu Oprișan Pătrășcanu Răducanu-Iliescu Stănculescu Țurcanu-Vasile Vlădoianu Zăvoianu",
    ),
    "greek": (
        "Anastasoula Chrysanthi Dionysia-Eleni Evangelos-Petros Fotini Georgoula Harikleia Iraklis Kalliopi-Anna Leonidas-Stavros Melpomeni Nektaria Ourania Panagiotis-Ilias Rodanthi Stamatia Theoklitos Vasiliki-Maria Xanthippi Zacharoula",
        "Anagnostopoulou Bakoyannis-Kotsi Chatzidakis Dimopoulou-Rizou Eleftheriadou Frangoulis Giannakopoulou Hatzigeorgiou Karamanlidou Lazaridou-Papa Mavrogiannis Nikolakopoulou Oikonomidou Papadimitropoulou Rigopoulos Stathopoulou Theodorakopoulou Vlachopoulou Xanthopoulos-Ris Zervoudakis",
    ),
    "hungarian": (
        "Árpádka Boglárka-Réka Csenge Dorottya-Lili Emese-Kata Frigyes Gyöngyvér Hajnalka-Bea Ildikó-Zsófi Jolánka Kinga-Eszter Levente-Bence Márkó Nimród Orsolya-Emma Piroska-Ilka Rozália-Ági Szabolcs-Ádám Tünde-Hanna Zsombor",
        "Almásy-Tóth Bánffy Csonthegyi Dévényi-Kiss Esterházy-Bak Fekete-Győr Gyulai-Szabó Hunyadi-Kovács Ipolyi Jókai-Nagy Kemenesi Lónyay-Vida Mocsáry Nádasdy-Farkas Ormos-Baráth Pálffy Rákóczy-Szép Széchenyi-Lukács Teleki-Molnár Zrínyi-Bodó",
    ),
    "baltic": (
        "Aušrinė Dainora Eglutė Gintarė-Rūta Indrė-Vaiva Jurgita-Ona Kęstutis Laimutė Mindaugas-Jonas Rasa-Gabija Vytautė Žydrūnė Aivars-Jānis Baiba Dzintra Ilze-Laima Kristaps-Ivo Liesma Māris-Toms Zigrīda",
        "Ambrazevičiūtė Baltrušaitis Daukantaitė Gedvilienė Jankauskaitė-Rimė Kazlauskienė-Lis Mačiulytė Petrauskaitė-Vėl Šimkūnaitė Žemaitytė Ābeltiņa Bērziņa-Ozola Dzenīte Kalniņa-Liepa Krūmiņa Ozoliņa-Sīle Pētersone Vītoliņa Zariņa-Lāce Liepiņa",
    ),
    "nigerian": (
        "Adebimpe Chiamaka-Ada Folasade Ifeoluwa Kehinde-Tolu Mojisola Nkechinyere Oluwaseun-Ayo Titilayo Yetunde-Bisi Chukwuemeka Ebubechukwu Ikechukwu-Obi Nnamdi-Chidi Obiageli Temitope Adaeze-Ngozi Babajide Funmilayo Olamide",
        "Adeyemi-Bello Babatunde-Ojo Chukwuma Ekwueme-Obi Fashola-Ade Ibekwe Kalu-Nwosu Mbakwe Nwachukwu-Eze Obasanjo-Ade Ogunleye Okonkwo-Uche Olatunji Onyekachi Ransome-Kuti Soyinka-Ade Udeh Uzodinma Akintola-Ojo Ezekwesili",
    ),
    "korean": (
        "Bo-Young Chae-Won Da-Eun Eun-Ji Gyeong-Ho Ha-Neul Hye-Jin In-Sook Ji-Hoon Kyung-Mi Min-Jun Na-Yeon Seo-Yeon Soo-Ah Tae-Hyun Woo-Jin Yeon-Woo Young-Hee Jae-Sung Hyun-Woo",
        "Bang-Cho Byun Chun-Ha Gwak Heo-Min Hwang-Bo Jeon-Ahn Ko-Seo Maeng Nam-Gung Pyo Seok-Ryu Sung-Baek Tak Wang-Yoo Yeom Yook Jegal Seonwoo Dokgo",
    ),
    "japanese": (
        "Akiko-Mai Chihiro Daisuke Emiko Fumiko Haruki Hiroshi-Ken Junko Kazuhiro Keiko-Yui Masaru Naoko Rieko Sachiko Takumi Tomoyuki Yoshiko Yuriko-Aoi Kenta-Ryo Shigeru",
        "Akiyama-Sato Fujimori Hasegawa-Ito Ishikawa-Mori Kawaguchi Kobayashi-Ono Matsumura Nakagawa-Uno Ogasawara Sakaguchi Takahashi-Abe Tsukamoto Uchida-Oda Wakabayashi Yamaguchi-Ide Yoshimura Hirakawa Shimizu-Endo Kurosawa-Ota Morikawa",
    ),
    "filipino": (
        "Analyn Bienvenido Charmaine-Joy Divina Erlinda-Mae Florante Gemma-Rose Honeylyn Imelda-Joy Jhun-Rey Kristel-Ann Lourdes-Faye Maricel-Ann Nenita Perlita Rowena-Joy Shiela-Mae Teodorico Virgilio-Jun Zenaida",
        "Abueva Bautista-Cruz Cabangbang Dimaculangan Evangelista-Sy Galvez-Lim Hilario-Yap Ilagan Jimenez-Tan Lacson-Ong Macapagal-Uy Nepomuceno Pangilinan-Go Quisumbing Salvacion-Co Tolentino-Ang Umali-Chua Villanueva-Lao Yulo-Dy Zamora-Lee",
    ),
    "pakistani": (
        "Aamna Bilqees Farhat-Nur Ghazala-Rani Hamza-Bilal Iqra-Noor Javeria Kashif-Ali Mahnoor-Aiza Nabeel-Ahmed Qurat-ul-Ain Rimsha Saima-Bano Tabassum Uzma-Noor Waqas-Haider Yasir-Arafat Zunaira Shoaib-Akhtar Noreen",
        "Abbasi-Khan Bhutto-Ali Chaudhry-Aslam Durrani-Shah Gillani-Pir Hashmi-Naqvi Jatoi Khattak-Gul Leghari Mazari-Baloch Niazi-Khan Qureshi-Syed Rizvi-Shah Sheikh-Awan Tareen Warraich Zardari-Shah Jamali-Baloch Bugti Kasuri",
    ),
    "english": (
        "Ambrose-Kit Bartholomew Clementina Dorcas Elspeth-Mae Fitzroy Godfrey-Alan Honora Isadora-Bea Jocasta Kenelm Leofwine Marmaduke Noelle-Ivy Orlando-Jem Perpetua Radclyffe Sacheverell Tamsin-Rue Winifred-Ann",
        "Ackroyd-Pell Bagshawe Cattermole Dimbleby-Fox Eckersley Fotheringham Gathercole Higginbottom-Ray Ibbotson-Lake Jessop-Vane Kinnersley Loxley-Hume Mountbatten-Rye Nuttall-Crewe Oddie-Vance Postlethwaite-Ng Quarrington Ramsbottom Shufflebotham Throgmorton",
    ),
    "scottish": (
        "Ailsa-Mhairi Beathag Catriona-Jean Dughall Eilidh-Rose Fionnghal Grizel Hamish-Iain Iseabail Kirsteen Lachlan-Ruairidh Morag-Ann Murdina Oighrig Peigi Ruaraidh Seonag Somhairle Torquil-Hugh Wilhelmina-Kay",
        "Auchinleck Buchanan-Smith Colquhoun-Reid Drummond-Moray Farquharson Grierson-Hay Inglis-Baird Kinloch-Dow Lumsden Macquarrie MacIlwraith Menzies-Gow Ogilvy-Grant Pitcairn-Rae Rattray Strachan-Tod Urquhart-Bell Wedderburn Cruickshank-Oag Blackadder",
    ),
    "german": (
        "Adalbert Brunhilde-Eva Crescentia Detlev-Jan Elfriede Fridolin Gerlinde-Ute Helmtrud Isolde-Rike Jutta-Maren Kasimir Liselotte-Bea Mechtild Norbert-Ole Oswin Radegunde Sieglinde-Ina Theodora-Ulla Wendelin Xaver-Lutz",
        "Arnswald Brockhusen Dannenberg-Uhl Eulenburg Frankenfeld Göckeritz Hunoldstein Itzenplitz Kesselhut Löwenstein-Eck Münchhausen-Vogt Nettelbeck Osterholz-Rau Pfaffenrath Quistorp Rummelsburg Schnackenberg Trebbin-Haas Uckermann Wolkenstein-Rodt",
    ),
    "dutch": (
        "Aagje Berendina Cornelis-Jan Dirkje Eelco Femmigje Geertruida Hendrikje-Ans Idske Jelmer Klaasje Lammert Maaike-Roos Nienke-Lot Ouke Pieternella Roelofje Sjoerdje Tjitske Wiebe-Jan",
        "Achterberg-Hol Boekhout Damsteegt Everdingen Feddema Groenewegen-Bos Hazelhoff Ijzerman Kloosterboer Lubbers-Veen Meijerink Nieuwenhuijsen Oosterhuis-Kok Poppema Roozendaal Schoonhoven-Dijk Terpstra-Bak Valkenburg-Ros Wijnbergen Zwanenburg",
    ),
    "italian": (
        "Annunziata Bartolomeo-Gigi Concetta-Pia Domenica Ernestina Filomena-Rosa Gaetano-Enzo Immacolata Liborio Maddalena-Pia Nunzio Orsola Pasqualina Raimondo-Ugo Santuzza Tommasina Ubaldo Vincenza-Lia Zeffirino Agatina",
        "Abbracciavento Buonarroti-Gallo Caracciolo-Pio Della-Vedova Esposito-Lauro Fiorentino-Ruggeri Giannuzzi Iacovelli Lombardozzi Mastrangelo-Neri Nappolitano Occhipinti Pappalardo-Sisto Quattrocchi Russomanno Scognamiglio Tramontano-Piro Ughetti Vitaliano-Sassi Zappalà",
    ),
    "brazilian": (
        "Aparecida-Lu Benedita Creuza Dalvanice Edivaldo Francisca-Ivone Gilvanete Heloísa-Bia Ivanilde Josélia Kelvia Lucineide Marilene-Rosa Nadir Odete-Lua Raimunda Sebastiana Terezinha-Ana Valdirene Zuleide",
        "Albuquerque-Lins Bezerra-Matos Cavalcanti-Melo Damasceno Espíndola Figueiró Guimarães-Leal Holanda-Sá Itaboraí Jucá-Prado Magalhães-Reis Nogueira-Paiva Oiticica Pitanga-Rios Quintanilha Sampaio-Vaz Tavares-Lobo Uchoa Vasconcelos-Lima Xavier-Brito",
    ),
    "vietnamese": (
        "Anh-Thu Bich-Tram Chi-Mai Dang-Khoa Hong-Nhung Huu-Phuoc Kim-Thoa Lan-Huong My-Duyen Ngoc-Tram Phuc-Hau Quang-Vinh Thanh-Xuan Thien-An Trong-Nghia Van-Anh Viet-Hoang Yen-Vy Tuyet-Mai Bao-Ngoc",
        "Bui-Quang Dam-Thi Doan-Van Hua Kha-Thi Lam-Quoc Luu-Van Mai-Thi Ninh Phi-Van Quan-Thi Tang-Van To-Thi Truong-Quang Vi-Van Vo-Thi Au Diep Giap Lo-Thi",
    ),
    "chinese": (
        "Aiguo Bingbing Chenxi Duoduo Fengying Guanyu Huimin-Lu Jingyi-Xu Kangping Lihua-Mei Mingzhu Qingling Ruixue Shanshan-Li Wanting Xiuying-He Yifei-Zhu Zhenhua Xinyue Yutong",
        "Bao-Xu Chai Diao Fan-Yu Geng Huo-Li Jiang-Nan Kong-Wei Lei-Ming Mu-Lan Nie Pang-Wu Rao Sui Teng Wen-Qi Xiong-Ma Yan-Shi Zhai Zou-Lin",
    ),
    "indian": (
        "Aarohi Bhagyashree Chaitanya-Rao Damayanti Gopika-Sri Hemlata Ishwari Jyotsna-Devi Kalindi Lavanya-Sri Mrinalini Niranjana Pallavi-Rao Rukmini-Devi Sarojini Tanushree Urvashi Vasundhara Yamini-Sri Shubhangi",
        "Ayyangar-Rao Bhandarkar Chitnis-Patil Dharmadhikari Gokhale-Joshi Hiremath Jambhekar Kelkar-Apte Lokhande Mhaskar Nadkarni-Rao Pendharkar Rajadhyaksha Sawant-Desai Tambe Vaidya-Kale Wagle Yadav-Rao Khopkar Apte-Gadgil",
    ),
    "ukrainian": (
        "Bohuslava Dariia-Lesia Fedir Hordii Iryna-Olesia Khrystyna Lukiia Mariana-Ustia Nadiia-Olia Orysia Pavlyna Rostyslav Stefaniia-Ira Uliana-Lida Vira-Hanna Yustyna Zinovii Heorhii Yarema Oleksii-Mykh",
        "Antonenko-Bilyk Bezruchko Chubynska Dmytrenko-Hnat Fedorchuk-Lys Hrytsenko Ilchenko-Kyr Kozub Lytvynenko Moroz-Vovk Nechyporuk Ostapchuk-Sych Pashchenko Rudyk Savchuk-Yar Tymoshchuk Vakarchuk Yurchenko-Ivas Zhyvotovska Hryhoriv",
    ),
    "turkish": (
        "Ayşegül-Nur Berfin-Ece Cemile Dilruba Efsun Gülsüm-Naz Hatice-Kübra İpek-Su Kader-Nur Leyla-Sena Münevver Nurhayat Özlem-Ece Perihan Sevgül Tuğba-Nur Ülkü Vildan-Naz Yüksel Zübeyde",
        "Akgündüz Bilgiç-Kaya Cevizci Doğramacı Elmacıoğlu Gümüşdere Hacıömeroğlu Işıklar-Ay Karakoyunlu Kuyumcuoğlu Mollaoğlu Osmanlıoğlu-Ak Paşaoğlu Sağlamer Taşkıran-Öz Üstündağ Yeşilyurt-Ek Zorlutuna Çilingiroğlu Şahinbaş",
    ),
    "polish": (
        "Bronisława-Ewa Czesława Dobrosław Edwarda Florentyna Genowefa-Iza Honorata Jarogniew Kunegunda Ludmiła-Ola Marianna-Ida Radosława Scholastyka Tekla-Ewa Wawrzyniec Witosława Zenobia Bożydar Wieńczysław Gościsław",
        "Brzozowska-Kmieć Chmielewska-Róg Dziewulska Gąsiorowska Jabłonowska-Lis Kędzierska Łopuszańska Mikołajczyk-Bąk Nowakowska-Ryś Pawlikowska-Dąb Rzeźniczak Skrzypczak-Łoś Trzcińska Wiśniewska-Kot Zawadzka-Myśl Żmijewska Włodarczyk-Gęś Szymańczyk Kaczmarczyk-Puk Grabowiecka",
    ),
}
