# ruff: noqa: E501
"""Romanised name candidates written for held-out I (issue 15, round nine), per origin.

Written from scratch for I: not copied from `generator_names.py`, `names_e.py` ... `names_h.py`,
the lexicons or the tagger's training generator. Not every candidate is used: `generate_i.py
--pool` keeps only the words that no lexicon, no earlier set (E ... H included), no earlier
pool word and no tagger training pool holds (see `generate_i.py`). Rare spellings and
transliterations on purpose: the common ones are in the lexicons already.
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Algot Bengta Davida Edvardina Florentin Gerd-Inger Halvdan Ingeborg-Li Jarl-Erik Kerstin-Maj Leontine Magnhild Nanny Oscaria Petrus-Ivar Ragnvald Sixten-Bo Thyra Ulla-Britt Valdemara Wilmer-Ask Yngvild Ärna Östen-Per Agda-Lisa Bernhardina Cornelis Dagmara Eufemia",
        "Ahlqvist-Berg Bergenstråhle Cederschiöld Drakenberg Edelsvärd Fleetwood-Ek Gyllenhammar Hammarlund-Sjö Ihre Järta Kempe-Lind Lagerbielke Mannerfelt Nordenskjöld-Ek Oxehufvud Posse Reuterskiöld Silfverswärd Taube-Lund Ulfsparre Wrangel-Ek Zetterqvist-Bo Åkerhielm Örnfelt Bielke Dücker Fock Gyllensvärd Lewenhaupt",
    ),
    "finnish": (
        "Aarni Eveliina-Aada Hannes-Ilari Ilmatar Jalmari Kyllikki Lempi Martta-Liisa Niilo-Eemeli Onni-Pekka Pihla Reino-Kalevi Saimi Tuulia Urho-Veikko Vilppu Aune Eino-Juhani Helmi-Sofia Ilppo",
        "Ahonen-Kivi Hirvonen-Laine Ikäheimo Jokiranta Kärkkäinen-Aho Lepistö-Mäki Mannila Niskanen-Oja Oinonen Puustinen Rytkönen Syrjälä Tolvanen Uusitalo-Ek Vesterinen Ylitalo Hyvärinen Kettunen-Lahti Pesonen-Rinne",
    ),
    "syrian": (
        "Abdulkarim Bayan Diyaa Ebtisam Fayrouz Ghofran Huda-Nour Ibtihal Jamil-Adib Kinda Lujain Muhannad Nawal-Rim Obada Rawan-Lin Shaza Taim Wisam Yaman Zakwan",
        "Al-Attar Al-Jundi Baroudi Dabbagh Ghanem-Ali Hamwi-Saad Istanbuli Jabri Kabbani Lahham Mardini Nahhas Qudsi Rifai Shishakli Tellawi Yazji Zeno Atassi Hourani-Nasr",
    ),
    "iraqi": (
        "Alaa-Aldin Bashaer Ghufran Haidar-Ali Ilham Jinan Karrar Mahdiya Nabaa Qusay Rusul Saif-Aldin Tabarak Wisal Zahraa-Nur Ayat Dhurgham Hawraa Montadher Sarmad",
        "Al-Aboudi Al-Bayati Al-Hakim Al-Janabi Al-Kaabi Al-Lami Al-Maliki Al-Naqeeb Al-Quraishi Al-Rikabi Al-Sudani Al-Ugaili Basrawi Diwani Kadhimi-Saad Tikriti Anbari",
    ),
    "afghan": (
        "Ahmadzia Bahara Farishta Gulalai Habibullah Khalida Latifa-Gul Mirwais Nazifa Parwana Qadria Rahmatullah Shabnam-Gul Torpekai Wahida Zarlasht Asadullah Hosai Marwah-Gul Sultana",
        "Ahmadzai Barakzai Durrani-Khan Ghaznawi Hotak Kakar Mangal Niazi Popalzai Rahimi-Sadat Safi-Noor Stanikzai Tokhi Wardak Yousufzai Zadran Alokozai Jalali Noorzai Sultani",
    ),
    "iranian": (
        "Arezoo Bahareh-Sadat Dorsa Ehsan-Ali Fereshteh Golbahar Homa Kimia Mahtab Nazanin-Zahra Pegah Roya Sepideh Shervin Touraj Vahid Yalda Zohreh Arsalan Nima-Reza",
        "Amirkhani Behbahani Davoudi Eslami-Nia Forouzan Gharib Hejazi Jahanbakhsh Karimpour Mahmoudian Najafabadi Pourmand Rezaeian Samadi-Far Tabatabaei Vaziri Yazdani-Pour Zand Khademi Sharifzadeh",
    ),
    "somali": (
        "Asli Bilan Canab Dahabo Faadumo Gacalo Hamdi Ilhaan Jawahir Khadra Layla-Amal Maryan Nasteexo Qali Saado Shamso Ugbaad Xamdi Ayaanle Mahad",
        "Abtidoon Barre-Ali Cilmi Dirie Faarax Geedi Hassan-Nur Ismaaciil Jibriil Kulmiye Maxamed-Cali Nuur-Aadan Qaasim Rage Shire Tahlil Warsame-Jama Xuseen Abokor Gaas",
    ),
    "eritrean": (
        "Adiam Biniam Feven Ghenet Helen-Selam Kisanet Lidya Mehari Nahom Rahwa Senait Tesfalem Winta Yohana Aron-Tesfay Dehab Eden-Luwam Mussie Samrawit Yafet",
        "Abraha Berhe-Ab Desta Fitwi Gebremedhin Haile-Mariam Kahsay Mehretab Negash Okbay Redae Solomon-Ab Tesfamariam Weldemichael Yohannes-Ghide Zerai Asfaw Gebru Kiflom Tekeste",
    ),
    "kurdish": (
        "Avesta Bahoz Çiya Dilan Evin Hêvî Jiyan Kawa-Ali Lorîn Mizgîn Nûjîn Rojda Serhed Şêrko Zîlan Berfîn Dilşad Hejar Rêzan Soran",
        "Amedî Barzanî-Ali Botanî Dersimî Hekarî Kobanî Mêrdînî Qazî Rojhilatî Soranî Zaxoyî Bradostî Duhokî Hewramî Mukriyanî",
    ),
    "bosnian": (
        "Adnana Belma Dženana Elvedina Fatima-Zehra Hajrudin Irfana Jasmina-Lejla Kemal-Edin Lamija Mirsada Nermina Omer-Faruk Selma-Ajla Tarik-Emir Zijad Amra Edina Hamza-Ali Sabina-Amra",
        "Begović Ćatić Dedić-Hodžić Fazlić Hadžiahmetović Imamović-Kurt Jahić Kulenović Ljubović Muftić Nuhanović Omerbašić Pašić-Selimović Šehović Tahirović Zulfikarpašić Alagić Bećirević Delalić Hasanbegović",
    ),
    "polish": (
        "Bożydar Celestyna Dobromir Eustachy Florentyna Gniewko Hortensja Ignacy-Jan Jadwiga-Ewa Kazimiera Leokadia Mściwoj Nikodema Przemysława Radomiła Sędzimir Teodozja Władysława Zbysław Bolesława",
        "Brzęczyszczykiewicz Chrząszcz Dłubak Gąsiorowska Grzegorczyk-Bąk Jabłońska-Nowak Kołodziejczyk Łopuszańska Mazurkiewicz-Ryś Pietruszewska Rzepecki Szczęsna Trzaskowski-Lis Wróblewska-Kos Żurawska Krzemińska Sobczyńska",
    ),
    "turkish": (
        "Aysun Bülent-Can Ceylan Deniz-Su Ebru Feyza Gülşen Hülya Ilgın Kıvanç Meltem Nurdan Özge-Naz Pınar Rüya Şebnem Tülay Yağmur Zerrin Çağla",
        "Akbulut Bozkurt-Ateş Çelikkaya Demirtaş Erdoğdu Gökçen Hacıoğlu Karakaya-Er Kocabıyık Menteşe Özdemirci Sarıgül Tanrıverdi Uzunoğlu Yılmazer Zorlu Akçaoğlu Başaran Dinçer Kuzucu",
    ),
    "ukrainian": (
        "Bohdana Dariia Halyna-Oksana Ivanna Khrystyna Liubomyr Myroslava Nazarii Orysia Severyn Solomiia Taras-Ostap Ulyana-Mariia Vasylyna Yaroslava Zinoviia Arsenii Bohdan-Yurii Oleksandra-Iryna Stepaniia",
        "Bondarchuk Danyliuk Fedorchenko-Ruban Hnatyshyn Ivashchenko Kovalchuk-Hrytsenko Lysenko-Marchuk Melnychenko Ostapchuk Pavlenko-Shevchuk Romaniuk Savchuk Tkachenko-Boiko Voloshyn Yatsenko Zinchenko Bilyk Kravets Nechyporuk Sydorenko",
    ),
    "thai": (
        "Anchalee Boonsri Chatchai Duangjai Kanokwan Kittipong Malee Nattaya Orathai Pimchanok Rattana Siriporn Somchai-Lek Thanawat Wanida Apinya Chalermchai Jiraporn Nongluck Suwannee",
        "Boonyarat Chaiyaporn Chanthawong Inthasorn Jaidee Kaewmanee Laohapong Noppakun Phromsuwan Rattanakorn Saengthong Srisuwan Thongchai Wongsakul Yodkaew Boonmee Charoenwong Kittikhun Pattanapong Siriwat",
    ),
    "vietnamese": (
        "Bich-Ngoc Duc-Anh Hoai-Thu Khanh-Linh Minh-Chau Ngoc-Diep Phuong-Thao Quang-Huy Thanh-Tam Tuyet-Mai Xuan-Lan Yen-Nhi Bao-Tran Gia-Han Hai-Dang",
        "Bui-Tran Dinh-Vo Duong Ha-Ngo Lam-Trinh Luu Mac Phung Quach Ta Thai-Vu Tong Vuong Chu-Dang Doan-Le",
    ),
    "chinese": (
        "Baoyu Chunhua Dongmei Guangming Huiling Jianguo Lihua-Mei Minghui Qiuyue Ruolan Shuyi Tianyu Wenjie Xiaoling Yanping Zhiwei Haoran Jingyi Yutong Zihan",
        "Ouyang Situ Zhuge Shangguan Dongfang Nangong Zhangsun Murong Duanmu Gongsun Huangfu Linghu Sima-Chen Xiahou Yuchi",
    ),
    "indian": (
        "Aishwarya Bhavana Chaitanya Devika-Rani Gayathri Harshavardhan Ishwarya Jyothika Karthikeyan Lakshmipriya Madhumitha Nandakumar Padmavathi Ramakrishna Sowmya Thirumalai Umamaheswari Venkatesh-Rao Yamini Srinivasan-Iyer",
        "Chakraborty-Sen Deshpande Ganguly Iyengar-Rao Jhunjhunwala Kulkarni-Patil Mukhopadhyay Nambiar Pillai-Menon Raghunathan Subramaniam-Iyer Thiruvengadam Vaidyanathan Bandyopadhyay Chattopadhyay Krishnamurthy-Rao",
    ),
    "english": (
        "Alastair-James Bronwen Cressida Dunstan Eleanora Fenella Godfrey Hermione-Rose Ianthe Jocasta Kenelm Lavinia Montague Nerys Oriel Peregrine Rosalind-Jane Sebastian-Hugh Tamsin-Rae Wilfred-John",
        "Ashby-Clarke Beauchamp Cholmondeley Delacourt-Hale Featherstonehaugh Grosvenor-Pike Heathcote Inglethorpe Jolliffe Kingsmill Lutwyche Marchbanks Nettleship Pennefather Quarrington Rathbone-Ives Sackville-West Thistlethwaite Urquhart-Blyth Wedgwood-Benn",
    ),
    "german": (
        "Adelgunde Burkhard Clothilde Detlef-Ulrich Eberhardine Friedemann Gottlieb Hannelore-Ute Irmtraud Jobst Kunigunde Leberecht Mechthild Notburga Ottokar Radegund Siegmund Traudel Ulrike-Maren Waltraud",
        "Bäuerle Dückershoff Eichendorff-Graf Fröhlingsdorf Hagedorn-Wiese Kleinschmidt-Ott Leuthäuser Mühlenkamp Niederhofer Oberndörfer Pfannkuch Rückriem Schwarzenbeck Tiedemann-Voss Urbanek Wiesenthal-Krug Zschiesche Dörrie Grünewald-Laux Hölscher",
    ),
    "chilean": (
        "Amancay Catalina-Belén Florencia-Ignacia Javiera-Paz Maite-Antonia Nahuel Pascuala Rayén Trinidad-Sofía Violeta-Andrea Yanara Ayelén Bastián-Andrés Millaray",
        "Aravena-Soto Bustamante-Riquelme Cifuentes Huenchumilla Lincopán Mardones Ñancupil Quilodrán Sepúlveda-Leiva Toledo-Paillán Valdebenito Yáñez-Carrasco Collipal Painemal Huaiquimilla",
    ),
}
