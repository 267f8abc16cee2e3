# ruff: noqa: E501
"""Romanised name candidates written for held-out S (issue 15), per origin.

Written from scratch for S by a helper who does not tune the detector and did not read its
rules, lexicons or tagger: not copied from `generator_names.py`, `names_e.py` ... `names_r.py`
or the tagger's training generator. Not every candidate is used: `generate_s.py --pool` keeps
only the words that no lexicon, no earlier set's text, no earlier pool word (E ... R) and no
tagger training pool holds. Most are rare, old, regional, compound or transliterated spellings
on purpose, since the common ones are in the public lists; some are everyday words in English or
Swedish, as some people's names are (`Kardborre`, `Hazelnut`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Kardborre Blåklint Ljung Vitmossa Hägring Dagg Rimfrost Aftonsol Solvarv Mårngunn Ingvildur Torhild-Maj Gunnvor Sigfrida Algotina Ragnvi Helmfrid Ulfrida Bengtina Ottiliana Svenborg Halvardina Ingemund Tordmund Gudleik Asmundina Edvardina Fridolfa Ebbeborg Vendela-Stina Majros Rönnaug Gerdina-Lo Hjördisa Almvi Runvor Bodvild Tyra-Lovis Ingvarda Rutger-Alf Folkvid Svanmund Ödvin",
        "Kardborre Blåklint Kvarnsten Sjögräs Näverlund Tallkotte Mossbeck Lavqvist Ekollonsson Björkrisdahl Ljungskär Hjortronäng Snöbärsson Nyponlid Klövervall Humlegårdh Vallmoqvist Rallbuske Kungsängslilja Mjölkört Tibastqvist Vindruvius Skogsnäva Knölsyrén Korsnäbbsson Stenknäck Sidensvans Videsparv Domherresköld Trädkrypare Spillkråksson Mörtbäck Lakegren Sikqvist Harrström Simpfors Nors-Berggren Flundrell",
    ),
    "finnish": (
        "Kuovi Pilvikki Sinipiika Kastehelmi Tuulikki-Maaret Vienotar Lumikki-Aino Hallatar Kerttuli Urho-Kalevi Paavo-Eliel Tapio-Aarne Pellervo-Isto Ahti-Ukko Lahja-Senni Saimi-Helka Eevertti",
        "Kuovinoja Tikkakoski-Rae Lintulahti-Ojala Mäntykangas Pajuluoma Kivisilta-Aho Haapakorpi Koivuranta-Ilola Pihlajamaa-Hovi Ruohonen-Lampi Kataja-Ojanen Leppälahti Sammalkorpi Variksenoja Jäkälä-Niemi",
    ),
    "norwegian_icelandic": (
        "Sigvor Aslaugine Torunn-Live Gunnvald Eilivur Haldis-Brit Ragnfrid Vebjørg Solveig-Åse Hallvor Þórhalla Sigurlína Hrefna-Dögg Jódís Ólafía-Sól Steinvör Gísli-Þór Þrándur",
        "Nordbotten-Aas Trollstien Fjellvang-Sæther Kvernmo Snøfugl Lauvhaug Myrvoll-Brenden Tindeland Høgsæter Grjotheim Bakkebø Sigurlínudóttir Hrafnkelsson-Bjarg Þrastardóttir Steinvararson",
    ),
    "danish": (
        "Karenlise Bodilmarie Inger-Lis Sørine Ellenmette Holgerine Aksel-Bo Palle-Ejner Ebbeline Gurli-Mette Kirstenbo Dagmarine",
        "Lyngholt-Krogh Skovgaard-Tved Mølgaard-Friis Bøgeskov-Lind Enghave-Holt Kragelund-Dam Vestergaard-Kyst Ravnsbjerg Søholm-Bundgaard Tranekjær Hyldgaard-Mose",
    ),
    "german_austrian_swiss": (
        "Walburga-Resi Hiltrud-Gundi Notburga Kunigunde-Lisl Friedhelma Adalbert-Sepp Gottfriede Rupertine Wunibald Engelhard-Fritz Leopoldine-Mizzi Roswitha-Kathi Hildebrand",
        "Auffenberger Buchleitner-Gruber Dachsberger Eichhorner-Moser Grubenthaler Haselsteiner-Pichler Kirchmayr-Lenz Moosbrugger-Wirth Obertaller Pfaffenbichler Schwarzenlander Unterkircher-Falk Waldhauser-Prem Zirngast-Huber",
    ),
    "dutch_flemish": (
        "Aaltje-Grietje Bauke-Sietse Dieuwertje Fokje-Tjitske Geesje Hiltje-Anke Jeltje Klaasje-Nel Roelfien Sjoukje-Bet Tjeerd-Jelle Wobbe",
        "Boerkamp-Stegink Dijkhuizen-Prins Gerritsma-Hof Harmsma Kruithof-Wever Meulenbeld Nijboer-Sleutel Oudejans-Tromp Schuttevaer Veldkamp-Bolt Waterreus Ydema Vanlerberghe-Dupont Pauwels-Vinck",
    ),
    "french_belgian_swiss": (
        "Adélaïde-Berthe Clémentine-Odile Eugénie-Maud Firmine Gisèle-Alix Léontine Marthe-Solène Radegonde Victorin-Abel Anatole-Gustave Eustache Lazare-Fulbert Norbert-Aimé",
        "Bellecombe-Roux Chambrelent Desgranges-Mollet Fontanaud Gaudefroy Hautecloque-Bry Jeanrenaud-Perret Lamarzelle Malherbe-Cuenod Pellegrue Rocheblave Valentinois-Bolle",
    ),
    "italian_spanish": (
        "Benvenuta Carmelina-Pina Domenica-Nuccia Graziella-Tina Nunziatina Rosalba-Lia Santuzza Vincenzina Agatino-Tano Baldassare Corradino-Enzo Consolación-Chelo Purificación-Puri Visitación Eleuterio-Lolo Florencio-Paco",
        "Buonocore-Russo Capobianco-Iorio Della-Ratta Fiorentino-Gallo Lanzafame Malafronte-Cuomo Pennacchio Spadafora-Volpe Tagliaferri-Neri Abaitua-Elorza Goikoetxea Igartua-Mendia Lasarte-Otxoa Uriarte-Zuazo",
    ),
    "polish_czech": (
        "Bronisława-Ola Czesława-Mila Gościsława Mieczysława Świętosława Wiesława-Ula Zdzisław-Zbych Bolesław-Witek Ludomir Jaromíra Květoslava-Jitka Vlastimila Bohuslav-Jirka Radoslav-Mirek",
        "Chmielewska-Gil Dzięciołowska Gołębiewska-Nowak Jastrzębska-Król Kuropatwa Pszczółkowska-Las Sikorzyńska Żurawiecka-Bąk Čmelíková Drozdíková-Veselá Hrdličková Strakošová-Bílá",
    ),
    "balkan_albanian": (
        "Dragoljuba Milosava-Raja Radojka Slavojka-Mila Vukosava Miodrag-Rade Dobrivoje Stojadin-Ljubo Hasnija-Zlata Mejrema Ševala-Hida Dritëro Lindita-Vjosa Mimoza-Arta Rrezarta Agim-Besnik",
        "Alagić-Kovač Begtašević Ćatić-Halilović Karabegović-Sarač Muftić-Kadić Osmanbegović Šehović-Turkić Džaferović Hasanbegović-Kurt Kastrati-Dukagjini Lajçi-Rama Shabani-Vokshi Tafilaj",
    ),
    "romanian_hungarian": (
        "Anișoara-Mirela Florentina-Lili Ruxandra-Ioana Sânziana-Maria Viorica-Mia Zâna Costică-Ionel Mitruț Tudorel-Vasile Boglárka-Réka Enikő-Virág Hajnalka Gyöngyvér Botond-Levente Zsombor-Ábel",
        "Brădățeanu Cârciumaru-Stan Dobrogeanu-Popa Frunzăverde Mărgineanu-Oprea Pădureanu Stejărescu-Vlad Ursăcescu Felsőbányai Kisjókai-Szabó Rétfalvi Szentkirályi-Orbán",
    ),
    "greek_cypriot": (
        "Angeliki-Kiki Despoina-Pina Eleftheria-Ria Kalliopi-Popi Panagiota-Giota Stavroula-Voula Theodora-Dora Anastasios-Tasos Charalambos-Bambos Panagiotis-Takis Spyridon-Spyros Evagoras",
        "Anastasiadou-Mavrou Chatzigeorgiou Dimitrakopoulou-Kara Eleftheriadou Kallergis-Vlachou Konstantinidou-Pappa Mavrommatis-Liakou Panteliadou Sotiropoulou-Manou Vasilakopoulou",
    ),
    "turkish_kurdish": (
        "Aybüke-Nisa Belinay Cansel-Ilgın Defne-Yağmur Ecrin-Beren Gülbahar Ilgaz-Tuna Mirza-Efe Nurhayat-Su Selvinaz Sudenaz Yiğitalp Berivan-Jîn Dilşa-Rengîn Hejar Jiyan-Roj Nûdem Zinar-Aram",
        "Akçakoca-Sarp Bayraktaroğlu-Er Çelikkanat Demirkıran-Oğuz Eskikaya Gökçeoğlu-Tan Karabulutoğlu Kocadağ-Uçar Özdemiroğlu-Ak Taşdelen-Yurt Amedî-Botanî Dêrşewî Xerzanî-Baz",
    ),
    "arabic_assyrian": (
        "Asmahan Bayan-Ruba Dima-Lujain Ghaliya Hala-Rahaf Jouri-Lama Nisreen-Yara Rasha-Duaa Wafaa-Hind Adham-Fadi Bashar-Nizar Hazem-Ziad Munther-Wael Nawar Tamer-Yaman Ashurbel Ninwe Sharbel-Elias Shamasha",
        "Abu-Ghazaleh Al-Rifai-Husseini Baalbaki-Tannous Darwazeh Ghoussoub-Fakhoury Haddadin-Qasem Jabbour-Nassar Khalaf-Shami Mardini-Sabbagh Qutaishat Shammas-Tuma Khamis-Benyamin Lazar-Dinkha Yacoub-Oraha",
    ),
    "persian_dari_afghan": (
        "Azadeh-Sima Forough-Nasrin Golbahar Mahtab-Yasaman Nasim-Parisa Parastoo Shirin-Taraneh Soraya-Homa Arash-Babak Behrouz-Kian Kourosh-Navid Mehrdad Shahram-Reza Bibi-Gul Malalai-Zarmina Nazifa",
        "Abbaszadeh-Rahimi Behbahani Esfandiari-Moghadam Ghaffarpour Hosseinabadi Jahanbani-Kazemi Mirzaei-Tabrizi Rostamzadeh Zanganeh-Sohrabi Andarabi Barakzai-Noori Kakar-Sultani Safi-Zadran",
    ),
    "somali_horn": (
        "Ardo-Hinda Deeqa Fardowsa-Idil Hamdi-Ubah Istar-Leyla Nimco Qamar-Sagal Ugaaso Yasmiin-Ladan Cumar-Bile Daahir-Geedi Mahad-Shire Aster-Mahlet Genet-Lemlem Konjit Tsion-Saba Yordanos",
        "Cawaale-Dhoore Faarax-Gurey Guuleed-Roble Jimcaale Magan-Cilmi Qorane-Saciid Warfaa Xuseen-Yare Abebe-Kebede Desta-Tefera Haile-Mariam-Gebre Tsegaye-Wolde",
    ),
    "english": (
        "Hazelnut Sorrel Bracken Foxglove Wren-Ellery Campion Yarrow Meadowsweet Dunlin Sanderling Lapwing Chaffinch Oriel Merriweather Tansy-Bel Linnet Starling-Mae",
        "Hazelnut Sorrel Whitebread Honeysett Buttery Copperwheat Goodbody Merryweather Sweetapple Pennycook Mustardseed Thistlethwaite Gathercole Inchbald Ramsbottom-Kent Smallbones Longbottom-Hale Winterbottom Threlfall-Gray Attenborough-Pike Grimshaw-Pell Bellhouse Cheesewright Oakshott",
    ),
    "scottish_irish_welsh": (
        "Beathag-Oighrig Ciorstaidh Eilidh-Seonaid Marsaili-Peigi Murdina Raghnall-Calum Tormod-Iain Aoibheann-Síle Bríd-Neasa Caoilfhionn Dearbhla-Clodagh Fiachra-Lorcan Cerys-Lowri Eurwen-Nia Glesni Myfanwy-Elin Iolo-Gethin",
        "MacAulay-Rennie Buchanan-Orr MacCorquodale Drysdale-Kerr Lumsden-Tait Ogilvie-Rennie Mhic-Aoidh Ó-Dubhghaill Ní-Cheallaigh Breathnach-Kyne Fflur-Rees Llewelyn-Hopkin Prydderch Treharne-Watkin",
    ),
    "baltic_ukrainian": (
        "Dovilė-Austė Eglė-Rasa Kotryna-Gabija Nomeda Saulė-Jūratė Vytenis-Darius Liene-Agnese Mārīte-Dace Zane-Inese Arvīds-Krišjānis Haly-Oksana Zoriana-Ulyana Yaryna-Solomiia Ostap-Nazar Volodymyr-Taras",
        "Baltrušaitė-Kairė Dambrauskienė Grigaliūnaitė Mickevičiūtė-Rimkė Šimkūnaitė Žukauskienė-Puodė Kalnača Liepiņa-Strauta Ozolniece Dovzhenko-Yarosh Kravchenko-Bilyk Ostapchuk-Nazarenko Tkachenko-Lysenko",
    ),
    "asian_south_asian": (
        "Huiling-Yan Qiuyue Shufen-Lan Xinyi-Mei Zihan-Hao Chanida-Ploy Kulap Sirikit-Noi Thitima Kiều-Oanh Phương-Linh Bích-Ngọc Gurleen-Kaur Harjeet-Singh Sukhmani Tamilselvi Vasuki-Devi Ilangovan",
        "Huangfu-Lin Murong-Chen Shangguan Duanmu-Li Jaidee-Sombat Ratanakorn Suwannarat-Chai Nguyễn-Trần Huỳnh-Lê Bhullar-Gill Randhawa-Sekhon Pararajasingham Sivapalan-Kumar",
    ),
    "latin_american_portuguese": (
        "Dayana-Luz Jhoselyn Leidy-Yurani Marbella Nayeli-Rosa Yuliana-Ximena Darwin-Yeison Jhonatan-Fredy Wilfredo-Lucho Conceição-Lurdes Iolanda-Bia Jurema Raimunda-Nena Aparecido-Tião",
        "Ayala-Mamani Ccori-Huaman Huarachi-Quispe Mamani-Titi Pacohuanaco Yupanqui-Cusi Cavalcanti-Araújo Brandão-Pires Figueiredo-Leal Gonçalves-Boaventura Maracajá Piracicaba-Lins",
    ),
    "west_african_east_african": (
        "Chiamaka-Ozioma Ebere-Nneka Ifeoma-Uju Kelechi-Obinna Olamide-Tolu Oluwaseun-Dapo Adwoa-Esi Akua-Abena Kwabena-Yaw Njambi-Wairimu Nyambura Auma-Adhiambo Cherono Jepkosgei",
        "Agbaje-Olatunji Ekwueme-Nnaji Ibezim Nwachukwu-Eze Obiechina Okafor-Umeh Adjei-Boateng Mensah-Ofosu Kariuki-Gitau Muthoni-Wanjala Ochieng-Owino Rotich-Kirui",
    ),
    "sami_kven": (
        "Ánne-Sárá Biret-Márjá Elle-Kátjá Gáddjá Máret-Ristin Ravdná Áilu-Nillá Jovnna Ovllá-Ásllat Sávvon",
        "Gaup-Somby Juuso-Labba Máhtte Niillas-Eira Oskal-Sara Spiik-Ponga Turi-Bongo Utsi-Kemi",
    ),
}
