# ruff: noqa: E501
"""Romanised name candidates written for held-out L (issue 15, round twelve), per origin.

Written from scratch for L: not copied from `generator_names.py`, `names_e.py` ... `names_k.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_l.py
--pool` keeps only the words that no lexicon, no earlier set (E ... K included), no earlier
pool word and no tagger training pool holds (see `generate_l.py`). Rare spellings,
transliterations and old or regional forms on purpose: the common ones are in the lexicons.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Adelfrid Benedikta Dagny-Li Elvira-Mo Folke-Jon Greta-Lo Halvard Idun-Sol Jofrid Karolus Lovisa-Bo Malkolm Nikolina-Ek Ofelia-Li Persida Rurik Sigfrida Teodor-Ek Ulvhild Valborga Ylva-Li Åslög Älva-Mi Örjan-Bo Birgitta-Lo Cecilian Didrika Emerentia Fredrika-Li Gertrud-Bo Hedvig-Li Ivarina Jakobina Konstantia Lydia-Mo",
        "Ahlgrensson Bergkvist-Tall Cronhjelm Dufva-Ström Ebbesköld Forsslund-Ek Gyllenbåge Hallqvist-Rask Isberg-Ahl Jägerfeldt Kallmyr Leijonflycht Munktell-Ros Norrbom Olivecrona-Ek Palmskiöld Ringstrand Silfverswärd Tamm-Holst Ugglas-Berg Wennerbom Ysander Åkerhielm-Lo Älvkvist Öhrvall Barkeström Cassel-Ahl Dyrssen Eneroth-Moll",
    ),
    "finnish": (
        "Aapeli Elmeri-Kai Hilja-Maija Iivari Joosua-Eino Kaarlo-Veli Lyyli Martta-Liisa Nestori Oiva-Matti Pirkitta Reino-Kalle Sylvi-Anneli Tyyne Unto-Ilmari Väinö-Aleksi Ahti-Pekka Elma-Sisko Helmi-Tuulikki Inkeri-Sofia",
        "Ahvenjärvi Hietalahti-Kuusi Ikonen-Salo Juvonen-Aho Kärkkäinen-Oja Leinonen-Ruuska Murtomäki Nissilä-Koski Oinonen Puustinen-Lax Rajaniemi Sippola-Kaarto Turunen-Vesa Uotila-Järvi Vainikainen Yrjänäinen Honkaniemi-Ala Kuusisto-Pelto",
    ),
    "estonian": (
        "Aivar-Tõnu Ene-Liis Helju Indrek-Toomas Jaanika-Ly Kalju-Vello Leelo-Mai Mihkel-Aare Nele-Triin Piret-Ülle Rein-Urmas Sirje-Anu Tõnis-Jaak Ülle-Reet Viive Ülo-Kaido",
        "Aasmäe Hõbemägi Ilves-Kask Jõgeva-Tamm Kõrvits-Puu Leesment Mölder-Piir Nõmmik Õunapuu Pärtelpoeg Rüütel-Saar Sõõrumaa Tõnisson-Aas Ülesoo Vääna-Kivi",
    ),
    "icelandic": (
        "Ásgerður Bergþóra-Sif Dagbjört Eyvindur-Örn Guðfinna-Rós Hallfreður Iðunn-Björk Jófríður Kolfinna Lárentsínus Margrét-Þöll Oddbjörn-Már Ragnheiður-Ösp Sigurlaug-Ýr Þorgerður Vigdís-Hlín",
        "Ásgeirsdóttir-Hall Bergþórsson Dagbjartsdóttir Eyvindsson-Hlé Guðfinnsdóttir Hallfreðsson Jófríðardóttir Kolbeinsson-Ás Lárusdóttir-Vík Oddbjörnsson Ragnheiðardóttir Sigurlaugarson Þorgerðarson",
    ),
    "irish": (
        "Aoibheann-Clodagh Bláthnaid Caoimhe-Nuala Donnchadh Éabha-Róisín Fiachra-Eoin Gormlaith Lorcan-Tadhg Muireann Niamhín Odhrán-Cian Pádraigín Ruairí-Senan Sorcha-Ailbhe Tadhgán Uaithne",
        "Ceallacháin-Breen Giollachomhaill Dhonnchadha Flaithbheartaigh Fhlannchadha Bhraonáin Súilleabháin-Hehir Conmara-Tighe Cathasaigh Loingsigh-Nee",
    ),
    "welsh": (
        "Angharad-Non Blodeuwedd Caradog-Iolo Dyddgu Efa-Gwenllian Gruffudd-Ifor Heledd-Mair Iestyn-Rhodri Llinos-Eirian Meinir-Haf Nesta-Glenys Rhydderch Siwan-Elin Tegwen-Awen",
        "Rhydderch-Jones Bowen-Prytherch Cadwaladr Gruffydd-Pugh Llewelyn-Parry Meredudd Prydderch Trefor-Bevan Vaughan-Probert Wyn-Gethin",
    ),
    "french": (
        "Apolline-Maud Bérengère Clothilde-Anne Désiré-Paul Eulalie Ferréol Gonzague-Marie Hortense-Lou Isaure Jehanne Léontine-Rose Marius-Théo Nolwenn-Anaïs Ombeline Prosper-Jean Rosalie-Maud Séverin Théophane",
        "Aubépine-Roux Bergeron-Lavigne Chassagne Delacroix-Mauduit Escoffier-Roy Fauchelevent Grimaldi-Roche Hurtebise Lacombe-Pradel Montgolfier Ormesson-Brun Pelletier-Vauquelin Quenneville Rochechouart Sauvageot-Lenoir Thévenin-Dupré",
    ),
    "portuguese": (
        "Adelaide-Graça Benvinda Custódia Deolinda-Rosa Eufémia Firmino-José Guilhermina Hermenegildo Idalina-Rute Jacinta-Lua Leocádia Manuela-Inês Nazaré-Cruz Otília-Rosa Perpétua-Ana Rosalina Teotónio Vitalina",
        "Albergaria-Seixas Bettencourt-Reis Carvalhais Drummond-Seabra Esteves-Godinho Fragateiro Gouveia-Pestana Henriques-Lobato Lacerda-Brito Meneses-Quental Nóbrega-Sampaio Pimentel-Lencastre Queirós-Vilaça Sequeira-Alvim Tavares-Bulhão",
    ),
    "basque": (
        "Ainhoa-Edurne Bingen Garazi-Nekane Haizea Iker-Unai Josune-Itziar Kepa-Mikel Leire-Amaia Maialen Nahia-Ane Oihana Xabier-Iñigo Yurre-Olatz Zuriñe",
        "Aguirrezabala Bengoetxea-Ibarra Elizondo-Goiri Gorostiaga Iturbide-Zubia Larrañaga-Etxe Mendizabal-Olano Txurruka Urdangarin-Oyarzun Zabaleta-Arteaga",
    ),
    "albanian": (
        "Arbëresha Blerina-Ola Drilona Erblin-Arti Flutura-Ema Gentiana Hysni-Besim Ilirjana Jehona-Liri Kujtim-Agim Lindita-Besa Mirlinda Nderim-Ardit Pranvera-Ema Qëndresa Shpresa-Arta Valbona-Rita Xhevdet",
        "Berisha-Krasniqi Dervishaj Gashi-Hoxha Halimi-Rama Kelmendi-Shala Lushaku Mehmetaj-Dushi Nimani-Bytyqi Osmanaj Qerimi-Ahmeti Rexhepi-Zeqiri Sopjani Thaqi-Morina Xhemajli",
    ),
    "serbian": (
        "Bogdana-Vesna Dobrila Gordana-Mila Jelisaveta Kosara-Ljilja Milunka Nevenka-Desa Radmila-Zora Slobodanka Stojanka Vidosava Zagorka-Mira Velimir-Bogdan Dragutin-Mile Radivoje",
        "Bogdanović-Lukić Cvijetić Đorđević-Pantić Jovanović-Ristić Knežević-Stanić Lazarević-Mitić Milutinović Nedeljković-Savić Obradović Prodanović-Tasić Radosavljević Stevanović-Ćirić Vukašinović Živanović-Jerić",
    ),
    "bulgarian": (
        "Bistra-Zhana Desislava-Mila Gergana-Neli Kalina-Rada Lyubomira Milena-Tsveta Nedyalka Radostina Snezhana-Vela Tsvetanka Vasilka-Dora Zdravka Hristo-Lyubo Kiril-Ognyan Stoyan-Radko",
        "Bozhilova-Peeva Dimitrova-Kostova Georgieva-Tsoneva Hristova-Yaneva Kirova-Bankova Lyubenova Marinova-Ruseva Nikolova-Zheleva Petkova-Dobreva Stoyanova-Vulcheva Todorova-Mladenova Vasileva-Kancheva",
    ),
    "georgian": (
        "Ketevan-Nino Lamara Manana-Eka Nestan-Dare Rusudan Tamriko-Ana Tinatin Tsitsino Zurab-Levan Revaz-Gela Shota-Giorgi Tengiz-Mamuka Vakhtang-Dato Ilia-Nodar",
        "Abashidze-Lortki Chavchavadze Dadiani-Mkheidze Eristavi Gamsakhurdia-Kvari Javakhishvili Kipshidze-Tsereteli Lordkipanidze Mgaloblishvili Orbeliani-Tsulukidze Shengelaia Tsintsadze-Kiknadze",
    ),
    "armenian": (
        "Anahit-Lusine Gayane-Nare Hasmik-Anush Karine-Lilit Mane-Siranush Nairi-Tatev Ruzanna-Gohar Shushan-Arpi Vardanush Zaruhi-Hripsime Aramayis Khachatur-Gor Sarkis-Vahe Tigranuhi",
        "Abovyan-Sarkis Baghdasaryan-Ter Hovhannisyan-Mkrt Karapetyan-Minas Manukyan-Grig Nersisyan-Aslan Poghosyan-Vard Sargsyan-Tevos Ter-Petrosyan Vardanyan-Harut Zakaryan-Mher",
    ),
    "uzbek": (
        "Dilfuza-Gulnora Feruza-Nigora Gulchehra Laylo-Dildora Mahliyo Nodira-Sevara Ozoda-Zarina Shahnoza-Umida Yulduz-Nilufar Zulayho Bekzod-Jasur Dilshod-Otabek Sardor-Ulugbek",
        "Abdujabborov Boboxonov Ergashev-Qodir Ismoilova-Rahim Jo'rayev Karimjonov-Usmon Mirzayeva-Tosh Nazarov-Botir Qo'chqorov Rahmonberdiyev Saidxo'jayev Toshpo'latov Yo'ldoshev",
    ),
    "tamil": (
        "Abirami-Devi Bhuvaneswari Chitrangi Deepalakshmi Ezhilarasi Gomathi-Priya Ilavarasi Kavinaya Malarvizhi Nandhini-Selvi Ponmozhi Sivagami-Devi Thamarai-Selvi Vaideki-Rani Yazhini Anbarasan-Kumar Elangovan Thirunavukkarasu",
        "Arumugam-Pillai Balasubramaniam Chidambaranathan Duraisamy-Nadar Ganapathipillai Kandasamy-Iyer Mahalingam-Raja Nagalingam Palaniappan-Chettiar Ramanathapillai Sivasubramaniam Thangarajah-Pillai Vairamuthu-Raja Velupillai-Kumar",
    ),
    "bengali": (
        "Anindita-Rupa Baishakhi Chandrabati Debjani-Mitra Indrani-Sree Jharna-Rani Koyel-Rupa Mahua-Sree Nabanita Paromita-Devi Rituparna Sharmistha-Dey Sohini-Rupa Tanushri-Dey Arghya-Deep Shubhankar-Roy Sayantan",
        "Bandopadhyay-Roy Bhattacharjee-Sen Chakraborty-Dey Chattopadhyay-Ghosh Gangopadhyay Majumdar-Basu Mukhopadhyay-Das Sengupta-Mitra Talukdar-Dutta Bhowmick-Saha",
    ),
    "amharic": (
        "Abebech-Tsion Birtukan-Mulu Etenesh-Hiwot Fikirte-Selam Genet-Zewditu Haregewoin Kidist-Meron Lemlem-Tigist Mekdelawit Netsanet-Bethel Rahel-Tsehay Seblewongel Tirunesh-Aster Yeshiwork Zenebech-Almaz Dawit-Abel Tewodros-Yonas",
        "Abebe-Bekele Demissie-Gebre Gebremariam-Hailu Kebede-Tessema Mengistu-Alemu Negash-Wolde Seyoum-Tadesse Tekle-Haimanot Woldemichael Yohannes-Ayele Zewdie-Asfaw",
    ),
    "yoruba": (
        "Abiodun-Tolu Adebimpe Bolanle-Yemi Funmilayo-Ife Ibukunoluwa Jumoke-Tayo Moradeke Oluwaseun-Bisi Omolara-Sade Temitope-Kemi Yetunde-Abike Olumide-Femi Babajide Oluwatobiloba",
        "Adebayo-Ogun Adewale-Kuti Akinola-Bello Babatunde-Ige Fashola-Ojo Ogunleye-Ayo Olanrewaju Onabanjo-Sowo Oyelaran-Adeyemi Sanusi-Ajayi",
    ),
    "moroccan": (
        "Aicha-Hajar Btissam Fadwa-Imane Ghizlane Hasnaa-Loubna Ikram-Siham Jihane-Kenza Khadija-Zineb Lamiaa-Nouhaila Meryem-Salma Ouafae Rajae-Hanane Soukaina-Wiam Touria-Naima Abdelilah Mohcine-Yassine Zakaria-Anouar",
        "Benhaddou Bennani-Smires Chraibi-Lahlou Fassi-Berrada Guessous-Tazi Kettani-Alaoui Lamrani-Bennis Mernissi Ouazzani-Chahdi Sefrioui-Kadiri Tahiri-Jouti Zniber",
    ),
    "lebanese": (
        "Carla-Maya Hiba-Nour Joumana-Rima Lara-Ghinwa Maguy-Rola Najwa-Randa Rouba-Hala Sawsan-Ruba Tala-Yara Zeina-Mira Charbel-Elie Fadi-Raffi Wadih-Chadi",
        "Abinader Boutros-Ghali Chidiac-Hayek Daher-Khoury Frangieh-Sfeir Geagea-Matar Haddad-Moawad Karam-Sarkis Nassif-Rizk Saade-Tawk Tohme-Azar",
    ),
    "mongolian": (
        "Altantsetseg Bolormaa-Saraa Enkhjargal Gerelmaa Khulan-Oyun Narantuya Oyunchimeg Sarangerel Tsetsegmaa Uranchimeg Batbayar-Erdene Ganzorig-Bold Temuulen-Bat",
        "Batjargal Chuluunbaatar Dashdondog Enkhbaatar-Bold Ganbold-Sukh Munkhbat-Erdene Naranbaatar Otgonbayar Purevdorj Sukhbaatar-Gan Tserendorj",
    ),
    "thai": (
        "Apinya-Rat Chanida-Porn Duangjai Jintana-Siri Kanokwan Malai-Rat Nongnuch-Pen Pimchanok Ratchanee Siriporn-Ubol Thidarat-Noi Wanida-Pen Somchai-Kiet Thanakorn-Wit",
        "Boonyaratkalin Chaiyaprasit Kittikhun-Sri Ayutthaya-Sri Phongsathorn Rattanakosin-Ubol Siriwattana Thammasat-Wong Wongsawat-Keo",
    ),
    "indonesian": (
        "Ayu-Lestari Dewi-Kartika Endang-Sri Fitriyani-Ratna Gusti-Ayu Indah-Purnama Kartini-Wulan Lestari-Nur Mulyani-Tuti Ningsih-Ayu Puspita-Sari Rahayu-Sri Sulastri Wahyuni-Dwi Bambang-Adi Sukarno-Hadi Wiranto-Joko",
        "Hadiwijaya-Putra Kusumawardani Nugroho-Saputra Prawirodirjo Santoso-Wibowo Setiawan-Hartono Sudarsono-Adi Tjahjadi Wicaksono-Budi Wirawan-Suryo",
    ),
    "english": (
        "Araminta-Jo Barnaby-Tobias Cressida-Fay Dashiell Eglantine Fenwick-Hal Ginevra-Kate Hephzibah Ignatius-Rex Jessamy Leopoldine Montague-Rhys Octavius-Jude Philippa-Rue Quentin-Ash Roderick-Bo Sabrina-Wren Tobiah Wilhelmina-Ivy",
        "Abernethy-Cole Bletchley Crabtree-Nash Dunwoody Entwistle-Hale Fairweather-Long Grimshaw-Beck Hollingworth Illingworth-Dean Kettlewell Lightfoot-Marsh Micklethwaite Ormerod-Fitch Pickersgill Ramsbottom-Keel Sidebottom-Lee Thistlewood Upperton Wainwright-Croft",
    ),
}
