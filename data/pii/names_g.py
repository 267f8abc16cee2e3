# ruff: noqa: E501
"""Romanised name candidates written for held-out G (issue 15, round seven), per origin.

Written from scratch for G: not copied from `generator_names.py`, `names_e.py`, `names_f.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_g.py
--pool` keeps only the words that no lexicon, no earlier set (E and F included), no E or F pool
word and no tagger training pool holds (see `generate_g.py`). Rare spellings on purpose: the
common ones are in the lexicons already.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Botvid Dyveke Elvira-Sofi Folke Gerd-Inger Hjördis Ingvald Jöns Kerstin-Maj Lennartina Märit Nanny Orvar Petrina Ragnfrid Sixten Tyra-Li Ulvhild Valdemar-Emil Yngvild Algot Bengta Carolus Dagmara Eskil Frideborg Gottfrid Hulda Ingrid-Britt Joar Kettil Lisen Magnhild Nils-Åke Otilia Ramborg Signild Tjelvar Unni Vivianne",
        "Ahlqvist Bergendal Cederholm Drakenberg Ekstedt Flodin Gyllenhammar Hammarlund Isaksén Jernberg Klingspor Linnarsson Malmsjö Norlander Odhner Pettersén Ringbom Sahlberg Tornvall Ulvaeus Vallgren Wennerholm Ytterström Åkerlind Ödmark Abrahamzon Brolin Dufva Enquist Forsgren Grahnström Hedquist Ingelsson Juhlin Kihlberg Lagercrantz Mannerfelt Nygårdh Oscarsson-Lind Qvarnström Rydqvist Stiernstedt",
    ),
    "finnish": (
        "Aapeli Eeva-Liisa Helvi Ilmari Jaakko Kyllikki Lauri Mielikki Nestori Oiva Pirkko Reino Saima Taisto Ulla-Maija Veikko Aili Eino Hellä Irmeli Jalmari Kaarlo Lempi Martti Onni",
        "Ahonen Haapala Ihalainen Jokela Kärkkäinen Laakso Mäkelä Niskanen Oksanen Pulkkinen Rantanen Salminen Tiainen Turunen Väisänen Ylitalo Hirvonen Keskinen Leppänen Manninen Nieminen Pesonen Rissanen Savolainen Tuominen",
    ),
    "arabic": (
        "Aboud Bilal Duaa Fadi Ghofran Haitham Ibtisam Jihad Kinana Loay Mouayad Nisreen Obada Qusay Rasha Shaimaa Tamer Wissam Yamen Zeina Ahlam Basel Dima Firas Hussam Lujain Mohanad Raghad Sawsan Taim",
        "Al-Hakim Abu-Zeid Al-Masri Bitar Dabbagh Farra Ghazal Hamwi Idlibi Jabbour Kanaan Lahham Mardini Nahhas Qabbani Rifai Sabbagh Tarabishi Wehbe Zoabi Attar Baroudi Chamsi Dayoub Haddadin Jaber Khatib Mouallem Najjar Shami",
    ),
    "persian": (
        "Afsaneh Bahram Changiz Delaram Ehsan Farnaz Goli Hooman Jaleh Kamran Ladan Mahtab Nima Omid Pegah Ramin Sepideh Touraj Vahid Yasaman Zohreh Arezoo Bardia Dorsa Esfandiar Faraz Homa Kiana Mitra Payam",
        "Amini Behzadi Dehghan Ebrahimi Ghaffari Heydari Jahangiri Kashani Khalili Mahmoudi Nikpour Pourmand Rostami Sharifi Tavakoli Vaziri Yazdani Zand Ansari Bakhtiari Daneshvar Eskandari Firouzi Habibi Kermani Mirzaei Najafi Rezaei Soltani Yousefi",
    ),
    "afghan": (
        "Ahmad-Zia Bibi Fahim Gulalai Habiba Jawed Khalida Lutfullah Malalai Nasir Palwasha Rahmatullah Shabnam Tamim Wahida Zarghona Aziza Farid Hamida Mirwais Nazifa Rohullah Sadia Zabihullah",
        "Ahmadzai Barakzai Durrani Ghani Hotak Jalali Karzai Mangal Noorzai Popal Rahimi Safi Stanikzai Wardak Yousafzai Zazai Amiri Hakimi Kakar Mohmand Nazari Popalzai Sultani Zadran",
    ),
    "somali": (
        "Abdikarim Ayaan Bilan Cabdi Dahabo Faisal Hamdi Ifrah Jamaal Khadra Mahad Najma Ridwan Sadiya Ubah Waris Xamza Yasmiin Zamzam Asad Fardowsa Hamza-Ali Istahil Maryan",
        "Abdi Barre Cali Dualeh Elmi Fiqi Galaydh Hassan-Nur Jibril Kahin Maxamed Nuur Qalinle Raage Shire Ugaas Warsame Xasan Yare Adan Buraale Dirie Gurey Mataan Salaad",
    ),
    "eritrean": (
        "Aklilu Biniam Daniel-Tesfay Eden Fiyori Ghidey Helen-Mekdes Isaias Kibrom Lidia Mebrat Nahom Rigbe Samson Tesfalem Winta Yonas Zewdi Amanuel Bereket Eyerusalem Hagos Mehari Selam",
        "Abraha Berhe Desta Fesseha Gebremedhin Habte Iyassu Kahsay Mengistu Negash Russom Solomon Tekle Weldemichael Yohannes Zerai Asmerom Bahta Ghebremariam Hailu Keleta Measho Sibhatu Tsegai",
    ),
    "kurdish": (
        "Avin Berivan Chra Dilovan Evin Goran Hawre Jiyan Karwan Lana Mardin Nesrin Peshawa Rojin Saman Shirin-Dil Tara Warzer Zhilwan Aras Bawan Darya Hemin Kani",
        "Ahmadi Barzinji Dizayi Hawezi Jaff Karadaghi Muhammadi Nawroli Pishdari Rawanduzi Shwani Taha Xoshnaw Zangana Baban Dosky Harki Kurdi Mukriani Pirot Sorani",
    ),
    "turkish": (
        "Arda Berkay Cansu Dilek Eda Ferhat Gizem Hakan Ilkay Kaan Leyla-Nur Melike Nurhan Oğuzhan Pınar Rabia Selin Tuba Ufuk Volkan Yeliz Zerrin Batuhan Ceyda Emre-Can",
        "Akbulut Bayram Cengiz Demirtaş Erdoğdu Gündoğdu Hacıoğlu Ilgaz Kılınç Karakaya Mutlu Oral Polat Sarıkaya Tatlıses Uçar Yavuz Zorlu Altıntaş Bozkurt Çetin Doğru Ekinci Güneş Taşkın",
    ),
    "bosnian": (
        "Adis Belma Dino Elvir Fikreta Hajrudin Irma Jasmina Kemal Lamija Mensur Nadira Redžep Samra Tarik Vedad Zlatan Almir Benjamin-Ado Ejla Enver Medina Nedim Sanela",
        "Alagić Bećirović Ćatić Dervišević Efendić Fejzić Hodžić Ibrišević Jašarević Karić Ljubović Mujkić Nuhanović Osmanović Pašić Rizvanović Salihović Tahirović Uzunović Vrabac Zukić Avdić Bajrić Hasanbegović Muratović",
    ),
    "polish": (
        "Bożydar Czesława Dobromir Eugenia Florian Grażyna Hieronim Izydor Jadwiga Konstancja Ludomir Marianna Radomir Sławomira Teodozja Wojsław Zbysław Aniela Bolesław Dobrawa",
        "Andrzejewski Błaszczyk Cieślak Domańska Fijałkowski Głowacka Jabłoński Kołodziej Lewandowska Majewski Nowicka Olszewski Pawlak Rogalska Sobczak Szulc Walczak Zalewska Bielecki Dudek",
    ),
    "spanish": (
        "Araceli Benjamín Catalina-Paz Dagoberto Esperanza Froilán Graciela Heriberto Inmaculada Joaquina Leonel Maite Nahuel Odalys Pascual Rosalba Sebastián-Ignacio Tránsito Valentina-Sol Ximena",
        "Aravena Bustamante Cifuentes Donoso Echeverría Fuenzalida Gajardo Huerta Irarrázaval Jara Lagos Maturana Navarrete Orellana Poblete Quezada Riquelme Sepúlveda Toledo Valdebenito Zamorano Astudillo Cárcamo",
    ),
    "english": (
        "Aurelia Bartholomew Cosima Digby Euphemia Florian-James Griselda Horatio Imogen Jago Kenelm Lavinia Montague Nerys Orlando Pollyanna Quentin Rosamund Saffron Tobias Ursula Valentine Wilfred Xanthe",
        "Ashdown Birtwistle Cholmondeley Dunstable Featherstone Grimshaw Haworth Illingworth Jellicoe Kettlewell Langstaff Mossop Nettleship Oddie Pennyfeather Rackham Sowerbutts Thistlewood Utteridge Venables Wainwright Abernethy Bellingham Cruickshank",
    ),
    "asian": (
        "Anh Bao-Chau Chanthira Duc Jintana Kanokwan Lan Minh-Tuan Nattapong Phuong Quang Siriporn Thao Wei-Ling Xiaoming Yuting Zhiwei Ratana Somchai Huong",
        "Boonsong Chaiyasit Duong Huynh Jittima Kongsiri Lam Ngo Phan Rattanakorn Sukprasert Thongchai Vuong Wongsawat Xu Zhang Chen-Lindqvist Liang Srisuk Trinh",
    ),
}
