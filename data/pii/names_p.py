# ruff: noqa: E501
"""Romanised name candidates written for held-out P (issue 15), per origin.

Written from scratch for P by a helper who does not tune the detector and did not read its
rules, lexicons or tagger: not copied from `generator_names.py`, `names_e.py` ... `names_o.py`
or the tagger's training generator. Not every candidate is used: `generate_p.py --pool` keeps
only the words that no lexicon, no earlier set's text, no earlier pool word and no tagger
training pool holds (see `generate_p.py`). Many are rare, old, regional or compound spellings on
purpose, since the common ones are in the public lists; some are everyday words in English or
Swedish, as some people's names are (`Bramble`, `Sorrel`, `Mareld`, `Ljung`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Ingeborga Sigvalda Gunnebritt Hjalmarina Ragnfast Torgun Alvgerd Eldvid Frejdis Sölvgerd Vigdisa Tyrgils Ulvhild Åslög Arnfast Gudmunda Hallvid Ingegärd-Lo Kettilvi Ljungvi Mareld Solvår Stenfrid Torvild Vårlöv Ylvalinn Björnfast Embla-Li Frejvid Gunvi-Maj Hedvigsdotter Idunn-Li Joelina Kajsalill Liljevi Majvi Nannelill Ottilde Runvid Sigbritt-Lo Snövit Tjelvar Ulvina Vanja-Li Åsvid Ödgärd Ljung Trana Svala Lärka Säva Ripa",
        "Grankvistdahl Ljungquistedt Mossbergsson Näverström Ripsäter Rönnbäcksdal Sälgström Tallqvistdahl Tjärnbladh Vassbrink-Ek Videgrenius Älvstedtius Granholmius Björkbladh Dunsäter Eldhammar Fjärdstam Grusbäck Hagelbrink Isbladh Kvarnstam Lommarck Myrstedtius Nyrönn Orrbladh Pilgrenius Ramstedtius Sävbrink Spovqvist Trastbladh Ugglebrink Vindstam Ådalius Änggrenius Öbladh Ripström Svalstam Tranbrink Lärkstedt Orrsäter Spovsäter Starrbladh Uvsäter Vipsäter Trastsäter",
    ),
    "finnish": (
        "Aallotar Helmikki Ilmaritta Jousia Kaisla Kyllikki-Maaria Lemminkä Nuppuliina Päivätär Sarasvati-Aino Tähkä Untamo-Ilmari Vellamo Yrjänä-Ville Hilla Kaisu-Lotta Tuulia-Helmi",
        "Haaviston Jokelainen-Kivi Kalliokoski-Mäki Kuusamonen Lähdemäki Mäntysalo-Kivi Näsilahti Pajukallio Rytkölä Saarikangas Suonperä Tervahauta Vuorensola Ylijoki-Rantala Kivirinta Lumijärvi",
    ),
    "norwegian": (
        "Ingebjørg-Kari Ragnvor Sigrunn Torbjørg Audhild Gudbrand Halvor-Ivar Kolbjørn-Arne Olaug-Marie Synnøve-Lise Tordis-Helene Åsgerd",
        "Bjørnebye Dalsbøen Fjellstuen Granbakken Haugerud-Lie Kvernmo Lillebakken Nordbøen Rustebakke Skogstad-Moe Tveitan Øvrebø-Li",
    ),
    "danish": (
        "Bodil-Marie Elsebeth Gudrunna Jytte-Lis Karenmarie Lisbet-Ane Mettelise Rigmor-Ann Sidsel-Kirstine Tove-Bente",
        "Bøgelund-Hansen Damgaard-Holm Fuglsang-Ravn Højbjerre Kjærsgaard-Lund Lykkegaard Rosenkilde-Dam Skovbølling Søndergaard-Mikkel Toftegaard",
    ),
    "icelandic": (
        "Bergþóra Guðlaug-Ósk Hrafnhildur Ingibjörg-Sól Kolfinna Ragnheiður Sólveig-Dís Þórdís-Björk Arnþór Brynjólfur Þorgrímur Hallgrímur-Örn Guðrúnborg Vigdísa",
        "Brynjólfsdóttir Guðmundardóttir Hallgrímsson-Þór Ingólfsdóttir Kolbeinsdóttir Sigurbjörnsson Þorvaldsdóttir Arngrímsson Sæmundsdóttir Hrólfsdóttir Ljótsson Ófeigsdóttir Vémundarson Þangbrandsson",
    ),
    "arabic": (
        "Rawasi Dalaal Ghufran Hadeel-Noor Jumana-Rahaf Maysoon Rudaina Sundus Taghreed Wijdan Yaqeen Zainab-Huda Anmar Fahad-Noor Muhannad-Ali Qusai Sanad Tamim-Adel",
        "Al-Khazraji Al-Tikriti Bakhashwain Dabbagh-Ahmad Ghuneim Hadidi-Salem Jubouri Kubaisi Mashhadani Obeidi-Karim Qaisi Rubaie-Hassan Shammari Tamimi-Saad Zubaidi-Omar",
    ),
    "assyrian": (
        "Ashurina Bethnahrin Ninwe Shamiram-Ester Tabitha-Nahrin Yonan-Ester Ablahad Gabriyel-Sami Ishoa Sargon-Ninos",
        "Barsaum Bethkinne Dinkha-Gabro Gewargis Kaplan-Yonan Malke-Aho Shabo-Gabriel Yalda-Barsom",
    ),
    "somali": (
        "Anfac Barwaaqo Caaliyo Dhudi Faaiso Hibaaq Ilhaan-Sucaad Kiin Maryan-Ubax Nuura-Caasha Saynab-Hodan Ubaxa Xaliimo-Ayaan Bile Dayib Geelle Hirsi-Guled Mursal Kiin Dayib",
        "Ciise-Diiriye Dubbe Gabayre Haybe Jaamac-Cismaan Mahamuud-Warsame Ooyaan Sugulle Timacadde Waabeeye",
    ),
    "amharic": (
        "Alemnesh Bethlehem-Tigist Etenesh Fikirte Genet-Aster Hirut-Meron Meseret-Tsige Rediet Tsedenia Yeshimebet Abebe-Tilahun Dawit-Yared Kebede-Mulugeta Tewodros-Abel",
        "Abebayehu Demissie-Kassa Getachew-Alemu Haileyesus Mengistu-Bekele Taddesse-Wolde Wondimagegn Zewdie-Kebede",
    ),
    "bosnian": (
        "Almedina Dženana Ermina Fikreta Hatidža Jasmina-Lejla Melisa-Ajla Nermina Sabina-Amra Šejla-Emina Zumreta Admir-Edin Dženan Elvedin Kenan-Mirza Sead-Nedim",
        "Bajraktarević-Hodžić Čengić-Dedić Đulbegović Hadžiabdić Karahasanović Kurtović-Mujić Salihbegović Selimović-Zukić Šehović",
    ),
    "serbian_croatian": (
        "Biserka Dragica-Vesna Gordana-Ljilja Jadranka-Mira Ljubica-Nada Slavica Višnja-Ivana Zdenka-Marija Božidar-Ante Dragutin Krunoslav Zvonimir-Ivo",
        "Bošnjaković Dragičević-Ivić Grbavac Jelačić-Perić Kovačević-Rukavina Marjanović-Zec Mihaljević Radovanović-Ilić Vukelić",
    ),
    "albanian": (
        "Blerina Dashuri Drita-Lule Fatbardha Hyrije Lirie-Besa Mimoza-Vjosa Shpresa-Dita Valbona-Era Yllka Agron-Besnik Blerim Fatmir-Ilir Gëzim Përparim Shkëlzen",
        "Berisha-Gashi Dukagjini Gjonbalaj Hoxhaj-Krasniqi Kastrati-Lleshi Mustafaj Rexhepi-Shala Tahiraj-Zeka",
    ),
    "romanian": (
        "Anișoara Brândușa Crenguța Doinița Florica-Ileana Lăcrămioara Mioara-Ioana Rodica-Viorica Sânziana Vetuța Dorin-Mihai Sorin-Costel Tudorel",
        "Bălănescu-Popa Cârstoiu Drăgulescu-Ene Grigorescu-Lungu Mocanu-Dobre Pătrășcanu Stănculescu Voiculescu-Neagu",
    ),
    "czech_slovak": (
        "Blažena Bohumila-Jana Drahomíra Jarmila-Věra Ludmila-Hana Milada-Eva Radmila Vlasta-Zdeňka Bořivoj Dobroslav Svatopluk Vratislav Ludmilka Vojtěška Čestmír Kvido Věnceslava Dalimil Hostivít Bořislava Ctislava Lubor Soběslav",
        "Bláhovcová Dvořáčková-Nová Hrubešová Kratochvílová Procházková-Malá Skořepová Vondráčková Žďárská-Veselá",
    ),
    "lithuanian_latvian": (
        "Aušrinė Danutė-Ona Gintarė-Rūta Laimutė Rasa-Giedrė Vaiva-Ugnė Žydrūnė Austra-Zenta Ilze-Baiba Skaidrīte Dzintra-Maija Vidmantas Žilvinas",
        "Bartkevičienė Gedvilaitė Jankauskienė-Žukė Kriaučiūnas Vaitkevičiūtė Bērziņa-Kalniņa Krūmiņa Ozoliņa-Liepa Zariņa-Priede",
    ),
    "german_dutch": (
        "Adelheid-Rose Friedegund Gertraud Hannelore-Liesl Hildegund Irmtraud Waltraud-Ulla Edeltraud Gottlieb Wolfhard Annigje Geertruida Hendrikje Jantine Marijke-Lot Wietske Sjoerdje",
        "Bräutigam-Holz Eichendorff Grünewaldt Hinterberger-Maier Kaltenbrunner Oberhuber-Lenz Pfannenstiel Schwarzkopf-Eder Wendelstein Zwanziger Ballegooijen Brinkhorst-Smit Hoogeveen-Bakker Oosterhuis Vreeswijk Zwanenburg",
    ),
    "french_italian": (
        "Bénédicte-Anne Clothilde Edwige Ghislaine-Marie Héloïse-Lou Marie-Solène Perrine Sidonie Apolline-Rose Amedeo-Gianni Benedetta-Chiara Donatella-Rita Ludovica Ornella-Pia Annunziata Crocifissa",
        "Beaumarchais-Roux Delacroix-Morel Fontenelle Lagardère Montgolfier Rochefoucauld Vaillancourt-Petit Abbracciavento Boccadoro Castelbarco-Vitti Mezzasalma Pellegrinetti Scannapieco Tagliaferri-Riva",
    ),
    "spanish_latin": (
        "Anunciación Consolación-Marisol Dolores-Ximena Fuensanta Macarena-Lucía Milagros-Ainhoa Pilarica Rosalba-Nayeli Yolotzin Xochitl-Itzel Eulogio-Ramiro Filiberto",
        "Altamirano-Zúñiga Balmaceda Cienfuegos-Prieto Echenique-Larraín Fuenzalida Ibáñez-Quiroga Llanquileo Montecinos Pinochet-Araya Valdebenito Zamorano-Urzúa",
    ),
    "afghan": (
        "Breshna Freshta Gulalai-Mina Hosai Mahbooba-Zarmina Nazaneen Palwasha Spozhmai-Wazhma Tamana-Zuhal Zarghuna Ahmadshah Mirwais-Najib Shafiqullah Zabihullah-Qais",
        "Ahmadzai-Popal Barakzai Durrani-Hotak Kakar-Stanekzai Mohmand Popalzai Samadi-Wardak Tarakai Yusufzai-Nangial",
    ),
    "chinese_thai_viet": (
        "Xiaoqing Yuhan-Mei Zhiruo Jiayi-Lan Ruoxi Wanting Suchada Pimchanok Kanyarat-Nok Siriporn-Ploy Thanawat Wiphawee",
        "Ouyang Zhuge Shangguan Sima-Wen Chaiyaporn Srisawat-Boon Thongchai Wongsakul Ruangrit",
    ),
    "tamil_punjabi": (
        "Kaviyarasi Thenmozhi Vaanathi Yazhini-Priya Harpreet-Kaur Gurleen Jaspreet-Simran Manjot Tharshan Sivakumaran-Arun",
        "Kandasamy-Pillai Ponnambalam Sivagnanam Thirunavukkarasu Dhaliwal-Gill Grewal-Sandhu Sidhu-Bains Randhawa",
    ),
    "english": (
        "Bramble Clover-Jane Sorrel Tansy Thistle Juniper-Rae Sallow Linnet Whimbrel Dunnock Bryony-Kate Coriander Larkin Marram Nettie-Rose Osier Quince Tamsin-Wren Wisteria-Lou Briar-Rose Bracken Haskett Rowan-Tamsin Teasel Heathcliffe Ember-Lynn Meadowsweet Thrift Yarrow Sedge",
        "Applegarth Blatherwick Crabtree-Lyle Dewhirst Fairweather-Lowe Gotobed Hogwood Kettleborough Lickorish Muckleston Nethercott Pennyfeather Quiggin Rattenbury Shufflebotham Thistlethwaite Underhill-Cray Winterbottom Bramblecombe Lightowler Mottershead Nutbrown Ollerenshaw Pickersgill Raggett Scattergood Tiplady Waddingham",
    ),
    "scottish_welsh": (
        "Ailsa-Mhairi Beathag Ciorstaidh Eilidh-Ann Morag-Isla Seonaidh Catrin-Eluned Ffion-Haf Gwenllian Lowri-Mai Nia-Bethan Rhiannon-Glyn Heledd Siwan Dafydd-Iolo Gruffydd",
        "MacIlleathain MacGilleBhrath Mhicneacail Urquhart-Ross Drummond-Baird Ap-Rhys Llewelyn-Pryce Pritchard-Meredydd Tudur-Hywel Gwilym-Rees",
    ),
}
