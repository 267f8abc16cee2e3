# ruff: noqa: E501
"""Romanised name candidates written for held-out U (issue 15), per origin.

Written from scratch for U by a helper who does not tune the detector and did not read its
rules, lexicons or tagger: not copied from `generator_names.py`, `names_e.py` ... `names_t.py`
or the tagger's training generator. Not every candidate is used: `generate_u.py --pool` keeps
only the words that no lexicon, no earlier set's text, no earlier pool word (E ... T) and no
tagger training pool holds. Many are rare, old, regional, compound or transliterated spellings
on purpose, since the common ones are in the public lists; some are everyday words in English or
Swedish, as some people's names are (`Blåsippa`, `Lapwing`, `Honeysett`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Blåsippa Tussilago Näckrosa Lingonblom Sälgbrum Ängsmynta Myskmadra Renfana Ljungbloma Ingelöv Runhild Sigbritta Torvgerd Alvkarin Helgvor Asmundina Ulvkarin Torsvinn Edvardina Amalrik Holmfrid Siggemund Ragnvi Skogsfrid Elvgerd Kettilvi Sunnevi Almvor Birgerina Folkhilda Olvira Hallonblom Åkerbära Isvind Stjärnljus Daggmar Gunvida Ingrun Solvår Tyrgils Ärnfast Vidfrid Haldora Gerbrand Ragnvald-Tore Torkilda Skjoldina Fridegunn Mjölkört Kornvi",
        "Kärrsparvsson Mossgrönlund Björnbärsdahl Lavskägg Fjällsippström Hjortronmyr Tranbärsqvist Vattenmyntsson Renlavén Skogsnävaberg Ängshavrén Vildrosenlöf Mjölonlind Blodrotsson Ormbunkedahl Kärrspirén Näverlund Tjäderspelén Orrspelsson Järpqvist Dalripa Stenknäckén Talltitell Domherrelöf Sidensvansson Nötväckarén Gärdsmygsdahl Kungsfågelberg Granbarkén Tallkottsson Lingonrisberg Myrstacksdahl Kvistlund-Halm Sälgqvist Hassellövén Rönnbärsström Älggräsdahl Blåbärsén Fjärilsgren Trollsländström",
    ),
    "finnish": (
        "Revontuli Pakkasliina Hallaviima Karpalotar Mustikkaneito Sinivuokko Koivuliina Ukkosenpoika Tähkäpää Routamieli Lumihiutale Sammalkivi Lakkamari Vaskiliina Kuuramaija Hillaneito Tuomenkukka Sarastus Päivätär",
        "Jäkälämaa Karhunsammal Kivikkoranta Lepikkoaho Närepelto Pihlajikko Riekkovaara Suopursula Tervaskanto Ukonkivi Vaarankorpi Vuoristokangas Hillasuo Kaislaranta Lakkasuo Mäntykorpi Kataja-Ahola Routasalmi Jäkäläniemi",
    ),
    "norwegian_icelandic": (
        "Hrafnkatla Þorgerður-Lín Bergþóra Eyvör Hlédís Dýrfinna Kolfinna Steinvör Geirþrúður Snæfríður Ljótunn Þórodda Ketilbjörn Hrollaugur Grímkell Ölvir Sigvor Torgunnhild Hallbjørg Jorunnhild Tyrihild",
        "Hrafnkelsdóttir Ketilbjarnarson Grímkelsson Ölvisdóttir Snæfríðardóttir Bjørnstadmoen Fjellstuen Kvernmoen Myrvoldbakken Sørbøtten Lundeplassen Rindalsholt Tverrlia Stabburshaug Hrollaugsson Steinvararson",
    ),
    "danish": (
        "Kirstinemarie Bodiline Ingeborgine Margrethelise Mettine Karenmargrethe Valdemarine Søsterine Ellenmarie Dorthealine Kristianemine",
        "Mosegaard-Vang Lyngbjerg Hvidkærgaard Rævehøj Tranekjær Skovsbøl Lindholt-Juul Stubkjær Egebjerggaard Hylleholt Kildeskov Fuglebjerg Tjørneholm Lerbækgaard Svanholt-Riis",
    ),
    "german_austrian_swiss": (
        "Hildtraud Adeltrude Walburgis Irmengard Notburga Crescentia Theodelinde Leberecht Fürchtegott Traugott Ehregott Wunibald Gottfrieda Leopoldine Hieronyma Kreszenz Burgl Wastl-Sepp Engelburga",
        "Scharnagl Wurmbrand Bärnreuther Ziegenhagel Habermehl Haselsteiner Wolkensteiner Edelbacher Moosbrugger Rauchenwald Pfannhauser Stelzhamer Grubinger Hundertpfund Zwiebelhofer Sauerzapf Lichtenegger Plattensteiner Kranzlbinder Hasenöhrl Pfeifenberger",
    ),
    "dutch_flemish": (
        "Wobbina Hiske Froukje Sjoukje Jantina Hindrik Harmtje Wijbrand Roelina Tjeerdina Meinoutje Gerbrig",
        "Kuipersma Nijenhuisman Schotanus Terpstrama Wijnbergen Oudeboom Zonneveldt Klompmaker Torenbeek Duiventoren Kruidhof Bakkenist Vermeulenbroek Hoefnagels",
    ),
    "french_belgian_swiss": (
        "Aldegonde Radegonde Eulalie Léocadie Euphrasie Fulbert Onésime Théophraste Pacôme Barnabé Honorine-Zélie Gérasime",
        "Chaumontel Bellegarrigue Fontanieu Malaterre Puymirol Vaudrecourt Courtepaille Boisgelin Clermontais Roquefeuil Vieilleville",
    ),
    "italian_spanish": (
        "Pasqualina Benvenuta Innocenza Prospera Diomira Ermenegildo Gesualdo Settimio Ottavina Nunziatina Librada Visitación Presentación Ascensión Fructuoso Hermenegildo Bienvenido Perpetua Tarcisio Euplio",
        "Quattrocchi Cinquegrana Mangiapane Scannapieco Sbarbaro Lanzillotti Passalacqua Tagliaferri Goikoetxea Urrutikoetxea Basterretxea Larrinaga Cacciatore-Lupi Pellegrinetti Spadafora",
    ),
    "polish_czech": (
        "Bogusława Mieczysława Ludomira Dobromira Bożydar Mścisław Sulisław Świętosław Ratibor Přemysla Bohuslava Radomila Ctislav",
        "Chrząszczewski Szczygielska Wróblewiczowa Źdźbłowska Pszczółkowska Skowronkiewicz Kukułczyńska Żurawiecki Słowikowska Dvořáčková Vrabcová Hrdličková Strnadová Kavková",
    ),
    "balkan_albanian": (
        "Dragoljuba Radojka Vukosava Stojanka Milijana Bosiljka Smiljana Gvozden Radivoj Dragutin Vukašin Mirushe Vjollca Bardhyla Shkurta Hyrije Lumturie",
        "Kraljačić Vukmirović Stojanac Zlatarić Kovačina Hajdarpašić Selimhodžić Tahirbegović Bajraktari Dervishi Maloku Rexhepaj-Lika",
    ),
    "romanian_hungarian": (
        "Smaranda Zamfira Safta Tudora Voica Anghelina Ghenadie Onofrei Pantelimon Zsuzsika Boglárka Hajnalka Kincső Villő Csongor Gyöngyvér",
        "Cârciumaru Ciobotaru Pescaru Zugravu Lăutaru Ferencsik Szentgyörgyi Kőszegi Erdőhegyi Sárközi Hollósi Fűzfás Kökényes",
    ),
    "greek_cypriot": (
        "Polyxeni Anthousa Chrysanthi Evanthia Stamatoula Panagiotitsa Charikleia Spyridoula Themistoklis Lykourgos Miltiadis",
        "Papadimitropoulou Karamanlidou Theodorakopoulou Chatzigeorgiou Kalogeropoulos Papanastasiou Triantafyllidou Kontogiannaki Vlachogianni Zervoudaki",
    ),
    "turkish_kurdish": (
        "Gülizar Nurhayat Sevgül Ilgın Dilşad Berivan Rojbin Dilovan Zerdeşt Hêvî Kajîn Rozerin Serhildan Gülperi Nurcihan",
        "Karadağlıoğlu Yelkenci Bakırcıoğlu Kuyumcuoğlu Çömlekçi Halıcıoğlu Değirmenci Kazancıoğlu Bozkurtoğlu Berwarî Dêrikî Şemdînî Amêdî Botanî",
    ),
    "arabic_assyrian": (
        "Rayhana Ghaliya Lujain Raneem Shahd Ruwaida Hadeel Dimah Arwa Nuha Sadeem Juwairiya Safiyyah Hamdan Suhaib Usaid Thabit Hudhayfa Shamasha Ninorta Ashurina Atorina Nahrin Sharbel Gewargis Shmoni",
        "Qaraqoshi Mosullawi Tikriti Basrawi Karkhi Najafi Hilli Anbari Shamoon Tamraz Gewargiz Bakoosh Odishoo Bet-Benyamin Khamis-Nissan",
    ),
    "persian_dari_afghan": (
        "Golrokh Parichehr Mahtab Farangis Mehrnoosh Sholeh Taraneh Yasaman Khorshid Arezoo Fereydoun Khashayar Rostam Shahpour Frozan Sodaba Lailuma Freshta",
        "Golshiri Khorramshahi Esfahanian Tabrizian Rashtizadeh Qazvini Sabzevari Neyshaburi Ghaffarian Mohebbi Ansarifard Nuristani Badakhshi Panjshiri Logari Kandahari Herawi",
    ),
    "somali_horn": (
        "Deeqa Ladan Faadumo Sagal Nimco Khadra Ilhaan Bashiir Cabdiqaadir Xuseen Maxamuud Cismaan Luwam Senait Feven Semhar Yordanos Mekdes Ceebla Qorsheel Dhuuxo Xaliimo Sahraan",
        "Jaamac Cumar Faarax Xirsi Cilmi Samatar Guuleed Ducaale Hiiraale Tewolde Gebreyesus Haileselassie Tesfamariam Ghebremichael Asmerom",
    ),
    "english": (
        "Lapwing Curlew Linnet Sorrel Tansy Yarrow Teasel Wheatear Stonechat Whinchat Larkspur Celandine Speedwell Campion Eglantine Meliora Dunnock Fieldfare Redpoll Goldcrest Chiffchaff Bullfinch",
        "Thistlewood Honeysett Brightwater Silverthorne Applethwaite Hedgecock Mossbottom Ploughwright Cartledge Greenhalgh Ormerod Sowerbutts Illingworth Gledhill Shufflebottom Longbottom Higginbottom Ramsbottom Winterbottom",
    ),
    "scottish_irish_welsh": (
        "Ealasaid Sìne Mairead Peigi Raghnaid Beathag Caoimhe Clodagh Fionnuala Ailbhe Bláthnaid Dearbhla Eirlys Gwawr Tegwen Meinir Dyfrig Iolo Cadfael Emrys",
        "MacFhionnlaigh MacCoinnich MacLachlainn Breathnach Prydderch Gruffydd Pughe Tregarthen MacGilleBhrìde",
    ),
    "baltic_ukrainian": (
        "Dainora Jūratė Žemyna Vakarė Gabija Indraja Skaidra Vija Inta Lesya Marichka Ustyna Yaryna Zoryana Dobrynia Ostap",
        "Gudaitytė Vasiliauskaitė Kairytė Kaminskienė Ozoliņa Kalniņš Bērziņš Liepiņa Zvaigzne Strautiņa Hrushevska Kotsiubynska Melnychuk Zaporozhets Kozachenko",
    ),
    "asian_south_asian": (
        "Meiling Xiuying Yuhan Zihan Ruolan Shufen Qiaoyun Huixin Jiaqi Yating Pornthip Wilaiwan Jintana Nittaya Thanawat Gurpreet Harjinder Sukhwinder Rajwinder Jaspreet Arulmozhi Kayalvizhi Senthamizh",
        "Shangguan Murong Duanmu Situ Linghu Kongsawat Sirisombat Phetcharat Huỳnh Phùng Randhawa Bhullar Cheema Kandasamy Arumugam Balasubramaniam Nadarajah",
    ),
    "latin_american_portuguese": (
        "Yurani Leidy Yessenia Marelvis Xiomara Yajaira Anyelo Yeferson Maicol Deivis Conceição Aparecida Raimunda Sebastiana Expedita Jucileide Valdeci Francivaldo",
        "Huamán Ccallo Yupanqui Huarachi Cusi Albernaz Vasconcelos Figueiredo Bragança Quaresma Sarmento Cotrim",
    ),
    "west_african_east_african": (
        "Chidinma Amarachi Uchechi Kelechi Ebere Oluwaseun Temitope Olamide Abosede Adebola Nyambura Wairimu Njambi Kerubo Moraa Nafula Onyekachukwu Chukwunonso Ogechukwu Ifeanyichukwu Olanrewaju Oluwatoyin Adetokunbo Ayomikun",
        "Ekwueme Nwokoye Okwuosa Ezeokoli Obiakor Anyanwu Oyewusi Adegboyega Akinwunmi Ogundipe Akintola Kuffour Danquah Kyerematen Njenga Kamotho Wachira Macharia Murimi Kipkemboi",
    ),
    "sami_kven": (
        "Máhtte Ánte Sunná Gávnnjas Jovnna Áilu Ovllá Iŋgir Niillas",
        "Somby Hætta Buljo Partapuoli Spiik Länta Utsi Nilut Keskitalo Alatalo",
    ),
    "caucasus_armenian_georgian": (
        "Nazeli Zaruhi Shushanik Gohar Arev Heghine Armenuhi Varduhi Aregnaz Smbat Mher Artavazd Nodar Merab Revaz Tamaz Sopiko Khatia",
        "Sahakyan Poghosyan Ghazaryan Manukyan Karapetyan Gasparyan Amiranashvili Beridze Kapanadze Tsiklauri Japaridze Gogoladze Lortkipanidze Margvelashvili",
    ),
}
