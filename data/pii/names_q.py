# ruff: noqa: E501
"""Romanised name candidates written for held-out Q (issue 15), per origin.

Written from scratch for Q by a helper who does not tune the detector and did not read its
rules, lexicons or tagger: not copied from `generator_names.py`, `names_e.py` ... `names_p.py`
or the tagger's training generator. Not every candidate is used: `generate_q.py --pool` keeps
only the words that no lexicon, no earlier set's text, no earlier pool word (E ... P) and no
tagger training pool holds (see `generate_q.py`). Most are rare, old, regional, compound or
transliterated spellings on purpose, since the common ones are in the public lists; some are
everyday words in English or Swedish, as some people's names are (`Kestrel`, `Humle`, `Dagg`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Humle Dagg Hassel Vide Nypon Kvist Tistel Mylla Vallmo Blåklint Rimfrost Sälgvi Hägglinn Gullvi-Maj Ingvarda Ragnvida Sigfastina Torbrand Alvfrid Gunnvald Hjördisa Ingemunda Jonasina Kettilfrid Ljotgerd Malvinda Nilsina Olvhild Ragnbritt Sigbjörn-Ola Sixtina Solbritt-Ann Tyrvald Ulvgerd Vilmina Åsbritt Ärnfast Örnulf Bengtina Dagfrid Eskilda Folkvida Gislaug Hallbritt Illugi Jarlfrid Klasina Lagmund Märtalill Nilsfrid Ottonie Perolina Ragnarda Svenborga Tuvalill",
        "Humlegren Daggström Hasselrot Videbeck Nyponqvist Kvistbladh Tistelrot Myllberg-Ek Vallmoström Blåklintius Rimfrostedt Sälgbäcken Häggbladius Lönnqvistedt Abborrsjö Gäddström Ekorrbacka Kråkhammar Skatström Orrlöv Tjäderqvist Lodjursson Bäverdahl Uttersjö Järvbladh Hermelinius Mårdsäter Lämmelstam Ripbladh Sparvström Stjärtmes Gråsiska Domherrström Nötväckius Hämplingsson Rörsångare Knölsvan Myrspovius Brushanedal Gökstedt Strömstare Kärrsångh Backsippedal Linneabladh",
    ),
    "sami": (
        "Ánde Biret Elle-Máret Gávnnas Inga-Ristin Jovnna Máhtte Niillas-Ánde Ristenlill Sunná Válle Ásllat Bierga Gáddjá Máret-Ánne Ravdna Ristiinná Nillá Ovllá Beaska",
        "Gaup-Somby Juuso-Bientie Labba-Utsi Näkkäläjärvi Oskal-Eira Påve-Gaino Sarri-Nutti Turi-Skum Valkeapää-Aikio Bientie-Kuhmunen Aslaksen-Sara Bongo Eira Logje Somby Oskal",
    ),
    "finnish": (
        "Aamuruska Iltaruska Kaarnaliina Lumikukka Mesikämmen-Aino Pihlajatar Sinisiipi Taimi-Tuulikki Usvaliina Vappu-Kerttu Hillevi-Sisko Ahti-Jalmari Eljas-Urho Oiva-Kalervo Viljo-Tapani Siiri Iines Vieno Lempi Oskari Tapio Aune",
        "Ahvenjärvi-Koski Haukilahti Kangaspunta Kärppälä Lahnalampi Näätänen-Oja Peltokorpi-Mäki Rastaala Sammalisto Tikkanoja-Salo Ukonaho Vesikallio-Rinne Yläkorpi Kuikkaniemi Kiuruvesi-Ranta Hiekkapelto Kivimäki Rautiainen Haapakoski Pietiläinen",
    ),
    "estonian": (
        "Ilmatar-Liis Kadrilinn Lainela Maarjaliis Õnnela Pärjalill Rõõmuke Tiiumari Virvemai Hillar-Tõnis Helje Külli Tiiu Ülle Heino",
        "Kaasikmägi Kuusemets-Pärn Laanemägi Männisalu Nõmmemaa Põldsepp-Kask Rabakivi Sookaskne Tammemägi-Saar Vahtrametsa Kõrvemaa Järvelill Sepamäe",
    ),
    "norwegian": (
        "Solgunn Torhild-Anna Ragnfrid Gunnvor-Liv Åsborg Herbjørg Steinulf Torleiv Ingulv-Are Kjellfrid Sigvor Ingfrid Eldbjørg Vebjørn Sjur Gudveig",
        "Brattbakken-Moe Flatmoen Gjerdrumstuen Hvalbye Kvalsvik-Ness Lynghaugen Myrvoll-Strand Røysland Skjærvø Ulvestuen Tverberg Flatebø Skjelbred Haugsbakk Tveiten",
    ),
    "danish": (
        "Ellinor-Bodil Gudrunlise Inger-Margrethe Karenlis Signelise Valborgine Aksel-Villum Eskild-Holger Thorkild-Bent Ellemarie Solvej Ejnar Tage Ingeborgine Karna",
        "Bundgaard-Skov Egelund-Friis Grønbech-Holst Kragelund Lundsgaard-Bech Mølgaard-Krogh Rugaard Stenbæk-Lind Vestergaard-Hviid Fruergaard Lindegaard Ørskov Bækgaard Kjeldgaard",
    ),
    "german": (
        "Hiltrud-Marie Ottilie-Rose Rosmarie-Lies Walburga Wiltrud Adalbert-Götz Gerwin Hartwig-Ulf Reinhold-Kuno Sieglinde-Eva Gotthilde Hedwiga Irmgardis Walpurga Kunigunde Notburga Hemma Wunibald Leberecht Fürchtegott Traugott Ehrenfried Dankwart Giselher",
        "Bachmeier-Stöckl Eichhorner Fuchsberger-Lahm Gschwandtner Hinterstoißer Kirchschläger Moosbrugger-Rieder Pfaffenbichler Schwaighofer Unterkircher Zehetbauer Zuckerstätter Holzknecht Kranewitter Leitgeb Obermoser Pfeifenberger",
    ),
    "dutch": (
        "Aaltje-Fenna Geesje Hiltje Jikke-Lien Tjitske Wobbine Douwe-Jelle Sybren-Tjeerd Froukje Aukje Hylkje Sjoukje Wopke Tsjalling Rinske",
        "Boschhuizen Dijkstra-Hoekema Heerenveen-Kok Oldenkamp Scholtenhuis Terpstra-Wiersma Veenendaal-Pool Wiegersma Hoekstra Bosgra Wijbenga Zijlstra Elzinga Tuinstra",
    ),
    "polish": (
        "Bogumiła Dobrosława-Ewa Jadwisia Mieczysława Przemysława Radosława-Ola Wiesława-Zofia Bolesław-Jan Czcibor Mściwój Przemko Zbyszko-Lech Bożydar Dobromir Sulisław Wszebor Gościsław Radogost Żelisław Mirogniew Bronisława Świętosława",
        "Brzęczyszczykiewicz Chrząszczewska Gżegżółka Jastrzębowska-Nowak Kołłątaj-Wrona Przybyłowicz Szczepankiewicz-Kos Włodarczyk-Pająk Źdźbłowska Żurawiecka Pstrągowski Ździebko Chrobotek Szczygielski Wróbelek Kruczkowiak Grzmocińska",
    ),
    "ukrainian_russian": (
        "Bohdana-Oksana Khrystyna-Lesia Lyubomyra Myroslava Nadiya-Solomiia Svitozara Yaroslava-Ivanka Orest-Taras Svyatoslav-Ihor Volodymyr-Bohdan Zinovii Olesia Zoriana Ulyana Marichka Ostap Yurko Lesyk",
        "Bondarchuk-Hrytsenko Chornovil-Didenko Hrushevska Kotsiubynska Lysenkivna Prokopovych-Rudenko Shevchukova Tkachenko-Vovk Zaporozhets Hnatiuk Ostapchuk Dovzhenko Kostiuchenko Vertiporokh",
    ),
    "hungarian": (
        "Boglárka-Réka Csenge Enikő-Zsófi Hajnalka Ibolyka Orsolya-Kata Szilvia-Emese Zsuzsanna-Dóra Botond-Levente Gyöngyvér Zsombor-Bence Csillag Emőke Bíborka Villő Kincső Huba Álmos Örs Hajna",
        "Bakonyi-Szabó Csörgő Fehérvári Gombkötő Kovácsházi Mészöly-Tóth Rácz-Nagyvári Szentgyörgyi Vörösmarty-Kis Gyöngyösi Pálfalvi Szabolcsi Kisvárdai Hegyaljai Bodrogközi",
    ),
    "greek": (
        "Anastasoula Chrysanthi-Eleni Evanthia Kalliopi-Maria Panagiota-Rena Stamatia Theodosia-Vaso Xanthippi Charalampos-Babis Panteleimon Stylianos-Stelios Eftychia Paraskevi Polyxeni Stavroula Efstathios Spyridon Chrysoula",
        "Anagnostopoulou Chatzidimitriou Georgakopoulos-Vlachos Karamanlidou Konstantinidou-Pappa Papadopetrakis Stavropoulou-Zervou Tsakalidis Vasilakopoulou Mavrogiannis Kouloumbis Tsiolis Kalogeropoulou Chatzikyriakou",
    ),
    "turkish": (
        "Bilgesu Cansu-Nur Dilara-Ezgi Gökçen Ilgın-Ece Nurhayat Selvinaz Yağmur-Su Alparslan-Ege Batuhan Kaanberk Oğuzhan-Tolga Gülizar Şükran Nazlıcan Sevgül Tülin Kıvanç Tuğrul Erkut",
        "Akyürek-Bulut Çakmakçıoğlu Demirkıran Eskicioğlu Gündoğdu-Kaya Karaosmanoğlu Kuyumcuoğlu Öztürkmen Tekinalp-Uslu Kılıçarslan Yeşilçay Karabulutlu Dumlupınar Akçakoca",
    ),
    "kurdish": (
        "Bêrîvan Delalê Evînê Gulistan-Hêvî Jînda Nazdar-Rojîn Rojbîn Şêrîn-Zerî Berxwedan Dilşêr Rêbaz Şervan-Azad Hêlîn Zozan Kejal Berfîn Dilovan Hejar",
        "Amêdî-Berwarî Baziyanî Dêrsimî Hekarî-Zaxoyî Mergesorî Pêncwînî Soranî-Barzan Xoşnaw Botanî Zebarî Mukriyanî Hewramî",
    ),
    "persian": (
        "Golnoosh Mahtab-Nasrin Nilufar-Shirin Parastoo Shabnam-Laleh Taraneh-Mina Yasaman-Golbahar Ardeshir-Kian Bahman-Dariush Farhad-Siavash Kourosh-Arman Mahsima Shahrzad Simindokht Pardis Aylar Siamak Behzad Kamyar Bardia",
        "Esfandiarpour Ghaffarzadeh Hosseinkhani-Rad Jahanbakhsh Kalantari-Nejad Mahmoudabadi Nikpour-Sadeghi Shahrokhzadeh Zarrinkolah Tabrizizadeh Kermanshahi Ghazvini Rafsanjanifar Sabzevari Hamedanian",
    ),
    "arabic": (
        "Asalah Batoul-Rima Ghadeer Inaam Lubaba Nawal-Rasha Raghad-Ruba Tasneem-Wafa Yusra-Alaa Bassel-Hamza Ghaith-Munzer Nizar-Wael Wissam-Taim Loubna Hanadi Sawsan Ibtisam Muhannad Hazem Mouaz Ayham",
        "Abu-Shakra Al-Haffar Barakeh-Shami Dakkak Halabi-Kurdi Kabbani-Nahhas Qassab Sabbagh-Tarabishi Zaatari-Hallak Chahrour Fattouh Moukarzel Haddadin Tarazi Qabbani Joumblatt",
    ),
    "tigrinya": (
        "Abrehet Ghenet-Luwam Hiwet-Selam Lemlem Mehret-Feven Saba-Tirhas Senait-Winta Yodit-Rahwa Berhane-Tesfit Habtom Kidane-Yonas Mehari-Tekle Tsegereda Letemariam Hagosit Zewditu Tirhasit Semhar Nebiat Awet Yordanos Kibrom Filmon Mebrat Weyni",
        "Gebremedhin-Asfaha Habtemariam Kidanemariam Tesfamichael-Berhe Weldegiorgis Zerezghi-Haile Tewelde Ghebreyesus Woldemichael Gebrekidan Okbazghi Teklehaimanot Ghebrehiwet Mehreteab Tesfagabir Andemariam Fessehaye",
    ),
    "somali": (
        "Canab-Hodan Deeqa-Sahra Faadumo-Nimco Hawo-Suad Idil-Muna Ladan-Ubah Sagal-Amran Cabdi-Xasan Faarax-Guuleed Mukhtaar-Jaamac Nasteexo Ruqiyo Hodman Farxiya Cawo Ugbaad Kaltuun Cabdiraxmaan Cabdiqaadir Xuseen Shirwac Yoonis Ifrah",
        "Cawaale Dhoorre-Liibaan Garaad-Xirsi Qoorsheel Samatar-Cilmi Warfaa-Gurey Waarsame Fiqi Caynaanshe Gacmadheere Dhegacadde Shirdoon Jimcaale Ugaas Fiidow Caraale Xaaji",
    ),
    "portuguese": (
        "Conceição-Fátima Graciete Ilídia-Rosa Leopoldina-Inês Prazeres Rosalina-Amélia Aníbal-Tomé Custódio Gervásio-Rui Albertina Deolinda Ermelinda Filomena Hermínia Olímpia Bartolomeu Sebastião",
        "Albuquerque-Brandão Carvalhais Figueiredo-Meireles Magalhães-Sampaio Quaresma-Pinho Vasconcelos-Teles Sarmento Quintela Vilaça Trigueiros Albergaria Bettencourt Valadares Sequeira Gouveia Mesquita Lobato",
    ),
    "irish": (
        "Caoimhe-Róisín Dearbhla Éabha-Gráinne Fionnuala-Bríd Sadhbh Síofra-Úna Cathal-Ruairí Donncha Tadhg-Oisín Fiachra-Colm Caoilfhionn Muireann Bláithín Ailbhe Órlaith Diarmuid Peadar Seosamh Daithí Toirdhealbhach Máirtín Sadhbhín",
        "Ceallacháin Súilleabháin Dálaigh-Rua Cárthaigh Giollabhríde Bhriain-Ruadh Donnabháin Flaithbheartaigh Cinnéide Laoghaire Mathúna Gallchobhair Dubhghaill Cearbhaill Baoill Mordha Loingsigh",
    ),
    "english": (
        "Kestrel Plover Pippin Saffron Tarragon Bilberry Cinder-Mae Heron Lark-Ellis Marigold-Rae Nettle Peregrine-Jo Rosehip Sparrow-Lee Starling Tempest Whinchat Foxglove Honeysuckle Wagtail Fieldfare Bluebell Campion Fennel Chervil Burdock Verbena Nightjar Skylark Redwing",
        "Sweetapple Goodbody Treadaway Lovejoy Honeybone Shakeshaft Peppercorn Doolittle-Cray Hardcastle-Finch Bellringer Candlish Gathercole Inchbald Jellicoe Lambkin Moneypenny-Howe Oddie-Stubbs Pinchbeck Ravenhill Slocombe-Tate Threlfall Wigglesworth Birdwhistle Fothergill Gastrell Henshilwood Inchcombe Jaggard Kitchingman Merryweather Oldroyd Pennycook Quelch Rainbird Tugwell Wagstaffe Youngjohns Bellchambers Widdowson",
    ),
    "welsh": (
        "Angharad-Non Betrys Ceinwen-Mair Eirlys Gwawr-Elin Llinos Morfudd Tegwen-Haf Cadfael-Ioan Emrys-Gethin Iorwerth Eluned Nesta Olwen Bronwen Meirion Gethin",
        "Ap-Iorwerth Bowen-Pugh Glyndŵr Llwyd-Morgan Penrhyn-Jones Trefor-Vaughan Prydderch Gwynedd Maddocks Llywelyn Powys Cadwaladr",
    ),
    "filipino": (
        "Mahalia-Joy Ligaya Marisol-Dalisay Rosalinda-Mayumi Luzviminda Bayani-Jun Dakila Marlon-Tirso Tala Liwayway Dalisay Marikit Bituin Amihan",
        "Dimaculangan Macaraeg Pangilinan-Delacruz Sumulong Tolentino-Bautista Villaluz Macapagal Dimaano Panganiban Mangubat Lacsamana Magsaysay",
    ),
    "vietnamese": (
        "Bích-Ngọc Hồng-Nhung Khánh-Linh Mỹ-Duyên Thu-Trang Thúy-Vy Quốc-Bảo Minh-Khôi Trọng-Nghĩa Diệp Hạnh Tuyết Khuê Quỳnh Hiền Phượng Thắm Nguyệt Trinh",
        "Nguyễn-Phạm Trương-Lâm Huỳnh-Đặng Võ-Quách Lương-Tạ Triệu Khổng Doãn Quách Tạ Lã Diêm Mạc",
    ),
    "bengali_urdu": (
        "Anjuman-Ara Farzana-Mitu Nusrat-Jahan Rokeya Shamima-Tania Sharmin-Akhi Zobaida Mahbubur-Rahman Shafiqul Tanvir-Zubair Waqas-Ehtesham Rubaiya Tahmina Nafisa Sumaiya Rafiqul Mahfuz",
        "Chowdhury-Talukdar Hossainy Majumder-Sarkar Bhuiyan-Mollah Qureshi-Siddiqui Rizvi-Naqvi Bhattacharjee Talukder Howlader Sikdar Patwary Mridha",
    ),
    "west_african": (
        "Adaeze-Nkem Chidinma Ebunoluwa Folasade-Yemi Ifeoma-Ngozi Nana-Akosua Oluwaseun Yewande Chukwuemeka Kwabena-Kofi Olumide-Tunde Ebere Chiamaka Nneka Ayodele Adwoa Efua Kwame Yaw Abena",
        "Adeyemi-Okafor Babatunde-Eze Nwachukwu-Obi Ogunleye Okonkwo-Adebayo Oyelaran Asantewaa Boateng-Mensah Onyekachi Ekwueme Olatunji Asamoah Oduya Anyanwu Nnamdi",
    ),
    "bulgarian_greek_cypriot": (
        "Desislava-Yana Gergana Radostina Tsvetelina-Mila Zlatka Boyko-Lyuben Hristo-Svilen Stoyan-Kalin Zornitsa Velislava Mariyka Rumyana Dragomir",
        "Dimitrova-Hristova Georgieva-Stoyanova Karaivanova Pendzhurova Stoilkova Zhelyazkova Vylcheva Zdravkova Hristoskova Blagoeva Kostadinova",
    ),
}
