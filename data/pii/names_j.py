# ruff: noqa: E501
"""Romanised name candidates written for held-out J (issue 15, round ten), per origin.

Written from scratch for J: not copied from `generator_names.py`, `names_e.py` ... `names_i.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_j.py
--pool` keeps only the words that no lexicon, no earlier set (E ... I included), no earlier
pool word and no tagger training pool holds (see `generate_j.py`). Rare spellings and
transliterations on purpose: the common ones are in the lexicons already.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Adolfina Benedikta Carolus Dorthea Efraim Fredrika-Lo Gunborg Hildur-Ann Isidor Josefa Kjellaug Lovisa-Bo Mauritz Nikolina Olivia-Rut Palmira Rudolfina Selmira Tekla-Mi Uno-Axel Vendela-Ru Wilgot Ylva-Lis Åsvid Ödgärd Bertilda Cecilla Disa-Maj Elof-Erik Fingal",
        "Adelsköld Blixencrona Carlheim Drufva Ehrensvärd Frölander Granath-Ek Hägerflycht Ihrmark Jägerskiöld Klingspor Leijonflycht Muhrbeck Nordencreutz Oldenburg-Ek Palmstierna Rålamb Stjernswärd Tersmeden Uggla-Lind Wachtmeister-Bo Zethelius Åkerstedt-Lo Östergren-Sjö Barnekow Cronstedt Dahlstierna Falkenberg-Ek",
    ),
    "finnish": (
        "Ahti-Pekka Eerika Hilkka-Maija Iivari Jouni-Taneli Kaisu Lauri-Eemil Mielikki Nelli-Ilona Oiva Pirkko-Liisa Riikka-Mari Sulo Taavi-Onni Unto Väinö-Ilmari Aatu Eelis Hertta Irja-Kaarina",
        "Ahvenainen Hakulinen-Oja Immonen-Salo Jääskeläinen Kinnunen-Mäki Luukkonen Marttinen-Aho Nousiainen Ollikainen Partanen-Ek Rautiainen Savolainen-Vik Tiihonen Väisänen-Lahti Ylönen Honkanen-Ruo Kauppinen-Vaara Pölönen Räsänen-Koski Tirkkonen",
    ),
    "syrian": (
        "Abdulhadi Batoul-Ruba Dalaa Eyad-Nizar Fidaa Ghaith-Adnan Hiba-Lama Iyas Jouri Khuzama Lamis-Nada Mazen-Ryad Nesrine Orwa Ruaa Suhaib-Amr Tuqa Wajd Yamen-Adi Zein-Alabidin",
        "Al-Azmeh Al-Khani Bitar-Rahal Chamsi Droubi Fansa Ghrawi Haffar-Nuri Jazairi Khatib-Rifaat Lababidi Malki-Dib Nashawati Qassab Rawwas Sabbagh-Touma Tabbaa Wahbi-Ajaj Yousfi-Hallak Zaim-Ghazal",
    ),
    "iraqi": (
        "Ahlam-Nur Baneen Dhiyaa Ghadeer Hamsa-Lin Intisar Jaafar-Ali Kawthar Muammal Noorhan Qamar-Aldin Ruqaya Sajjad-Amer Thamer Wafaa-Sana Zainab-Huda Akeel Dalal-Rim Hussam-Aldin Saja",
        "Al-Azzawi Al-Dulaimi Al-Fayyadh Al-Gharawi Al-Hashimi-Kaz Al-Jubouri Al-Khafaji Al-Musawi Al-Obaidi Al-Rubaie Al-Shammari-Ez Al-Tamimi-Raz Al-Zubaidi Karbalai Mosuli-Adel Najafi-Hasan Samarrai",
    ),
    "afghan": (
        "Ahmadzia Bibi-Gul Dawood-Shah Freshta Gulalai Habibullah Jamshid-Khan Khatera Lailuma Mursal Nazifa Parwana-Gul Qudratullah Roya-Sahar Shakila-Mina Tamana Wahida Zarlasht Asadullah Mirwais",
        "Ahmadzai Barakzai-Nur Durrani-Khan Ghilzai Hotak Jalalzai Karzai-Amin Logari Mangal-Zai Noorzai Popalzai Rahimi-Shah Sadat-Nazir Tokhi Wardak-Gul Yousufzai-Nur Zazai Andar-Khel Kakar-Zai",
    ),
    "iranian": (
        "Anahita-Roya Behnaz Dariush-Kian Elaheh Farnoosh Golnar Homayoun Jaleh-Mina Kourosh-Ali Leila-Sepideh Manijeh Nasrin-Gol Omid-Reza Parvaneh Shahrzad Taraneh Vahid-Reza Yasaman-Nur Ziba-Gol Arshia",
        "Aghazadeh Bakhtiari-Nia Dastmalchi Esfandiari Farahani-Pour Ghorbani-Nejad Hosseinzadeh-Mir Jafarian Kermani-Pour Lotfi-Azar Mazandarani Nikpour-Zand Rafsanjani-Ek Sadeghi-Far Tabrizi-Pour Vaziri-Nia Yazdani-Zand Zandi-Pour Ashtiani",
    ),
    "somali": (
        "Ayaan-Hodan Bashiir Caasho Deeqa-Sahra Farxiya Guuleed Hibaaq Istarlin Jamac-Ali Khadar-Nur Luul Muxubo Nimco-Deeq Qamar-Sado Ruqiya Sagal-Ifrah Timiro Warsame-Ali Xaliimo Yurub",
        "Cabdulle Dirie-Nur Egal-Hirsi Faarax Gacal Hawiye-Ali Jimcaale Kaahin Liibaan Maxamuud-Ali Nuur-Axmed Qorane Rooble-Hassan Samatar-Ali Tuure Warfaa-Nur Xirsi-Geedi Yuusuf-Aw Calasow Ciise-Aadan",
    ),
    "eritrean": (
        "Abrehet Berhe-Mika Dawit-Yonas Eden-Selam Filmon Ghenet Hagos-Temesgen Kisanet Luwam Meron-Ariam Nebiat Rahwa-Eden Saba-Tirhas Tedros-Amanuel Winta Yordanos Zebib Aster-Helen Medhanie Semhar",
        "Abraha-Kidane Berhane-Tesfai Debesai Ghebremariam Habtemichael Kahsay-Amare Mebrahtu Negassi Okbazghi Russom-Tekle Sereke Tewolde-Berhan Woldeab Yohannes-Gebru Zerai-Mehari Asmerom Fesshaye Kiflom Tsegai",
    ),
    "kurdish": (
        "Avesta Baran-Dilan Cîhan-Rez Dilşad Evîn Gulistan-Ar Hêvî Jînda Kawa-Rêbaz Lavîn Mizgîn Nêrgiz Rojîn-Ava Serhad Şîlan Welat-Ciwan Zelal-Hêja Zozan Ararat-Ciya Berfîn",
        "Amêdî Barzinji-Ali Bradosti Dizayee-Rez Goran-Hawrami Hewrami Jaf-Rasul Kakeyi Mergasori Pêncwênî Qaradaghi Rewandizi Sorani-Ali Talabani-Rez Xoşnaw Zêbarî Akreyi Duhoki Mukriani Sincari",
    ),
    "bosnian": (
        "Adnan-Emir Belma-Lejla Dženan Edina-Merima Fikret Hajrudin Irfan-Jasmin Jasmina-Lea Kemal-Adis Lamija Medina-Ajla Nedim-Tarik Omer-Faruk Rusmir Selma-Nur Tarik-Armin Vildana Zerina-Lana Alma-Aida Mirza-Emin",
        "Alagić Begović-Hodžić Ćatić Delalić Efendić-Kurt Fazlić Gradaščević Hadžiahmetić Imamović-Mešić Jašarević Kapetanović-Lo Ljubović Mehmedbašić Nuhanović Omerbašić Pašalić Rizvanbegović Softić-Zukić Tahirović Zulfikarpašić",
    ),
    "polish": (
        "Bogumiła Czesław-Jan Dobromir Eugenia-Ewa Felicjan Grażyna-Iza Hieronim Ireneusz Jadwiga-Ola Kazimiera Leokadia Mieczysław Nikodem-Piotr Otylia Przemysław Rozalia-Ewa Sławomira Teofil Wiesława Zdzisław",
        "Brzęczyszczyk Chrząszcz-Lis Dąbrowiecki Grzybowska-Nowak Hołownia Jastrzębska Kołodziejczyk Łuczywo Międlar Niedźwiecka-Bor Ostrowska-Wilk Pietrzykowski Rzepecka Szczepańczyk Trzaskowska Wróblewska-Mak Zabłocki-Gaj Żurawska Kwiatkowska-Lis Sobieraj",
    ),
    "turkish": (
        "Alparslan Berrak-Su Cansu-Ela Deniz-Ekin Ecevit-Can Feraye Gülbahar Hürrem İlkay-Naz Kıvanç Lale-Su Melisa-Nur Nevzat Oğuzhan Pınar-Ece Rüzgar Şeyma-Nur Tülay Ümran Yağmur-Ece",
        "Abacıoğlu Bozdoğan Cömertler Demirtaş-Kaya Erdoğdu Güleryüz Hacıoğlu İnceoğlu Karabulut-Ay Kırmızıgül Menteşoğlu Nalbantoğlu Özdemiroğlu Pehlivanlı Sarıgül-Ak Tekinalp Uzunoğlu Yavuzer Zeytinoğlu Çakıroğlu",
    ),
    "ukrainian": (
        "Bohdana Dobrynia Halyna-Oksana Ivanna-Mila Kvitoslava Liubomyr Myroslava-Ira Nazarii Oleksandra-Ya Ostap-Taras Roksolana Sviatoslava Taisiia Vasylyna Yaroslava-Iva Zlata-Myla Zoryana Danylo-Ostap Solomiia Yevheniia",
        "Bondarchuk-Lys Chornovol Dovzhenko Hnatiuk Kostenko-Bilyk Lysenko-Marko Melnychuk Nazarenko-Ivas Oliinychenko Petriv Rudenko-Sava Sheremeta Tkachuk-Hlib Verbytska Yatsenko-Zhuk Zabolotna Kravchuk-Dan Holovatyi Stetsenko Pidhirna",
    ),
    "thai": (
        "Anchalee Boonsri Chanida-Ploy Duangjai Kanokwan Lamai-Nok Malai Nattaya-Fon Orapin Phailin Rattana-Mai Siriporn-Ya Thanawat Uraiwan Wanida-Kae Yupin Kittisak Pornthip Somchai-Lek Jintana",
        "Boonyarat Chaiwong-Sri Duangkaew Jitpraphai Kaewmanee Limsakul Meesuk-Ngam Nakprasert Ongart Pattanakul Rattanasak Suwannarat Thongsuk-Dee Uthaiwan Wongsawat-Dee Yodprasit Chanthara Kongkaew Phromma Saengthong",
    ),
    "vietnamese": (
        "Bich-Ngoc Cam-Tu Dieu-Linh Gia-Bao Hoai-An Khanh-Vy Lien-Hoa Minh-Triet Ngoc-Diep Phuong-Thao Quynh-Chi Thanh-Tam Thuy-Duong Tuan-Kiet Xuan-Mai Yen-Nhi Bao-Chau Duc-Anh Hai-Yen Kim-Ngan",
        "Bach-Dang Chu-Van Diep-Thi Giang-Van Ha-Quang Kieu-Thi La-Van Mac-Dinh Nghiem Ong-Van Quach-Thi Ta-Quang Thach Tieu Uong Van-Thi Vuong-Dinh Khuc Lieu Trinh-Cong",
    ),
    "chinese": (
        "Baoyu Chunhua Dongmei Fangzhou Guiying Haoran-Li Jiahui Kaixin Lanfang Meiling-Xu Ningxin Qiaoyun Ruolan Shuying Tianyu-Bo Xiaoyan Yuqing Zihan-Lu Wenjie Yaling",
        "Bai-Zhou Cen Dou Feng-Xu Gou Hua-Lan Ji-Mei Kuang Lian Miao Ning-Ke Ou-Yang Pu Qu-Wen Shen-Tu Tan-Yi Wei-Chi Xian Yue-Lin Zhuo",
    ),
    "indian": (
        "Aishwarya-Rao Bhavna Chandrakant Devika-Sri Gayatri Harshvardhan Indumati Jayalakshmi Kaveri-Devi Lakshmikant Madhumita Nandini-Rao Omkar-Nath Padmavati Raghunandan Sharmila-Devi Tejaswini Umashankar Vaishnavi Yashodhara",
        "Bhattacharjee Chakraborty-Sen Deshpande-Rao Gangopadhyay Hegde-Kumar Iyengar-Raman Jhunjhunwala Kulkarni-Patil Mukhopadhyay Nambiar-Menon Parthasarathy Raghavan-Iyer Subramaniam-Pillai Tendulkar-Rao Upadhyaya Venkataraman Wadhwani Banerjee-Sen Chatterji Khandelwal",
    ),
    "english": (
        "Aldous Bathsheba Cuthbert Drusilla Ebenezer Fenella Gervase Hepzibah Ignatius Jemima-Rose Kester Lavinia-May Mortimer Nerys Ottoline Peregrine Quentin-Hugh Rosamund-Ivy Sebastian-Tobias Tabitha-Jane",
        "Ashburnham Blenkinsop Cholmondeley-Hay Dymoke Etherington-Smythe Featherstonehaugh Gascoigne-Pole Heathcote-Drummond Isherwood-Bly Jolliffe Kettlewell Lambton-Shaw Marjoribanks Nettleship Ormsby-Gore Pettigrew-Lane Quilliam Rowbotham Sowerbutts Twistleton",
    ),
    "german": (
        "Adelgunde Burkhard-Jan Clementine-Ida Dietlinde Eckehard Friedegund Gottlieb-Ulf Hannelore-Sie Irmtraud Jobst Kunigunde Leberecht Mechthild Notburga Ottokar Rotraut Siegmund-Kai Traugott Waltraud-Inge Wolfram-Egon",
        "Abendroth Bienefeld Dreckmann-Ost Eichendorff-Berg Fallersleben Grimmelshausen Hohenlohe-Ek Ingenhoven Kuckelkorn Lichtenstein-Haas Mückenberger Nesselrode Oppenheimer-Ruf Pfefferkorn Quadflieg Rosenplüt Schwarzkopf-Ulm Tiedemann-Rau Uhlenbrock Wittelsbach",
    ),
    "chilean": (
        "Anselmo Bernardita Cristóbal-Ignacio Dominga Eliseo Florencia-Paz Gumersindo Hortensia Isidora-Belén Joaquina Leoncio Macarena-Paz Nicanor Orfilia Policarpo Renata-Sol Sinforosa Tránsito Ulises-Amaro Violeta-Paz",
        "Aguirrezábal Bascuñán Cifuentes-Araya Errázuriz-Ovalle Fuenzalida Goycolea Huidobro-Lira Irarrázaval Jocelyn-Holt Larraín-Vial Matte-Correa Ossandón Pinochet-Ureta Quezada-Rojas Rencoret Sotomayor-Vial Undurraga Valdivieso-Ruiz Yrarrázaval Zañartu",
    ),
}
