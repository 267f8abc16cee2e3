# ruff: noqa: E501
"""Romanised name candidates written for held-out M (issue 15, round thirteen), per origin.

Written from scratch for M: not copied from `generator_names.py`, `names_e.py` ... `names_l.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_m.py
--pool` keeps only the words that no lexicon, no earlier set (E ... L included), no earlier
pool word and no tagger training pool holds (see `generate_m.py`). Rare spellings,
transliterations and old or regional forms on purpose: the common ones are in the lexicons.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Abelina Brynolf Cornelis-Bo Dorotea-Li Efraim-Jon Fridolina Gudmunda Helmfrid Ingeborga Jonatan-Ek Kjellaug Linnea-Sol Magnhilda Nils-Åke-Bo Oskara Petronella-Mi Ragnvi Sixtena Tyra-Lo Ulrika-Ek Vendela-Bo Wilhelmina-Li Åsmund-Per Önnevi Gunvald-Lo Hjalmara Ingolf-Bo Sverkera Torgils",
        "Adlercreutz-Moll Björkegren-Ahl Cederhielm Dahlgren-Strand Ekesparre Fleetwood-Berg Gripenstedt Hamilton-Ek Lagerbielke Mörner-Åhs Nordenfalk Posse-Rydh Rålamb-Ek Sparre-Bonde Stackelberg-Ek Tersmeden Uggla-Ståhl Wachtmeister-Ros Adelswärd-Lo Bielke-Rask Cronstedt-Ahl Ehrensvärd-Bo Funck-Holm Gyllenkrok Horn-af-Ås Klingspor-Ek",
    ),
    "norwegian": (
        "Aslaug-Marit Bjørghild Dagfinn-Ola Eldbjørg Gudbrand-Ivar Halldis-Sunniva Ingvild-Tove Jostein-Arne Kjellfrid Liv-Unni Magnar-Odd Oddveig Ragnfrid-Siv Sigbjørn-Alf Torbjørg Vebjørn-Eivind",
        "Aasgaarden Bjørnstad-Vik Dyrhaug Flatebø-Moe Gjerstad-Lie Haugland-Tveit Kvamsdal Løvaas-Rønning Myrvold-Sæther Nordbø-Holm Røysland Sjursen-Vik Tørresdal Ulvestad-Aas Vatnaland",
    ),
    "danish": (
        "Abelone Bodil-Kirstine Dorte-Marie Esben-Troels Frede-Palle Gunhild-Lis Holger-Aage Jytte-Birthe Karen-Mette Lisbet-Hanne Mogens-Preben Rigmor-Ulla Sofus-Valdemar Tove-Inger",
        "Bjerregaard-Lund Dalgaard-Holm Fuglsang-Bech Gammelgaard Hvidtfeldt Kjærsgaard-Riis Lindhardt-Bo Møllegaard Nørgaard-Thy Østergaard-Skov Refsgaard Skovgaard-Juhl Tørsleff Vestergaard-Bak",
    ),
    "lithuanian": (
        "Aušrinė Birutė-Dalia Danutė-Rūta Eglutė Gintautas-Jonas Ilona-Vaida Jūratė-Lina Kęstutis-Algis Laimutė Mindaugas-Rimas Neringa-Ieva Ramunė-Aistė Saulius-Vytas Vilija-Jolanta Žydrūnas",
        "Adomaitytė Balčiūnienė Dambrauskas-Vaitkus Grigaliūnas Jankauskienė-Rudis Kairys-Mažeika Lukoševičius Mikalauskaitė Navickienė-Petras Paulauskaitė Rimkutė-Šimkus Stankevičienė Urbonavičiūtė Žukauskaitė-Vilkas",
    ),
    "hungarian": (
        "Aranka-Zsófi Boglárka-Réka Csongor-Bence Dorottya-Enikő Etelka Gyöngyvér Hajnalka-Ildi Jolán-Piroska Kálmán-Ödön Levente-Zsolt Mariska-Emőke Orsolya-Kata Szilárd-Tibor Tünde-Ágota Vilmosné",
        "Bárdossy Csathó-Kertész Dobozi-Nagy Erdélyi-Szabó Fekete-Győri Gombocz Halmágyi-Vass Jászberényi Kovácsné-Tóth Lengyeltóti Mészöly-Bakó Nyirő-Pálfi Szentgyörgyi Tordai-Fodor Vörösmarty-Kun",
    ),
    "romanian": (
        "Anișoara Brândușa-Ioana Cornelia-Vali Dumitrița Florentina-Oana Gheorghița Ileana-Sânziana Lăcrămioara Mioara-Dana Niculina Petruța-Ana Rodica-Viorica Tudorița Violeta-Ancuța Zamfira",
        "Bălănescu-Popa Constantinescu-Dinu Dragomirescu Enăchescu-Radu Grigorescu-Moga Ionescu-Vlad Lungoci-Stan Mărgineanu Niculescu-Olt Pârvulescu-Ene Rădulescu-Bran Stănescu-Mușat Teodorescu-Hanț Vlădescu-Moraru",
    ),
    "greek": (
        "Aikaterini-Eleni Chrysoula Despoina-Maro Eftychia Kalliopi-Niki Konstantina-Voula Paraskevi-Eva Stavroula Theodora-Fofo Vasiliki-Koula Xanthippi Evangelos-Tasos Panagiotis-Giorgos Spyridon-Takis Charalambos",
        "Andreadaki-Rousou Chatzidakis Dimopoulou-Sakka Economopoulos-Lytra Georgakopoulou Karamanlidou-Zervas Konstantopoulou Mavrogordatou Nikolaidou-Pappa Papadimitriou-Kalas Stavropoulou-Rigas Theodorakopoulou Tsakalidou-Varvaki Zacharopoulou",
    ),
    "turkish": (
        "Ayşegül-Nur Berrin-Sevgi Cemile-Naz Dilruba Emine-Gülşen Feraye Gülbahar-Su Hatice-Nihal İlkay-Deniz Kadriye Lütfiye Nurhayat-Ece Şükriye Türkan-Yeşim Zübeyde-Naz Muzaffer-Can",
        "Akbulut-Kaya Bozkurtoğlu Çakıroğlu-Ergin Dumanlıoğlu Eroğlu-Sancak Gümüşdere Hacıoğlu-Tekin Karabulutoğlu Kuşçuoğlu Öztürkmen-Şen Sarıkaya-Ekinci Topaloğlu-Uçar Yıldırımoğlu Zengin-Aslantaş",
    ),
    "kurdish": (
        "Avîn-Dilan Berfîn Dilşa-Rojîn Evîndar Gulistan-Hêvî Jînda Nûjiyan Rewşen-Zîn Şîlan-Viyan Zozan-Berîvan Azad-Rêbaz Bawer-Şoreş Dildar-Kawa Serhad-Ciwan",
        "Amedî-Botan Berwarî Dêrsimî Xoşnaw-Barzan Hewramî-Kaka Mêrgasorî Qazî-Rêkanî Şêxanî Zaxoyî-Dosky Soranî-Pîrot",
    ),
    "persian": (
        "Azarmidokht Banafsheh-Nasrin Delaram Farangis-Mahin Golnaz-Parvin Homayra Katayoun-Mina Mahsima Nastaran-Roya Parichehr Shahrzad-Tara Touran-Zhaleh Bahman-Kourosh Dariush-Farhad Khashayar",
        "Afsharzadeh Bakhtiari-Nejad Esfandiari-Rad Ghorbanpour Hosseinzadeh-Mir Jahanbakhsh Karimabadi Mahmoudian-Far Nazemzadeh Rafsanjani-Pour Shahrokhi-Vand Tabatabaei-Nia Yazdanparast Zolfaghari-Rad",
    ),
    "somali": (
        "Ayaan-Hodan Faduma-Sahra Hibaaq Ifrah-Ubah Khadra-Hamdi Maryan-Ladan Nimco-Deqa Qamar-Sagal Ruqiya-Idil Shukri-Hawo Cawaale Faarax-Geedi Jaamac-Abdi Xasan-Cali Yuusuf-Guuleed",
        "Cabdullaahi Cilmi-Warsame Faarax-Jaamac Geeddi-Xirsi Maxamuud-Cumar Nuur-Samatar Qorane Shirdoon-Diiriye Warfaa-Caynaanshe Xuseen-Dualeh Yusuf-Gurey Cigaal-Boqor",
    ),
    "tigrinya": (
        "Abrehet Berhane-Tsige Ghenet-Luwam Hiwet-Selam Kidane-Yonas Letekidan Mehret-Azieb Nigisti Rahwa-Senait Saba-Freweini Tesfalem Yordanos-Meron Zewdi-Helen",
        "Araia-Gebre Berhe-Kahsay Gebrekidan Habtezion-Tekle Kidanemariam Mebrahtu-Asfaha Negassi-Woldu Okbazghi Semere-Tesfai Tewolde-Berhane Weldemichael Yemane-Ghebre",
    ),
    "swahili": (
        "Amani-Zawadi Baraka-Imani Faraji Halima-Rehema Neema-Upendo Pendo-Asha Subira Tumaini-Zuhura Wanjiru-Njeri Zawadia Jabari-Juma Kamau-Otieno Mwangi-Baraka Wekesa",
        "Achieng-Otieno Kamaujiru Kiprotich-Langat Mutiso-Kioko Njoroge-Wairimu Ochieng-Odhiambo Wafula-Simiyu Kiplagat-Cheruiyot Mwakasege Nyamweya-Onyango Rotich-Kipchumba",
    ),
    "hausa": (
        "Aishatu-Hauwa Balaraba Delu-Jummai Fatsuma Hadiza-Zainab Indo-Mairo Ladidi Rakiya-Saratu Talatu Yelwa-Kande Garba-Lawal Haruna-Sani Musa-Dauda",
        "Abubakar-Danjuma Bello-Kangiwa Dankwambo Garba-Gwarzo Kwankwaso-Sule Maitama Rimi-Tofa Shekarau-Dambatta Yakasai Zango-Kura",
    ),
    "igbo": (
        "Adaeze-Nneka Chidinma-Ugo Ezinne Ifeoma-Obiageli Kelechi-Chika Nkechinyere Ogechukwu Uchechi-Ada Chukwuemeka-Ike Obinna-Chidi Somtochukwu",
        "Anyanwu-Okeke Chukwuma-Eze Ezeonwuka Igwebuike-Obi Nwachukwu-Ani Okonkwo-Udeh Onyeabor Ugochukwu-Nweke Uzodinma-Ekwueme Nwosu-Okafor",
    ),
    "vietnamese": (
        "Bích-Ngọc Diệp-Anh Hằng-Nga Khánh-Linh Lệ-Quyên Mỹ-Duyên Ngọc-Hân Phương-Thảo Quỳnh-Như Thúy-Vân Tuyết-Mai Xuân-Đào",
        "Nguyễn-Thị Phạm-Thanh Trương-Văn Huỳnh-Ngọc Lưu-Bảo Đặng-Quốc Vương-Đình Hoàng-Kim Tạ-Minh Lâm-Phúc",
    ),
    "filipino": (
        "Analyn Bituin-Ligaya Corazon-Diwata Dalisay Erlinda-Marites Florencia-Joy Ligaya-Rosario Marilou-Jhen Perlita Remedios-Nenita Teodora-Luzviminda",
        "Bayani-Dimaculangan Dimaano Evangelista-Macaraeg Gatdula Lacson-Magsaysay Macapagal-Ilagan Panganiban-Tolentino Sumulong Villanueva-Dizon Yabut-Quisumbing",
    ),
    "korean": (
        "Bo-yeong Chae-won Da-eun Eun-jeong Ha-neul Hye-rim Ji-yeon Min-seo Seo-yun So-hee Yeon-woo",
        "Baek-Namgung Hwangbo Jegal-Seo Namgung Seonwoo Sagong Dokgo Hwangbo-Kang",
    ),
    "polish": (
        "Bożenna-Ewa Czesława Dobrosława Genowefa-Ala Halszka Jadwiga-Ola Kunegunda Leokadia-Mira Mirosława Radosława-Iza Stanisława Wiesława-Ola Zdzisława",
        "Brzęczyszczykiewicz Chrząszczewska Dziewulska-Kos Grzybowska-Lis Jabłonowska-Pak Krzemińska Łukasiewicz-Bąk Przybyszewska Szczepańska-Wróbel Wierzbicka-Mróz Żebrowska",
    ),
    "ukrainian": (
        "Bohdana-Lesia Halyna-Oksana Khrystyna-Iryna Liubomyra Myroslava Nadiia-Olha Oleksandra-Ulia Solomiia Svitlana-Zoia Yaryna Zoriana-Daryna",
        "Bondarchuk-Kovalenko Dovzhenko-Sydorenko Hnatiuk Kravchenko-Lysenko Melnychuk-Savchuk Ostapenko-Rudenko Prokopenko Tkachenko-Shevchuk Voloshyn-Zhuk Yaremchuk",
    ),
    "italian": (
        "Assunta-Pia Benedetta-Ilaria Concetta Domenica-Rina Filomena Geltrude Immacolata Loredana-Tina Nunziata Ottavia-Sara Romilda Santuzza Teodolinda",
        "Abbondanza-Rossi Buonarroti-Sala Calcagnini Dell'Acqua-Neri Esposito-Rizzo Fioravanti-Gallo Guicciardini Lambertini-Serra Malatesta-Conti Pallavicini Sforzini-Riva Trivulzio",
    ),
    "spanish": (
        "Amparo-Reme Consolación Encarnación-Pili Esperanza-Maite Inmaculada Milagros-Nieves Montserrat-Rocío Purificación Remedios-Sole Visitación",
        "Alcántara-Ruiz Bustamante-Lozano Covarrubias Echeverría-Olmo Garcilaso Iturriaga-Mena Ledesma-Pizarro Monteagudo Sotomayor-Vega Valdivieso-Arce",
    ),
    "dutch": (
        "Aaltje-Mien Fenneke Geesje-Trijntje Hendrikje Jannigje Klaasje-Wil Marretje Neeltje-Dieuw Sjoukje Trijntje-Aafke",
        "Bakhuizen-Visser Dijkstra-Hoekstra Gerritsma Hoogeveen-Kok Kloosterman Nieuwenhuis-Smit Oosterhuis-Bos Tjeenk Veenstra-Mulder Wijnbergen",
    ),
    "scottish": (
        "Ailsa-Morag Catriona-Mhairi Eilidh-Kirsty Iseabail Lachlan-Ruaridh Mairead Murdina Seonaid-Ishbel Sorley-Calum Torquil",
        "Auchinleck MacAulay-Grieve MacCorquodale Macgillivray-Rose MacIlwraith Maclachlan-Muir Mactaggart Urquhart-Gunn Strachan-Baird Farquharson-Dow",
    ),
    "english": (
        "Araminta Benedick Clementine-Rose Drusilla Ebenezer-John Griselda Hephzibah Jemima-Kate Lettice Marmaduke Octavius-Ben Peregrine Rosamund-Jane Tabitha-Lou Wilberforce",
        "Ashburnham Bagshawe-Pole Cholmondeley Fotheringay Heathcote-Amory Lytteltonne Postlethwaite-Hay Quarrington Stanhope-Lyle Throckmorton Wolstenholme-Ede",
    ),
}

# A second batch, written when the first left too few words in several origins (most of the
# first batch's hyphenated parts are common words or names of earlier sets).
MORE: dict[str, tuple[str, str]] = {
    "swedish": (
        "Ambrosia Bengtina Clarinda Dagmara Eleonorina Fingal Gisela-Tyra Hulda-Vivi Idagerd Jorunda Kettilvi Lovisena Mårtina Nathalina Ottilda",
        "Adelborg Bäckmanson Cedergrenska Drakenhielm Ehrenborgh Falkenholm Gyllenspetz Hammarskölds Järnefelt Klingenstierna Lilliehöök Mannerfelt Nordenankar Ridderstolpe Sköldebrand Törnflycht",
    ),
    "danish": (
        "Aagot Birthea Ditlevine Eilertine Frodine Hedevig Ingerlise Jensine Karoline-Dorthea Malvina",
        "Bundgaard Dybdahl Frijsenborg Gyldenløve Hvalsøe Juulsgaard Krabbesholm Lerchenborg Rosenkrantz Skeelsborg",
    ),
    "somali": (
        "Cawo Dahabo Faadumo Hodanka Istarlin Khadijo Luul Muumino Sahro Xaawo",
        "Axmednuur Cawaleh Diiriyeh Gacalo Jibriil Maxamed-Nuur Qoorsheel Samatarr Warsamow Xirsiyow",
    ),
    "korean": (
        "Bomi Chaeyoung Dahyun Eunbi Gayoon Haeun Jiwoon Minjae Seoyeon Yebin",
        "Bingeon Chaegal Gangjeon Hwangmok Jeongsong Mokpae Seomun Yeomseo",
    ),
    "lithuanian": (
        "Aldona Danguolė Gražina Jadvyga Kotryna Laimona Milda Nijolė Rasuolė Vaidilutė",
        "Baranauskaitė Čiurlionytė Girdvainis Kudirkaitė Maironytė Pečkauskaitė Smetonaitė Vaižgantas",
    ),
    "romanian": (
        "Catinca Dochița Floarea Ilinca Marioara Paraschiva Ruxandra Safta Tincuța Zoița",
        "Brâncoveanu Cantacuzino Ghica-Budești Hurmuzachi Kogălniceanu Mavrocordat Racoviță Sturdza",
    ),
    "tigrinya": (
        "Abeba Azeb Elsa-Tirhas Fiyori Hagos Luwamsi Mebrat Senayt Tirhas Yohanna",
        "Andemariam Bahta Fesshaye Ghebremeskel Habtemariam Iyasu Tesfamariam Woldegiorgis",
    ),
    "english": (
        "Aurelian Cressida Everild Fulke Gervase Hermione Isolda Jocasta Lavinia Thomasina",
        "Abercrombie Blenkinsopp Cattermole Dalrymple Entwhistle Fetherstonhaugh Gathercole Higginbottom Mainwaring Ravenscroft",
    ),
    "scottish": (
        "Beathag Ciorstag Ealasaid Iain-Alasdair Marsaili Oighrig Peigi Raonaid Somhairle Uilleam",
        "Abernethie MacFhionnlaigh MacGumerait MacIomhair MacLeòid Mhoireach Sinclair-Dunnet Tulloch-Gow",
    ),
    "spanish": (
        "Asunción Begoña Covadonga Eloísa Fermina Leocadia Macarena Petronila Sagrario Ximena",
        "Arrizabalaga Bracamonte Cienfuegos Goicoechea Hinojosa Ojeda-Saavedra Sepúlveda Urquiza",
    ),
    "vietnamese": (
        "Bảo-Trâm Cẩm-Tú Diễm-My Hoài-Thương Kiều-Oanh Ngân-Hà Thục-Đoan Yến-Nhi",
        "Châu-Quế Diệp-Khải Giang-Thái Kha-Nhật Mạc-Đăng Tôn-Thất Văn-Lang Ung-Bửu",
    ),
    "igbo": (
        "Adaobi Chiamaka Chinwendu Ifunanya Nkiruka Obiageliaku Oluchi Uzoamaka",
        "Ekwueme Ezeugwu Nnamdi-Azikiwe Obiorah Odumegwu Okoronkwo Onwuachi Udeozor",
    ),
    "filipino": (
        "Amihan Dalisayin Hiraya Liwayway Malaya Mayumi Tala Sampaguita",
        "Bonifacio-Agoncillo Dagohoy Katigbak Lapu-Lapu Maglipon Mangubat Pangilinan Sarmiento",
    ),
    "kurdish": (
        "Arjîn Beritan Dilovan Hêlîn Nesrîn Rojbîn Sozdar Xecê",
        "Barzanî Cizîrî Hekarî Mukriyanî Pîranî Şemzînî Xanî Zîlanî",
    ),
    "ukrainian": (
        "Fedora Halyka Khrystia Marianna Orysia Ustyna Vasylyna Yevdokiia",
        "Bilokur Chornovil Hrushevska Kotliarevska Lesiuk Mazepenko Sahaidachna Vyhovska",
    ),
}
for _origin, (_given, _family) in MORE.items():
    _g, _f = CANDIDATES[_origin]
    CANDIDATES[_origin] = (f"{_g} {_given}", f"{_f} {_family}")
