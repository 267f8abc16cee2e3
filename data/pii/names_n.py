# ruff: noqa: E501
"""Romanised name candidates written for held-out N (issue 15, round fourteen), per origin.

Written from scratch for N: not copied from `generator_names.py`, `names_e.py` ... `names_m.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_n.py
--pool` keeps only the words that no lexicon, no earlier set (E ... M included), no earlier
pool word and no tagger training pool holds (see `generate_n.py`). Swedish is the largest origin
(the round's subject); old, regional and rare spellings on purpose, since the common ones are in
the lexicons.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Ambjörn Arnfrid Botilda Gölin Märet Åsvor Eldny Ingrun Runolf Rangvald Holmfrid Gunnbritt Ingevalda Alvida Arvida Bothild Elfrida Erengisle Frösve Gottfrida Gudny Hagbard Ingemo Laurentius Olaus Ottar Rikissa Roald Steneric Ärland Öllegård Algotta Arnvid Bergljot Daga Valfrid Vendla Naemi Sagalill Tyralill Gunnvi Solvig Ingveborg Anshelm Arngrim Bengtine Birgerd Björnfrid Brynhild Engelbrekt Gerhardina Gjörel Gustavina Helfrid Holmger Irmelin Jonetta Klarissa Magnilda Malkus Oddfrid Olava Ragnfast Rutgerd Sigurdina Snöfrid Staffanina Stigvald Sunnhild Svanhild Sylvestra Tordis Torgunn Torvi Tyko Åsgerd Östmar Ingwald Majvi Ingalena Gudlög Ingevar Ärnfrid Gudfast Torbern Holmfast Jungfrid Signy Ragnheid Arnljot Hallstein Gunnfrid Geirmund Toste Hallvard Sighvat Folkhild",
        "Ahlbäcken Brandelius Eklöfsson Granhjelm Hjertstedt Holmlöf Kallhage Linderoos Malmsjöö Palmkrona Sjöhielm Strandlöf Tornborg Uddenfeldt Wernstedt Kärrqvist Ljungdell Myrlund Tallhed Björklind Mossberg Starrlund Videqvist Tjärnström Rönnblad Asplöf Lönnqvist Almlöf Ekdell Sälgström Viderberg Alstermark Bäckdell Furuhed Hedlöf Högdell Kvarnlöf Lidhed Ljunglöf Malmhed Myrqvist Nässlund Ormqvist Rosdell Sandlöf Stenhed Sundlöf Tallqvist Torvqvist Vretlund Björnhed Dahlhjelm Ekehjelm Falkdell Gyllenlöf Hjortdell Lejonlöf Lindhjelm Silfverlöf Stjernlöf Svanlöf Tranlöf Uggledell Wallhed Zetterlöf Åkerhjelm Drakenhed Fältström Gripenlöf Hammarlöf Insulander Jernqvist Kronhed Mellquist Nyrén Oxelquist Rydquist Unander Vinqvist Wennquist Alfvengren Bellander Cronander Dufvander Ekander Fagrell Grönander Hellander Ingelgren Jungander Mårtensdotter Olofsdotter Persdotter Svensdotter Ersdotter Jonsdotter Matsdotter Göransdotter",
    ),
    "sami": (
        "Ánde Biret Biret-Máret Máret Elle-Kirsten Elle Kirsten Inga-Márjá Inga Márjá Jovsset Máhtte Niillas Niillas-Ánte Ánte Risten-Sárá Risten Sárá Sunná Ovllá Áile Áile-Ristin Ristin Jussá",
        "Gaup Gaup-Sara Sara Labba Labba-Kuhmunen Kuhmunen Omma-Sikku Omma Sikku Pavval Pavval-Anta Anta Sikku-Blind Blind Spiik Spiik-Nutti Nutti Turi-Labba Turi Utsi-Inga Utsi Inga Valkeapää-Jovnna Valkeapää Jovnna",
    ),
    "syrian": (
        "Ghalia Lamees Maysoun Ghiath Moataz Rouaa Tasneem Hazar Humam Mouhannad Tammam",
        "Khayyat Moussalli Hallak Kuzbari Barazi Sharabati",
    ),
    "iraqi": (
        "Muntaha Thura Afrah Inam Anfal Ishtar",
        "Lami Timimi Jaburi Khazraji",
    ),
    "afghan": (
        "Mahbooba Nilofar Storai Rahila Wajma Shugufa Zarghuna Ajmal Hekmatullah Naqibullah Samiullah",
        "Nuristani Sadozai Kohistani Panjshiri Sherzad",
    ),
    "bosnian": (
        "Sajra Hajrija Sabiha Senada Zumreta Nedžad",
        "Hadžiosmanović Kurtić Karahasanović Mujkanović Salkić Kapetanović Smajlović Ahmetašević Džaferović Ibrišimović",
    ),
    "chilean": (
        "Anyelina Pehuén Antü Ancamil",
        "Huenchullán Catrileo Nahuelpán Llancaqueo Marileo Millapán Quilaqueo Antinao Lincopil Curihual Calfucura Caniulef Quintrequeo Huaiquil Colipí",
    ),
    "oromo": (
        "Alemitu Bontu Boonaa Chaltu Lalise Dureti Gaaddisee Hawi Lensa Iftu Ayantu Kumsa Gemechu Obsa",
        "Bakalcha Gudina Dinsa Fayissa Gammachu Irranaa Jaarso Qananii Waaqo Tafa Waaqjira Yadeta Guddina Lammii Caalaa Biqilaa Dhugaa Hundee Tasfaayee",
    ),
    "chinese": (
        "Xiaowen-Yu Xiaowen Yu Mei Meiling-Qiu Meiling Qiu Shufen Yanqiu-Li Yanqiu Li Ruoxi Zihan Zihan-Mei Jiahui Jiahui-Lan Lan Haoyu Haoyu-Bo Bo Zhiqiang Zhiqiang-Wei Wei Yuxuan Yuxuan-Tao Tao",
        "Ouyang-Zhuo Ouyang Zhuo Situ-Lan Situ Lan Zhuge-Hui Zhuge Hui Shangguan Huangfu-Jin Huangfu Jin Dongfang-Li Dongfang Li Murong-Xia Murong Xia Linghu",
    ),
    "japanese": (
        "Chihiro Chihiro-Aki Aki Fumiko-Sae Fumiko Sae Haruka-Mio Haruka Mio Kiyomi Michiru Michiru-Nao Nao Natsuki Natsuki-Rin Rin Sayaka-Yui Sayaka Yui Tomoe-Kana Tomoe Kana Hideaki Hideaki-Ren Ren Kazuhiro Kazuhiro-Taku Taku Shinnosuke",
        "Fukuzawa Fukuzawa-Ota Ota Hasegawa Hasegawa-Mori Mori Kobayakawa Matsudaira Matsudaira-Ito Ito Nishikawa Nishikawa-Oda Oda Takahashi-Ueno Takahashi Ueno Yamanouchi Wakabayashi Wakabayashi-Sato Sato",
    ),
    "russian": (
        "Evdokiya Glafira-Vera Glafira Vera Klavdiya Lyubava Lyubava-Nina Nina Praskovya Svetozara Ulyana-Zoya Ulyana Zoya Yaroslava Yaroslava-Ada Ada Arkady Arkady-Gleb Gleb Svyatoslav Vsevolod-Oleg Vsevolod Oleg",
        "Belozerskaya Dolgorukova Dolgorukova-Orlova Orlova Golitsyna Kropotkina Kropotkina-Shuvalova Shuvalova Lermontova Lermontova-Rudina Rudina Obolenskaya Trubetskaya-Volkonskaya Trubetskaya Volkonskaya Zhukovskaya",
    ),
    "czech": (
        "Bohumila Bohumila-Jana Jan Jana Dobromila Ludmila-Eliška Ludmila Eliška Radmila Radmila-Věra Věra Vlasta Vlasta-Božena Božena Zdislava Bořivoj Bořivoj-Jan Přemysl-Ota Přemysl Ota Vojtěch Vojtěch-Kryštof Kryštof",
        "Dvořáková-Hrubá Dvořáková Hrubá Kratochvílová Nedomová-Pokorná Nedomová Pokorná Procházková Procházková-Říhová Říhová Sládková-Vondrová Sládková Vondrová Vaňousová Zelenková-Čermáková Zelenková Čermáková",
    ),
    "latvian": (
        "Austra-Ilze Austra Ilze Dzintra Gunta-Laima Gunta Laima Ināra-Zaiga Ināra Zaiga Mirdza Skaidrīte-Baiba Skaidrīte Baiba Valda-Vija Valda Vija Aivars-Jānis Aivars Jānis Uldis-Valdis Uldis Valdis",
        "Bērziņa Bērziņa-Kalniņa Kalniņa Dzenīte Grīnberga Grīnberga-Ozola Ozola Krūmiņa-Liepiņa Krūmiņa Liepiņa Pūcīte Vītoliņa-Zariņa Vītoliņa Zariņa Ziediņa",
    ),
    "german": (
        "Gunthilde Adelgunde Hannelore-Gisa Hannelore Gisa Irmtraud Liselotte Liselotte-Ute Ute Rosemarie-Edeltraud Rosemarie Edeltraud Waltraud Waltraud-Hedi Hedi Gottlieb Gottlieb-Kuno Kuno Hartmut Hartmut-Volker Volker Wolfram",
        "Brandenstein Brandenstein-Zeppelin Zeppelin Eichendorff Hohenlohe Hohenlohe-Bartenstein Bartenstein Kesselring Lichtenberg-Pfalz Lichtenberg Pfalz Schwarzenbach Steinacker Steinacker-Wolff Wolff Wittelsbach Wittelsbach-Roth Roth",
    ),
    "pakistani": (
        "Farzana Farzana-Shazia Shazia Ghazala Mehwish Mehwish-Rabia Rabia Naheed Rukhsana Rukhsana-Sadia Sadia Shabnam Shabnam-Uzma Uzma Tahira Tahira-Nazish Nazish Fawad-Kamran Fawad Kamran Junaid-Waqas Junaid Waqas Shahzeb Shahzeb-Usman Usman",
        "Chaudhry-Gondal Chaudhry Gondal Dogar-Tarar Dogar Tarar Gillani-Bukhari Gillani Bukhari Khokhar-Warraich Khokhar Warraich Malik Malik-Awan Awan Qureshi-Siddiqui Qureshi Siddiqui Rajput Rajput-Bhatti Bhatti Sandhu Sandhu-Cheema Cheema",
    ),
    "sinhala": (
        "Chathurika Dilhani Dilhani-Nadeesha Nadeesha Hasini Iresha Iresha-Kumari Kumari Nilmini-Sewwandi Nilmini Sewwandi Thilini Dilshan Dilshan-Kasun Kasun Nuwan-Chaminda Nuwan Chaminda Thisara",
        "Abeysekera-Perera Abeysekera Perera Dissanayake-Bandara Dissanayake Bandara Gunawardena Jayawickrama-Silva Jayawickrama Silva Rajapakse-Herath Rajapakse Herath Senanayake-Wijeratne Senanayake Wijeratne Wickramasinghe",
    ),
    "nepali": (
        "Bishnu-Maya Bishnu Maya Laxmi-Devi Laxmi Devi Nirmala Nirmala-Kumari Kumari Sabita Sarita-Gurung Sarita Gurung Sushmita Bikash-Raj Bikash Raj Prakash-Man Prakash Man Sagar-Bahadur Sagar Bahadur",
        "Adhikari-Bhandari Adhikari Bhandari Dahal-Pokharel Dahal Pokharel Ghimire-Koirala Ghimire Koirala Lamichhane Shrestha Shrestha-Tamang Tamang Thapaliya Thapaliya-Poudel Poudel Upreti",
    ),
    "akan": (
        "Adwoa-Akosua Adwoa Akosua Afua-Ama Afua Ama Akua-Esi Akua Esi Efua Yaa Yaa-Abena Abena Kwabena Kwabena-Kojo Kojo Kwame-Yaw Kwame Yaw Kofi Kofi-Kwaku Kwaku Fiifi",
        "Amponsah Amponsah-Boateng Boateng Asamoah Asamoah-Gyan Gyan Boakye-Danquah Boakye Danquah Darko-Frimpong Darko Frimpong Gyamfi-Owusu Gyamfi Owusu Kuffour Kuffour-Nkansah Nkansah Ofori-Atta Ofori Atta Sarpong Sarpong-Yeboah Yeboah",
    ),
    "lingala": (
        "Bolingo-Gracia Bolingo Gracia Mbuyi Mbuyi-Nsimba Nsimba Ntumba Nzeba Nzeba-Kapinga Kapinga Tshiala Ilunga-Kabongo Ilunga Kabongo Makiese-Lutete Makiese Lutete Mukendi",
        "Kabasele Kabasele-Tshamala Tshamala Kalombo-Mbuyi Kalombo Mbuyi Lumumba Lumumba-Tshibanda Tshibanda Mbemba-Ngoy Mbemba Ngoy Mulumba Mulumba-Kazadi Kazadi Tshisekedi-Nkulu Tshisekedi Nkulu",
    ),
    "zulu": (
        "Nomvula Nomvula-Thandi Thandi Nokuthula Sibongile-Zodwa Sibongile Zodwa Thembeka Zanele-Lindiwe Zanele Lindiwe Bhekizizwe Mandla Mandla-Sipho Sipho Themba-Vusi Themba Vusi",
        "Buthelezi-Zulu Buthelezi Zulu Dlamini Dlamini-Khumalo Khumalo Mthembu-Ngcobo Mthembu Ngcobo Ndlovu-Mkhize Ndlovu Mkhize Shabalala-Zungu Shabalala Zungu Xaba Xaba-Mabaso Mabaso",
    ),
    "malay": (
        "Nurul Nurul-Aina Aina Siti-Hajar Siti Hajar Wan Wan-Nurul Farhana Farhana-Izzati Izzati Syazwani Hafizuddin Khairul Khairul-Anwar Anwar Syafiq",
        "bin bin-Abdullah Abdullah Hamzah Hamzah-Yusof Yusof Ismail-Rahman Ismail Rahman Mokhtar Mokhtar-Zainal Zainal Sulaiman-Ariffin Sulaiman Ariffin Zakaria-Hashim Zakaria Hashim",
    ),
    "english": (
        "Ptolemy Temperance Wilfreda Godric Inigo Lancelot Septimus Tarquin Wystan Zebedee",
        "Blennerhassett Sackville Trevelyan Gedge Pinchbeck",
    ),
}
