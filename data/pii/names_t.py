# ruff: noqa: E501
"""Romanised name candidates written for held-out T (issue 15), per origin.

Written from scratch for T by a helper who does not tune the detector and did not read its
rules, lexicons or tagger: not copied from `generator_names.py`, `names_e.py` ... `names_s.py`
or the tagger's training generator. Not every candidate is used: `generate_t.py --pool` keeps
only the words that no lexicon, no earlier set's text, no earlier pool word (E ... S) and no
tagger training pool holds. Most are rare, old, regional, compound or transliterated spellings
on purpose, since the common ones are in the public lists; some are everyday words in English or
Swedish, as some people's names are (`Gullviva`, `Kittiwake`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Gullviva Vitsippa Kaprifol Nattviol Havtorn Snöklocka Solglimt Vårflod Lärkdrill Ljusmåne Ingmarie-Lo Sigvardina Torgunn Hjalmarina Gudmunda Ragnhilde Assarina Botvida Ingefrid Ulvhilda Ebbaretta Tekla-Stina Oskarina Almgerd Runfrid Helgmund Sixtina Edlevi Torbjörg Gunnlög Majvor-Li Ingevi Hildevi Folkvar Åsmund-Tor Gerlev Sjunne-Bo Tuvemund Nilsina Perolina Svanlög Rutgerd",
        "Gullviva Havtorn Lärkträd Myrtenlund Snöklockström Smultronqvist Kabblekær Tuvullsson Fräkenlind Starrgren Hjortrongren Kråkbärssköld Ängsviolsdahl Bergsyrénius Lummerlöf Skvattramsson Ripqvist Fjällugglund Sädesärlander Gransångarén Tornsångsson Lövsångarberg Brushanelid Vigglöv Gräsandsten Strömstarell Kungsörnklo Kärrhöksdahl Mindréhn Bäcknejonsson Tjärnqvist-Ek Gölström Myrmalmén Slåtterängh Hässjebeck Vedbodén Skogsrået",
    ),
    "finnish": (
        "Sinikello Ukonhattu Kielo-Marjatta Vuokko-Lumia Iltarusko Helmikki Aamukaste Mielikki-Saana Sulotar Kyllikki-Orvokki Väinö-Ilmari Urpo-Kalervo Jalmari-Eetu Eemeli-Onni Lempi-Tyyne Toivo-Aapeli Pihla-Ronja Aava-Siiri",
        "Kuusiluoto-Aho Rantakangas-Pelto Suomaa-Hiltunen Pajukoski Harjuvaara Lehtoranta-Uusi Louhikorpi Kallioniemi-Vesa Raitalampi Koskenkorva-Aalto Katajisto-Siira Vuorenmaa-Kiiski Haavisto-Ojala Mäkiranta Heinälammi Nuottajärvi Tervaoja-Lind",
    ),
    "norwegian_icelandic": (
        "Ragnvor Torbjørg-Ane Sigrunn-Live Åsgerd Hallveig-Marit Gunnlaug-Elin Ingebjørg-Tone Eldbjørg Vigdisa Herbjørn Ásdís-Rún Þórey-Lind Guðlaug-Björk Hjördís-Ýr Sæunn Eyvindur-Kári Þorgrímur",
        "Bjørkedal-Lunde Hellevang Fossheim-Rud Kvitvang Liabø-Stene Nordhagen-Vik Tverrå Øyangen-Lie Sandvær Rypdal-Holm Guðlaugsdóttir Þorgrímsson Ásgeirsdóttir-Hall Eyvindardóttir",
    ),
    "danish": (
        "Mettelise Birtemarie Ingemette Kirsteline Helle-Vibs Sørinemarie Anebodil Ejnerine Poul-Egon Knudine Valborg-Lis Oluffa",
        "Hedegaard-Lund Kjærsgaard-Møll Lønborg-Friis Troelsgaard Vesterlund-Hjort Kildegaard-Bak Fuglsang-Thye Nørskov-Bech Havgaard Bøgelund-Kyhl Smedegaard-Toft Rønnebæk",
    ),
    "german_austrian_swiss": (
        "Irmtraud-Lore Gertraud-Resl Hedwiga Walpurga-Evi Liselotte-Mimi Burgunde Ottokar-Hias Gebhard-Wastl Kunibert Pankraz-Vitus Adelgunde Friedlinde Bonifaz-Hansi Mechthild-Gundi Wiltrud Brunhilde-Hilde Gerlinde-Trudl Sieglinde-Lindi Ehrentraud Hartwig-Hias Korbinian-Wiggerl Florian-Flori Vinzenz-Zenzl Theobald",
        "Achleitner-Stöger Bichlmayr Ederer-Kogler Fuchsberger-Holl Gschwandtner Hinterberger-Lux Kaltenbrunner-Sepp Leitgeb-Unger Mitterlehner Niederwieser-Auer Oberhollenzer Pichlmayr-Wöss Stockhammer-Rainer Zauchner Aichhorn-Wimmer Brandstätter-Gruber Dorfmeister Egger-Lienz Grasböck Hochleitner-Kern Kranawetter Loidl-Pammer Mayrhofer-Rauch Oberwinkler Prantl-Steidl Tiefenthaler Zechmeister-Bogner",
    ),
    "dutch_flemish": (
        "Trijntje-Bep Hendrikje-Lien Wypkje Grietje-Sjaan Antje-Fenna Jikke Tjitske-Lot Aukje-Mies Siebren-Bauke Hidde-Wietse Popke Gerolf-Jelmer",
        "Hoogeveen-Smit Klaassema Ruiterkamp-Bos Tjallingii Wiersma-Dijk Zwartjes-Hop Lammertink Oosterbroek-Wit Schuurmans-Koek Spijkerboer Vandenbussche-Pil Verhaeghe-Loos Dewaele-Coene",
    ),
    "french_belgian_swiss": (
        "Apolline-Rose Bérangère-Lou Domitille Ermengarde Philomène-Ysé Séraphine-Aude Gonzague-Thibault Aristide-Anselme Philibert-Gaspard Eudoxie Ghislaine-Maud Clotaire",
        "Beauchesne-Lemaire Champeaux-Delorme Duvergier Fontenelle-Brun Grandjacquet Lachenal-Riou Montbrison-Favre Pontchartrain Ravenel-Dumas Sablonnière Vauquelin-Roche Quiquerez-Rossel",
    ),
    "italian_spanish": (
        "Addolorata-Dora Annunziata-Titti Concettina-Cetta Immacolata-Lina Filomena-Mena Assuntina Gaetanino-Nino Calogero-Lillo Sebastiano-Nello Encarnación-Encarna Rocío-Macarena Remedios-Reme Baldomero Anacleto-Cleto Giuseppina-Peppa Crocifissa Carmeluzza Nicolina-Lina Rosaria-Sara Vittorina Ignazino Salvatorino-Totò Gerlando Amparo-Pili Milagros-Mila Inmaculada-Inma Eustaquio Nicasio-Casi Pancracio",
        "Abbruzzese-Lupo Cannavacciuolo Esposito-Cirillo Mastrogiacomo Palumbo-Ferrante Sansevero-Coppola Scarpitta-Leone Tramontano Aizpurua-Etxeberria Arrizabalaga Olazabal-Ugarte Zubizarreta-Ibarra Goñi-Larrañaga Cacciapuoti-Russo Mazzarella-Sannino Scognamiglio Sorrentino-Ruotolo Iaccarino-Aprea Vuolo-Staiano Garaialde Etxaniz-Arregi Mendizabal-Urkiola Lizarazu-Olano",
    ),
    "polish_czech": (
        "Bogumiła-Ola Dobrosława Jadwiżka Radosława-Ewa Wojsława Sławomira-Iga Zbigniewa Przemysław-Przemek Wszebor Ziemowit-Ziemek Bohumila-Bára Drahomíra Ludmila-Lída Svatopluk-Pluk Vojtěška",
        "Brzozowiecka-Łoś Grabowiecka Jaworska-Mróz Kalinowiecka-Bór Leszczyńska-Głaz Modrzewska Olszewiecka-Koc Wierzbicka-Mech Jeřábková-Malá Lipšová Olšanská-Tichá Habrmanová-Dvorská",
    ),
    "balkan_albanian": (
        "Dobrila-Zora Ljubinka Milunka-Stana Negoslava Radmila-Beba Zorka-Jela Velimir-Vojo Blagoje-Bato Hajrija-Fata Zulejha Mersiha-Dika Shpresë-Drita Qëndresa Valbona-Lule Flutura Ilir-Gëzim",
        "Bašagić-Hodžić Čengić-Pašić Dizdarević-Omer Hadžiselimović Kapetanović-Riza Mehmedbašić Pašalić-Hrle Zildžić Berisha-Gashi Hoxhaj-Krasniqi Kelmendi-Thaçi Lushaku Zymberi",
    ),
    "romanian_hungarian": (
        "Cosânzeana Floarea-Nuța Ilinca-Dochia Mărioara Rodica-Dida Sânziene Dorinel-Fănel Gheorghiță-Ghiță Mitică-Petrică Ibolya-Kata Piroska-Panni Emőke Csenge-Dóra Bendegúz Kolos-Ákos",
        "Bucurescu-Vidra Codreanu-Mihai Dumbrăveanu Fântânaru-Stoica Livădaru Poienaru-Chiriac Răchităn Zăvoianu-Preda Almásfüzitői Bodrogközi-Nagy Nyírségi Tiszaföldi-Vass",
    ),
    "greek_cypriot": (
        "Chrysoula-Roula Efterpi-Pipi Fotini-Fofo Kyriaki-Koula Paraskevi-Vivi Vasiliki-Kiki Zoitsa Athanasios-Thanos Dionysios-Nionios Stylianos-Stelios Prodromos Onisiforos",
        "Charalambidou-Savva Georgiadou-Loizou Hatzipetrou Kyprianou-Zenonos Michaelidou-Anthi Papachristoforou Stylianidou-Orfanou Xenophontos Zachariadou-Kleanthous",
    ),
    "turkish_kurdish": (
        "Almila-Su Bengisu-Nil Çağla-Ezgi Damla-Nehir İpeknaz Lalezar-Gül Nurseli-Ece Yağmurnaz Ayaz-Kağan Batuhan-Alp Çınar-Oğuz Tunahan Evindar-Zîlan Rojda-Nazê Şilan-Berfîn Azad-Serhat",
        "Alacahan-Şen Çamlıbel-Koç Dağdelen-Türk Eğilmezoğlu Güneşdoğdu-Tan Karakoyunlu Ormanoğlu-Us Sarıkamışlı Yıldırımcan-Ak Zaferoğlu Hevsaî-Şêxo Mîrzoyî Zêbarî-Hesen",
    ),
    "arabic_assyrian": (
        "Afnan-Rawan Buthaina Ghadeer-Lama Haneen-Ruqayya Marwa-Sidra Rahaf-Sundus Thuraya Wijdan-Lulu Anas-Luay Ghassan-Haitham Muhannad-Sinan Qusai Thamer-Rayan Ishtar-Ninos Shamiram Sargon-Akitu Ninib Raghdaa Sundusa Thuraiya Lubaaba Anwarah Ilhamiya Zahraa-Batoul Qamarulnisa Ghufran-Ayat Nadeemah Khuzama Muntasir Ubaydah Zuhayr-Maher Nabeelan Awraham-Shmuel Shamiramta Ninwaya Rabeeta",
        "Al-Khatib-Najjar Bakdash-Sioufi Dabbagh-Kayyali Ghrawi Haffar-Jazairi Kabbani-Midani Nahhas-Shalabi Qassab-Attar Sabbouh-Tarazi Zahrawi Benyamin-Odisho Warda-Khoshaba Yalda-Shlimon Qaddourah Shaqqour Zarzour-Haj Tarabichi Kahhaleh Ghazzawi-Issa Jawhariyyeh Sukkariyeh Hamawiyah Dallalah Khoshabo Ishoyahb Dawidiyah Bet-Shlimun Yonanoo",
    ),
    "persian_dari_afghan": (
        "Anahita-Roya Banafsheh Delaram-Mina Golnar-Sepideh Mahsima Niloufar-Tara Pegah-Sahar Shabnam-Nazi Bardia-Omid Dariush-Farzin Kaveh-Siavash Pejman Zarghuna-Shakila Wazhma Mirwais-Ajmal Mahrokh Setareh-Shiva Golbarg Mehrangiz Parvaneh-Afsoon Rokhsareh Shahrzad-Nika Zhaleh Bahador Kayvan-Shahab Mahyar Ramin-Hooman Zarlasht Palwasha-Storai Wagma",
        "Afsharzadeh-Nouri Golestaneh Haghighat-Tehrani Kermanshahi-Amin Mazandarani Nikpour-Sadeghi Safavizadeh Taleghani-Rad Vahabzadeh Ahmadzai-Wardak Popalzai Stanekzai-Haidari Ghazvininejad Hamedanizadeh Shirazinia Yazdanpanah-Karimi Zarrabi-Tousi Kashanifar Samarqandi Lodin-Mangal Kohistani Hotak-Tarakai",
    ),
    "somali_horn": (
        "Caasha-Hodan Filsan-Nasra Hibaaq Idil-Ubax Kaltuumo Muna-Sahra Roda-Hawo Ubaxa Xamdi-Naciimo Abshir-Cawil Dalmar-Guled Liban-Sahal Almaz-Tigist Meron-Selam Saba-Rahel Hodmaan Nasteexo Cawo-Idil Samsam Sucaad-Hibo Barlin Maandeeq Ilwaad Guhaad Kaahin-Cali Awale-Guuleed Tsehaynesh Abrehet Nigisti Gebrekidan",
        "Cabdalla-Dhuule Cilmi-Faarax Gaas-Warsame Jaamac-Kulmiye Mire-Oogle Sugulle-Xirsi Xasan-Yabarow Gebremedhin-Tesfay Kidane-Mebrahtu Woldegiorgis Cigaal-Buraale Faahiye Gacal-Dool Xaange Dhoorre-Ugaas Wacays Ceelbuur Kulmiyeh-Jees Habtemariam Weldeyesus Zemichael",
    ),
    "english": (
        "Kittiwake Ptarmigan Nightjar Turnstone Quince Medlar Damson Samphire Rowanberry Marigold-Bea Honesty-Jo Clemency Temperance-Liv Bramwell-Kit Ossian-Fox Peregrine-Tam",
        "Kittiwake Quince Greengrass Honeybone Sweetlove Shakeshaft Catchpole Gathergood Bellringer Goodenough-Hart Lovelock-Dunn Pettigrew-Vane Whitlock-Snow Blackadder-Rhodes Cruickshank-Pym Ashburner Fothergill-Lamb Cheesewright",
    ),
    "scottish_irish_welsh": (
        "Catrìona-Mòrag Iseabail-Ceit Oighrig Seumasina Ùisdean-Dòmhnall Aoife-Saoirse Gráinne-Úna Muireann-Sorcha Ruairí-Cathal Tadhg-Oisín Angharad-Rhiannon Heledd-Mererid Gwenllian Rhodri-Aneurin",
        "MacIlleathain-Dunn Mac-an-t-Saoir Dalgleish-Gow Kinnaird-Blair Moncrieff-Boyd Ó-Súilleabháin Mac-Giolla-Phádraig Ní-Bhriain Uí-Néill Pritchard-Bevan Vaughan-Meredith Rhydderch-Gwyn",
    ),
    "baltic_ukrainian": (
        "Gintarė-Rūta Laimutė Ugnė-Vaiva Aušrinė-Milda Žydrūnė Algirdas-Vytas Ausma-Laima Dzintra-Sarmīte Ilga-Baiba Valdis-Aivars Ivanna-Khrystyna Solomiya-Bohdana Zlata-Myroslava Yarema-Bohdan Ramunė-Skaistė Vaidilutė Rūtenė Gražvydė Vėjūnė Jogailė Austrapila Maiga-Skaidrīte Zigrīda Vizma-Ārija Dzidra Mstyslava Orysia-Hafiia Ulyasia Yavdokha",
        "Čiurlionytė-Vainė Jankauskaitė-Rūkė Kazlauskienė-Vilkė Petrauskaitė-Girė Ramanauskienė Bērziņa-Kalniņa Krūmiņa Zariņa-Liepa Bondarenko-Khoma Didenko-Savchuk Hnatiuk-Marchuk Yatsenko-Voloshyn Vaičiulionienė Juknevičiūtė Stankūnaitė-Pilkė Žemaitaitytė Laukagalė Šilinskaitė Ziediņa Vītoliņa-Krasta Ķirsone Skrypnychuk Dmytrenko-Hrytsai Voloshchuk-Zinchuk Yurchyshyn",
    ),
    "asian_south_asian": (
        "Yuqing-Lan Ruoxi Wanting-Hui Xiaoling-Jing Mingyu-Tao Kanokwan-Fon Rattana-Mali Suphannee Nhung-Hoa Thảo-Vy Hằng-Nga Manpreet-Kaur Navjot-Singh Simranjeet Kalaivani Thenmozhi-Devi Murugesan Yuxuan-Ling Shiyun Ziyue-Qing Wanqing Kanyarat-Nok Siriporn-Dao Phimchanok Anchalee-Pla Diệu-Linh Khánh-Vy Xuân-Mai Parmjit-Kaur Baljinder Kuldeep-Singh Ilavarasi Pavithra-Devi Thirunavukkarasu",
        "Ouyang-Zhou Sima-Wen Zhuge-Liang Gongsun-Mei Chaiyaporn-Sak Wongsawat Phromsuwan-Thai Trương-Đặng Võ-Phạm Dhaliwal-Sandhu Grewal-Bains Thambirajah Vigneswaran-Raj Zhangsun-Hui Dongfang-Yu Helian-Wei Huyan-Qiang Ruangsri-Phon Srisomboon Thongchai-Dee Khúc-Vương Lã-Đinh Sidhu-Aulakh Toor-Mangat Sivagnanam Ratnasabapathy",
    ),
    "latin_american_portuguese": (
        "Yeimy-Luz Karoll Deisy-Yulieth Maryori Yuleisy-Paola Edinson-Yair Jhon-Fredy Brayan-Stiven Raimundinha Socorrinho Francisquinha-Lia Benedita-Dita Valdirene Josivaldo-Tião",
        "Chambi-Condori Choque-Mamani Illanes-Huanca Quisbert-Limachi Ticona-Apaza Vargas-Chuquimia Albuquerque-Pimentel Bittencourt-Dias Cerqueira-Lobo Magalhães-Portela Tavares-Sampaio",
    ),
    "west_african_east_african": (
        "Adaeze-Nkechi Chinwendu Ngozika-Ada Obiageli Yetunde-Bisi Folasade-Funmi Afua-Ekua Efua-Aba Kofi-Kwesi Wanjiku-Njeri Wangari-Muthoni Achieng-Awino Jelagat Chepngetich Ifeyinwa Chidiebube Onyinyechi Nwakaego Oluwafunmilayo Ayodeji-Ireoluwa Mawuena Esinam Dzifa Akosua-Serwaa Wambui-Gathoni Chepkoech Nekesa-Naliaka Atieno-Akinyi",
        "Adeyemi-Olawale Chukwuemeka-Obi Nnamdi-Okonkwo Okonjo-Iweala Oyelaran Asante-Darko Owusu-Ansah Kamau-Njoroge Mwangi-Kiprono Odhiambo-Otieno Kipchumba-Sang Nwaogwugwu Onwuachi-Ezeani Adebanjo-Ogunleye Oyebanji Akuffo-Addo Ampofo-Twumasi Kiplagat-Cheruiyot Wafula-Wekesa Njuguna-Kinyanjui Onyancha",
    ),
    "sami_kven": (
        "Ánde-Risten Beaivi Gárjá Iŋgá-Máret Lávrrá Niiddá Sollá-Biret Ristenmárjá Ovlla-Heaika Uvja",
        "Bientie-Kuhmunen Eira-Gaup Labba-Jannok Nutti-Kuoljok Omma-Pavval Tuorda-Kitok Valkeapää Vuolab-Inga",
    ),
    "caucasus_armenian_georgian": (
        "Anahit-Lusine Astghik Hasmik-Nune Siranush Tatevik-Mane Vardanush Ashot-Tigran Gegham Hovhannes-Vahe Ketevan-Nino Tinatin-Tamuna Manana Levan-Zurab Giorgi-Shota Tornike",
        "Avetisyan-Harut Grigoryan-Mkrtchyan Hakobyan-Sargis Ohanjanyan Ter-Petrosyan Vardanyan-Ghukas Abashidze-Chkheidze Dadiani-Gelashvili Javakhishvili Kipiani-Lomidze Tsereteli-Gabunia",
    ),
}
