# ruff: noqa: E501
"""Romanised name candidates written for held-out H (issue 15, round eight), per origin.

Written from scratch for H: not copied from `generator_names.py`, `names_e.py`, `names_f.py`,
`names_g.py`, the lexicons or the tagger's training generator. Not every candidate is used:
`generate_h.py --pool` keeps only the words that no lexicon, no earlier set (E, F and G
included), no E, F or G pool word and no tagger training pool holds (see `generate_h.py`).
Rare spellings on purpose: the common ones are in the lexicons already.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Adolfina Birger-Olof Cecilie Edla Fabian-Nils Gunvor Helmer Idun Jonatan-Elis Kjellaug Lovisa-Mi Malkolm Nore Ottilia Palmira Rutger Sigvard Tekla Ulrika-Lo Verner Wendla Åsbjörn Ebba-Stina Gullan Hildur Ingemund Jakobina Karolin Lydia-Mae Mauritz Ninni Olivia-Rut Påvel Sune-Erik Tora Ville",
        "Almqvist-Ek Bondeson Cronhielm Dalquist Ekwall Fahlgren Granqvist Hallbäck Ingvarsson-Bro Jarlhed Kullenberg Lidström-Ek Mörner Nerman Olivecrona Palmstierna Rudbeck Skogsberg Tamm Uggla Wachtmeister Zethelius Åhlund Ödquist Bratt Cöster Eckerbom Falkenstam Gripenstedt Hjort af Ornäs Juhlén Klintberg Lundeqvist Morén Norrgård Sparre",
    ),
    "finnish": (
        "Aatos Eelis Hilkka Iivari Jooseppi Kaino Lahja Mikaela-Aino Niilo Orvokki Paavo-Ilmari Raili Seppo-Juhani Tyyne Unto Vieno Alpo Elsa-Maria Heimo Inkeri Jouko Kauko Lyyli Mirjami",
        "Aaltonen-Berg Hakulinen Immonen Jääskeläinen Kokkonen Lehtimäki Miettinen Nykänen Ollikainen Pitkänen Räsänen Seppälä Tikkanen Vartiainen Ylönen Huttunen Kinnunen Lappalainen Mustonen Partanen Rautiainen Suominen",
    ),
    "syrian": (
        "Abdulrahman Batoul Dalia-Nour Ezzat Farah-Lin Ghaith Hala Inas Joud Kenan Layal Majd Nagham Orwa Raneem Safaa Tayseer Waed Yazan Zainab-Lina Aws Buthaina Hazem Lama Muayad Rahaf",
        "Al-Ahmad Al-Halabi Arnaout Barakat Dakkak Fakhoury Haffar Jazairi Kahhaleh Kurdi-Said Maarrawi Nashawati Qassab Rahhal Sawaf Tabbaa Zaitoun Akkad Bakri Darwish-Ali Homsi Kayyali Midani Shaar",
    ),
    "iraqi": (
        "Ammar Baneen Dhuha Hayder Israa Kadhim Maysoon Noor-Ulhuda Qais Ruqaya Sajad Thamer Usama Wurood Zahraa Athraa Hussein-Ali Marwa-Jan Mustafa-Kamil Zaid",
        "Al-Jubouri Al-Tamimi Al-Rubaie Al-Shammari Al-Obaidi Al-Saadi Al-Dulaimi Al-Khafaji Al-Musawi Al-Zubaidi Baghdadi Hilli Karbalai Mosuli Najafi-Hassan Samarrai",
    ),
    "iranian": (
        "Anahita Babak-Ali Darius Elaheh Farshid Golnar Hasti Kaveh Laleh Mehrdad Nasrin-Sadat Parisa Roozbeh Shahrzad Taraneh Yashar Ziba Atefeh Behnam Dariush Forough Kourosh Mojgan Sohrab",
        "Abbasian Bagheri Dastmalchi Farahani Golshiri Hosseinzadeh Jafarian Kazemi Lotfi Mousavi Naderi Parsa Rahnama Shirazi Tehrani Zarrabi Asadi Bahrami Esfahani Ghorbani Kiani Moradi Nouri Sadeghi",
    ),
    "somali": (
        "Anab Bashir-Ali Deeqa Fartuun Guleed Hodan Idil Kowsar Luul Muna Nimco Qamar Roble Sagal Shukri Ubax Warsan Xaliimo Yurub Cawo Filsan Hibaaq Maandeeq Sucaad",
        "Aadan Bulxan Ciise Dhoorre Egal Farah-Nur Gacal Hirsi Jaamac Kaariye Liibaan Mohamud-Jama Nageeye Oday Rooble Samatar Tarabi Ugaaso Warfaa Xirsi Yuusuf Cartan Duale Guled",
    ),
    "eritrean": (
        "Abrehet Berhane Dawit-Yonas Elsa-Tsega Filmon Gidey Hiwet Kidane Luwam Medhanie Natnael Robel Saba-Lia Tekie Yordanos Zufan Azieb Eyob Goitom Meron",
        "Andemariam Bereket-Ab Debesay Ghebrehiwet Habtom Kidane-Mariam Mebrahtu Ogbazghi Petros Sereke Tewolde Woldu Yemane Zemichael Araya Gebrezgi Kifle Mehreteab Semere Teklehaimanot",
    ),
    "ukrainian": (
        "Bohdana Dmytro Halyna Ivanna Khrystyna Lesia Myroslav Nazar Oksana-Mariia Orest Roksolana Solomiia Taras-Ivan Uliana Volodymyra Yarema Zoryana Ihor Mykola Ostap",
        "Bondarenko Danylyuk Franko Hrytsenko Ivashchenko Kovalchuk Lysenko Marchenko Oliinyk Pavlenko Romanenko Savchuk Tkachenko Vovk Yatsenko Zinchenko Boiko Dovzhenko Kravets Melnychuk",
    ),
    "greek": (
        "Anastasios Chrysoula Dimosthenis Eleftheria Fotini Georgia-Maria Ioulia Kyriakos Leonidas Maroula Nektarios Panagiota Rigas Stamatia Theofanis Vasiliki Xenofon Zoi Athina Charalambos",
        "Anagnostopoulos Chatzidakis Dimitriou Fragkou Georgiadis Ioannidou Karamanlis Lambrou Mavridis Nikolaidis Oikonomou Papadimitriou Sotiropoulos Theodorakis Vlachos Xydakis Zervas Angelopoulos Karagianni Stavrou",
    ),
    "albanian": (
        "Arbër Blerina Driton Elira Fatos Gentiana Ilir Jehona Kujtim Liridona Mimoza Nderim Pranvera Qëndrim Rrezarta Shpend Teuta Valmir Xhevdet Zana Besnik Flaka",
        "Berisha Dushku Gashi Hoxha Istrefi Krasniqi Lleshi Morina Nimani Osmani Pllana Qerimi Rexhepi Sylejmani Thaçi Uka Veseli Xhaferi Zeqiri Bytyqi Haliti Musliu",
    ),
    "chilean": (
        "Anselmo Bernardita Clemente Dominga Eliseo Filomena Gumersindo Hortensia Ignacia-Paz Jacinto Lautaro Macarena Nolberto Olegario Pía-Antonia Rosendo Segismundo Trinidad Violeta-Luz Wenceslao",
        "Alvear Barahona Contreras-Yáñez Dinamarca Errázuriz Figueroa-Lillo Guajardo Hidalgo-Soto Inostroza Jofré Leiva Millán Norambuena Ossandón Pizarro-Rojas Quiroga Saavedra Troncoso Urrutia Vergara",
    ),
    "english": (
        "Alaric Beatrix Clemency Dorian Ellery Fenella Gideon Honora Isadora Jocasta Leofric Marigold Ninian Ottoline Peregrina Roderick Sebastiana Tamsin Ulric Verity Winifred Ambrose Cressida Evander",
        "Allardyce Bulstrode Coldicott Dimbleby Entwistle Fothergill Gathercole Hebblethwaite Inchcombe Jowett Knatchbull Leadbetter Micklethwaite Nethercott Oldroyd Postlethwaite Ramsbottom Shufflebotham Tolputt Underhill Whitelegg Ackroyd Bottomley Clutterbuck",
    ),
    "chinese": (
        "Haoran Jiayi Lingyun Meiling Ruoxi Shuang Tianyu Xinyi Yiming Zihan Chunhua Guoqiang Huimin Junjie Qiuyue Wenjing Xiaobo Yanting",
        "Bai Cao Deng Feng Gao Guo Han He Jiang Kong Liao Lu Meng Peng Qian Shen Tang Wei Xie Yan Zeng Zhou-Larsson",
    ),
    "filipino": (
        "Analyn Bienvenido Crisanto Divina Edilberto Florante Gemma-Rose Herminio Jericho Leonora Marivic Nenita Perlita Rommel Rosalinda Teodulo Virgilio Zenaida",
        "Aquino Bautista Cabrera Dimaculangan Esguerra Fajardo Gatchalian Ilagan Lacson Macaraeg Pangilinan Quisumbing Salonga Tolentino Villanueva Yuchengco Manalo Dizon",
    ),
    "tamil": (
        "Aravind Bhuvana Dhanush Eswari Gowtham Hemalatha Ilango Janani Karthikeyan Lavanya Manikandan Nithya Pradeep Revathi Saravanan Thenmozhi Vignesh Yamini",
        "Annamalai Balasubramanian Chidambaram Duraisamy Ganesan Ilangovan Jeyaraj Kandasamy Mahalingam Natarajan Palanisamy Ramasamy Sivakumar Thangavel Velusamy Murugesan",
    ),
}
