# ruff: noqa: E501
"""Romanised name candidates written for held-out R (issue 15), per origin.

Written from scratch for R by a helper who does not tune the detector and did not read its
rules, lexicons or tagger: not copied from `generator_names.py`, `names_e.py` ... `names_q.py`
or the tagger's training generator. Not every candidate is used: `generate_r.py --pool` keeps
only the words that no lexicon, no earlier set's text, no earlier pool word (E ... Q) and no
tagger training pool holds (see `generate_r.py`). Most are rare, old, regional, compound or
transliterated spellings on purpose, since the common ones are in the public lists; some are
everyday words in English or Swedish, as some people's names are (`Barleycorn`, `Tapper`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Stilla Frid Glimt Vinge Skymning Gryning Ljusa Sommarlin Vårgunn Ingeborga Sigbritta Gunnlög Torgunn Alvhild Ragnlöv Tyrgils Sture-Olof Halvdan Helgfrid Ottilda Svanhild Ingrun Ulvhild Ärnbjörg Algot Gösta-Ivar Bertilda Hedvigina Karolinda Brorsa Elvina-Maj Lovisina Ebbalill Signilda Gudmunda Tordis-Lill Eskilina Valdemara Arvida Holmfrid Görvel Rangvald Sigtrygg Tjodolf Vigfast Ödgärd Åsmunda Folkunga Hjalmina Ivarsina",
        "Tapper Modig Stolt Kvick Säll Ärligh Frisksäter Sillström Strömmingsdahl Korpberg-Ljung Kråkvik Trastbäck Finkström Starbladh Måsvik Tärnqvist Svalander Vipström Gäddfors Torskhammar Abborrgren Vassmyr Ljungsäter Stråhle Rörbäck Säfvenberg Kaveldun Näckrosdal Vitsippius Gökärtsdahl Skogsstjärna Tuvstarr Kråkbärsson Myrlilja Dvärgbjörk Fjällsippe Renlavsson Skvattram Harsyrén Ormrotström Tussilagh Mårbackius Väddgren Ljungbergh Enbärsdahl Lingonqvist Kvastrisius Bergfinkh Järnsparvsson Sothönsberg",
    ),
    "finnish": (
        "Aallotar Kuutamo Tähtisilmä Revontuli Satakieli Helmiina Ruusu-Maaria Tuomikki Lumiina Kielo-Sanni Sulo-Veikko Urpo-Ilmari Väinö-Eemil Toivo-Aapeli Kauko Orvokki Iiris-Hilja Elviira Aliina Sisko-Lempi Reino-Uolevi Teuvo",
        "Kurkijärvi-Aho Käenpää Hirvelä-Niemi Jänislampi Kontiokorpi Metsälintu Pöllönen-Ranta Sorsakoski Teerimäki-Laine Ukkola-Oja Vilkkumaa Ylätalo-Kangas Hongisto Lakeamaa Rantapelkonen Honkaniemi-Puro Kettula Kyyhkynen Susiluoto Karhumäki-Vuori",
    ),
    "norwegian_icelandic": (
        "Gyrid Ragnhilde-Sol Torgrim Åsulv Halvor-Eilev Sigrunn Ingjerd Gunnbjørg Aslaug-Tone Olav-Sjur Hallgerður Guðrún-Ösp Þórdís Ásgerður Sæunn Hrafnhildur Bergþóra Snorri-Már Þorgeir Hjörleifur Eyvindur Kolfinna Yrsa-Björk",
        "Bjørnstad-Lie Fjellheim-Moe Grøtterud Hovdenak Kvamsdal Lysebotn Røyrvik-Haug Skogstrand Tjernsli Vassbotn Ødegårdstuen Guðmundsdóttir-Hall Sigurbjörnsson Þorvaldsdóttir Hjaltested Ásgeirsdóttir Kristbjörnsson",
    ),
    "danish": (
        "Bodilsine Ellensine Gertrudine Johanne-Marie Kirstinelise Tove-Mette Valdemarine Ejvind Holger-Aage Svend-Erik Thyra-Lis Marensine Dorthealise",
        "Bjerregaard-Lund Fjordbæk Hedegaard-Thy Kjærsgaard-Munk Lyngbæk Mosegaard-Dahl Nørgaard-Bak Rosendahl-Krag Søndergaard-Bøg Tarpgaard Vestbjerg Åkjær Engbjerg Hvidbjerg-Lau",
    ),
    "german_austrian_swiss": (
        "Burgunde Edeltraut-Rosl Friedlinde Hildegunde Irmtraud-Liesl Mechthild-Resi Reinhilde Adelgunde Gundolf Hartmut-Wendelin Ottokar Sigismund-Poldi Wolfhard Eberhardine Theodolinde Bertram-Gottlieb",
        "Aichinger-Pfleger Brandstätter Eggenberger-Hofer Fankhauser Gstöttner Hochreiter-Maier Kaltenbrunner Lichtenegger Mittermayr-Rieß Niederwieser Oberhauser-Gruber Plattner-Zangerl Rainalter Stadlmayr Tschurtschenthaler Wurzenrainer Zwickelstorfer",
    ),
    "dutch_flemish": (
        "Berendina Geertruida-Fem Hendrika-Jans Lammigje Roelofje Willemijntje Aafke-Trijntje Evert-Harm Jurrien Luitzen Wiebren Reinoud",
        "Buitenhuis-Kamp Dorrestijn Hoogendoorn-Blok Kuipersteeg Langerak Nieuwenhuijs Oosterbroek Schuitemaker Spaargaren Timmerije Vanderbeken-Goossens Wildschut Zwartkruis Dewaele-Vercruysse Claeyssens",
    ),
    "french_belgian_swiss": (
        "Anne-Clothilde Bérangère Ghislaine-Odile Honorine Philomène-Rose Solange-Marie Apolline Aurélien-Gaspard Barthélemy Hippolyte-Jules Léopoldine Pétronille Séraphin Théophile-Anselme",
        "Baudelocque Chaumontet Delacourtie Fauconnier-Roux Grandjouan Lachenal-Berthet Montigny-Vachon Piccard-Rochat Quesnoy Rougemont-Favre Tardivel Vuilleumier-Jaquet Bonnefoy-Cudraz",
    ),
    "italian_spanish": (
        "Addolorata Assunta-Rina Crocifissa Donatella-Pia Filomena-Tina Immacolata Annunziata Gennarino Calogero-Turi Pasqualino Remedios-Paz Inmaculada Encarnación-Nieves Milagros-Rocío Gumersindo Eulalio-Pepe Anacleto",
        "Abbracciavento Battiloro-Greco Cannizzaro Digiacomantonio Esposito-Sgarbi Fracassini Lovecchio-Pace Mastrogiacomo Quagliarella Scognamiglio Zappacosta Arrieta-Goñi Barrenechea Echeverría-Lasa Iturriaga Larrañaga-Ibarra Zubizarreta Olabarrieta",
    ),
    "polish_czech": (
        "Bogusława-Ola Dobrochna Jarosława Lechosława Sobiesława Wojsława Ziemowit-Jan Bożęcin Mirosław-Stach Radzim Svatava Bohumila-Věra Drahomíra Ludmila-Jarka Bořivoj Přemysl-Jiří",
        "Brzeszczot Chochołowska-Wilk Dziewięcka Gąsiorowski-Kruk Jaskółowska Kłosiewicz-Maj Przepiórka Skowronkowa Szczygłowska Wróblewicz-Pająk Čechtická Dvořáčková-Hanzl Kotrbová Sýkorová-Mrázek Vlasáková",
    ),
    "balkan_albanian": (
        "Dragoslava Ljubica-Mira Radmila-Vesna Stanislava-Cveta Zlatana Budimir Dragutin-Miro Velimir-Toma Mirsada Sejdija Hajrija-Fata Mehmedalija Lule-Drita Shpresa-Bora Valbona Arbnora Fatlinda Gëzim-Agron Bardhyl Përparim",
        "Bajraktarević Dizdarević-Kapetan Hadžiselimović Kujundžić-Rajić Mehmedbašić Pašalić-Hodžić Selimbegović Terzimehić Zahirović-Mušić Berisha-Krasniqi Gashi-Hoxha Lleshaj Rexhepaj-Bytyqi Shkodrani Zeqiraj",
    ),
    "romanian_hungarian": (
        "Brândușa Crenguța-Ioana Floarea-Lina Ileana-Sânziana Lăcrămioara Mărioara Voichița Dumitrache Gheorghiță-Radu Sorinel Emese-Csilla Tünde-Boróka Zselyke Lehel-Ákos Bendegúz Hunor-Csongor",
        "Bucșoiu-Ionescu Ciobotaru Dăscălescu Frățilă-Rusu Lăpușneanu Măgureanu-Pop Sârbulescu Țăranu Vlădăreanu Csíkszentmihályi Nagybányai-Fekete Tiszavirág Zsigmondházi",
    ),
    "greek_cypriot": (
        "Aikaterini-Rinoula Chrysovalantou Evangelia-Litsa Kyriaki-Koula Paraskevoula Sotiria-Roula Vasiliki-Kiki Zoitsa Athanasios-Thanos Christoforos-Fofos Dionysios-Nikos Prodromos Thrasyvoulos",
        "Antoniadou-Kyprianou Charalambidou Georgiades-Loizou Hadjipavlou Iacovidou-Evripidou Karamichaloglou Papachrysostomou Stylianidou-Efthymiou Theocharidou Xenophontos",
    ),
    "turkish_kurdish": (
        "Aysuda Berfinsu Cemrenur Dilruba-Ece Elifnaz Gökbörü Gülsevil Kaanberkay Mehpare Nurbanu-Su Sevdiye Tolgahan-Arda Yüreksel Rojda-Hêvîn Dilnêrîn Şilan-Berfê Zerîvan Serhildan Dilbirîn Rêzan-Baran",
        "Bozkurtoğlu Çiftçioğlu-Aydın Dağdelen Güleçyüz-Kara Hacıosmanoğlu Karakuşoğlu Mutlugün Sarıgül-Tepe Yıldırımkaya Zeytinoğlu Bêkes-Amedî Cizîrî Hekimoğlu-Botan Qamişlokî Zaxoyî-Sincar",
    ),
    "arabic_assyrian": (
        "Arwa-Lina Bushra-Hiba Dalal-Nour Ghofran Hadeel-Maha Jumana Khulood-Rim Majd-Haya Rawan-Tala Shahad Abdulkarim-Adnan Fawwaz Ghazwan-Murad Jawdat Marwan-Sami Qusay Shadi-Rami Nineb Shamiram Ashurina Sargon-Yonan Ninos Atorina",
        "Al-Ajlouni Bitar-Hamwi Daoudi-Jabri Ghanem-Kassab Haddadeh Jallad-Shehadeh Kanaan-Masri Nabulsi-Sawaf Qaddoura Sarraf-Tawil Zuhairi Beth-Shmuel Bar-Yohanna Khoshaba Odisho-Warda Yonan-Shlimon",
    ),
    "persian_dari_afghan": (
        "Anahita-Golnar Banafsheh Dorsa-Nika Gelareh Khatereh-Mahsa Niloofar-Rana Roxana-Shadi Sepideh-Tina Ariobarzan Darioush-Kaveh Farzin-Omid Keyvan-Payam Mahbooba Shogofa Zarghona-Pari Wahidullah Zabihullah Farishta",
        "Bakhtiari-Nejad Dehghanpour Firouzabadi Golshiri-Tehrani Haghighatjoo Khorasanizadeh Mashhadi-Rafi Noorbakhsh Sadeghpour-Amini Yazdanpanah Ahmadzai-Stanekzai Karokhel Popalzai Wardak-Sherzad",
    ),
    "somali_horn": (
        "Caasha-Hodan Dahabo Filsan-Ayaan Hibo-Nasra Kiin-Sahra Marwo Naciima Shukri-Ifra Cabdullaahi-Cali Guuleed-Warsame Mahamuud Xirsi-Faarax Tsehay Selamawit-Hana Meskerem Birtukan Tigist-Azeb Eyerusalem Abebech",
        "Cismaan-Dheere Dhuxulow Gabayre Jaamac-Maxamuud Kulmiye Madoobe Nuurow Qalinle Xasan-Buulle Yuusuf-Gaas Tadesse-Wolde Gebreselassie Haileyesus Mengistu-Assefa Woldesenbet",
    ),
    "english": (
        "Thyme Marjoram Bramble Larkspur Snowdrop Hollyhock Dunnock Goldcrest Siskin Moorhen Halcyon Zephyr-Lou Solstice Thimble Pebble Shingle Teasel Cowslip Sedge Hawthorn-Rae Tamsin-Lark Kit-Merriam",
        "Barleycorn Cakebread Silversides Sidebottom Goodenough Fairweather Wellbeloved Halfpenny Pennyfeather Shortbread Lightfoot Goodhart Haycock Ryecroft Applegarth Plumtree Peartree Nutbrown Hazelgrove Wheatcroft Crowfoot Oddbody Pettigrew-Marsh Blatherwick Cattermole Dimbleby-Stroud Entwistle-Hague Fazackerley Gummer Hebblethwaite Illingworth-Pyne Loxley-Tribe Mottershead Ogglesby Postlethwaite Sillitoe Twentyman Upjohn Wackett",
    ),
    "scottish_irish_welsh": (
        "Ishbel-Morag Ealasaid Kirsteen Mhairi-Sorcha Seonag Catriona-Eilidh Somhairle Tormod-Uisdean Aonghas Caoimhín-Fionn Gobnait Íde-Nuala Mairéad-Eithne Rónán-Tomás Dafydd-Rhys Gwenllian Heulwen-Mai Rhiannon-Wyn Tudur",
        "MacGillivray-Shaw MacIlwraith Drummond-Haig Farquharson-Reid Strachan-Ogilvie Urquhart-Baird Cruickshank Dubhthaigh Phádraig Bhriain Ceallaigh-Ryan Lenihan-Brophy Prosser-Gwyn Bevan-Price Gruffydd-Lloyd Ap-Rhys",
    ),
    "baltic_ukrainian": (
        "Aušrinė Dainora-Ieva Gintarė-Rūta Laimutė Vaiva-Milda Žydrūnas Vytautė Baiba-Laima Dzintra Ilze-Rasma Vizma Ugis-Jānis Yevdokiya Ivanna-Khrystia Myroslava-Lesia Svitlana-Orysia Bohdan-Yarema Taras-Ostap",
        "Bražinskaitė Girdauskienė Jankauskaitė-Vilkė Kazlauskienė-Urbonė Pakalniškytė Žemaitytė Bērziņa-Kalniņa Ozoliņa Vītoliņš-Liepa Zariņa Hryhorenko-Savchuk Kovalchuk-Moroz Melnychenko Sydorenko Tymoshchuk-Lytvyn",
    ),
    "asian_south_asian": (
        "Meiling-Xiu Xiaoyan Yuting Zhenhua-Bo Pornthip Siriporn-Nok Wanida Kanokwan Thanawat Chalermchai Duyên-Thảo Ngọc-Hân Thanh-Tâm Harpreet-Kaur Jaswinder Manpreet-Simran Navjot Thenmozhi Kavitha-Priya Selvakumar Arulmozhi",
        "Ouyang-Zhao Zhuge Sima-Wen Situ Chaiyaporn Wongsawat-Suk Srisuwan Thongchai Boonyarat Phạm-Vũ Đoàn-Hồ Dhaliwal-Sandhu Grewal Sidhu-Brar Thiruchelvam Murugesu-Ratnam Navaratnam",
    ),
    "latin_american_portuguese": (
        "Yessenia Marisela-Ana Xiomara Yuridia Zoraida-Luz Wilmer-Jhon Yeferson Brayan-Andrés Anderson-Luis Rosário-Glória Fernanda-Iara Jussara Iracema Moacir-Tupã Ubirajara",
        "Quispe-Mamani Huamán Condori-Choque Ccahuana Villca Tupayachi Chuquimia Cusicanqui Ticona-Apaza Guaraní-Rocha Pitanga Jacarandá Aroeira-Lins Bacurau",
    ),
    "west_african_east_african": (
        "Adaugo-Ifunanya Chinwendu Ebubechukwu Ifeyinwa-Amara Nkechinyere Oluwatoyin Temitope-Ayo Yetunde-Bisi Akosua-Efia Yaaba Kobina-Kwesi Wanjiru-Njeri Nyokabi Achieng-Awino Kipchoge Wambui",
        "Adekunle-Oyebode Chukwuma-Ezenwa Ibekwe Nwankwo-Obiora Okoye-Anozie Olaniyan Onwuachu Oyewumi-Ajayi Asantewaa-Owusu Ofori-Atta Kamau-Mwangi Njoroge Otieno-Odhiambo Wafula Kiprono",
    ),
}
