# ruff: noqa: E501
"""Romanised name candidates written for held-out E (issue 15, round five), per origin.

Written from scratch for E: not copied from `generator_names.py`, the lexicons or the tagger's
training generator. Not every candidate is used: `generate_e.py --pool` keeps only the words
that no lexicon, no earlier set and no tagger training pool holds (see `generate_e.py`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Alvar Ingrid Sixten Dagmar Halvar Signe Ebbe Tyra Folke Märta Gösta Ylva Valdemar Sigrid Torvald Ragnhild Edvin Vera Birger Stina Algot Svea Arvid Hedvig Ingemar Majken Konrad Solveig Tage Elvira Bertil Greta Hjalmar Gunvor Ossian Aina Ture Saga Viggo Tilde",
        "Ekdahl Bergkvist Sjölund Hallgren Vikström Önnerfors Lindeborg Tornqvist Åkesson Blomdahl Edholm Grönvall Hedberg Karlgren Ljungdahl Malmsten Norrby Rydberg Sandelin Stenmark Tegnér Wennerholm Zetterlund Almqvist Boström Dahlquist Engdahl Forsberg Gyllensvärd Hammarlund Isaksson Jernberg Kullberg Lagerqvist Mellgren Nordenfalk Ortman Palmqvist Ringström Segerdahl",
    ),
    "finnish": (
        "Aino Eetu Helmi Ilmari Jaana Kalle Lempi Mikko Noora Oskari Pirjo Raimo Satu Tapio Ulla Veikko Aila Onni Sisko Toivo Kaarina Lauri Hilkka Jouko Riitta Antero Marjatta Esko",
        "Korhonen Mäkelä Nieminen Hämäläinen Laaksonen Heikkinen Koskinen Järvinen Lehtonen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kettunen Kurki Pelkonen Väisänen Hyvärinen Kauppinen Manninen Rissanen Leinonen Ollila Pesonen Tikkanen Vartiainen",
    ),
    "polish": (
        "Agnieszka Bartosz Dorota Grzegorz Jadwiga Krzysztof Małgorzata Przemysław Wojciech Zofia Zbigniew Urszula Mirosław Bożena Tadeusz Halina Jarosław Danuta Czesław Grażyna Wiesław Kazimiera Radosław Teresa",
        "Wiśniewski Wójcik Kowalczyk Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazur Kwiatkowski Krawczyk Piotrowska Grabowski Nowakowska Pawłowski Michalska Król Wieczorek Jabłoński Wróbel Nowicka Majewski Olszewska Stępień Malinowski Jaworska Adamczyk",
    ),
    "bosnian": (
        "Adis Almir Amela Belma Dino Elma Emir Enisa Fikret Hana Irma Jasmina Kenan Lamija Mensur Nejra Rusmir Sabina Samir Senad Šejla Tarik Zlatan Zerina Ajla Benjamin Faruk Aldin",
        "Bešić Ćatić Dedić Đulić Fazlić Hasanović Ibrahimović Jusić Kurtović Mujić Nuhanović Osmanović Pašić Ramić Salihović Tahirović Zukić Avdić Bajrić Čaušević Efendić Hodžić Karić Mešić Selimović Smajić Suljić Šabić Topić Vehabović",
    ),
    "turkish": (
        "Ayşe Burak Cemile Deniz Elif Emre Fatma Gökhan Hülya İbrahim Kemal Leyla Mehmet Nesrin Orhan Pınar Recep Selin Tuncay Ufuk Yasemin Zeynep Serkan Gülşen Volkan Özlem Hakan Ebru",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Bulut Keskin Uçar Tekin",
    ),
    "arabic": (
        "Abdelkader Aseel Basma Ghassan Hadeel Jawad Kinda Luay Majd Muna Nidal Osama Qusay Raghad Sawsan Tamer Wafa Yazan Zainab Hala Ahmad Rawan Ayham Bushra Mahmoud Ruba Fadi Amal Wissam Nadia",
        "Al-Khatib Abu-Ghazaleh Al-Jabouri Al-Tamimi Shalabi Obeidat Haddadin Qaddoura Tarabishi Al-Masri Nassar Bitar Habash Khalil Sabbagh Zoabi Abboud Attar Dabbagh Hijazi Jarrar Kanaan Mahfouz Najjar Rifai Sarraf Tannous Zureik Farhat Atassi",
    ),
    "persian": (
        "Afsaneh Bahram Cyrus Delaram Ehsan Farnaz Golshifteh Hooman Jila Kamran Laleh Mehrdad Nasim Pegah Ramin Sepideh Shahram Taraneh Vahid Yasaman Ziba Arezoo Bijan Mitra Navid Soheila Payam Khatereh Pouya Niloufar",
        "Abbasi Akbari Amini Ansari Asadi Dehghan Ebrahimi Fallahi Ghaffari Haghighi Heydari Kamali Khosravi Mahmoudi Mousavi Najafi Nouri Rezaei Sharifi Soltani Tavakoli Vaziri Yazdani Zand Bahrami Ghasemi Hashemi Jalali Kashani Mohammadi",
    ),
    "somali": (
        "Abdiaziz Amran Asad Caasha Fartun Hamdi Hawo Ikraan Khadar Maryan Nasteho Qamar Ridwan Sacdiya Samakab Ubah Warsan Yasmiin Zamzam Abdifatah Bile Cawo Dalmar Filsan Hanad Istar Mustaf Naimo Shamso Xamdi",
        "Abdi Ahmed Bihi Cabdi Cali Duale Elmi Gurey Hassan Ibrahim Jibril Kahin Mahamed Nuur Qorane Roble Sheekh Shire Warsame Xasan Yare Ali Barre Dirie Galaal Hersi Jimcaale Madar Siad Ugaas",
    ),
    "tigrinya": (
        "Abrehet Aklilu Alem Almaz Amanuel Berhe Biniam Daniel Eden Efrem Eyerusalem Fiyori Ghenet Hagos Hiwet Kibrom Lemlem Mearg Mussie Nahom Rahel Selam Semhar Teklay Tsega Winta Yohannes Zewdi Mehari Feven",
        "Abraha Asfaha Bahta Desta Fesseha Gebremichael Gebreyesus Habte Kahsay Kiflom Mehreteab Negash Okbazghi Russom Sium Tekle Tewolde Weldemariam Yemane Zerai Andemariam Araya Ghebrehiwet Hailemariam Mengisteab Tesfai Tekeste Woldegiorgis Yohannes Zemichael",
    ),
    "kurdish": (
        "Avin Bakhtiyar Chiman Dara Gulistan Hemin Jiyan Karwan Lana Mardin Nishtiman Peshawa Rezan Shno Soran Tara Zana Zhilwan Awat Berfin Diyar Evin Hozan Kawa Nalin Rozhin Sherko Viyan Zhino Aras",
        "Ahmadi Baban Barzinji Darwesh Faraj Goran Hawramani Jaff Kakayi Mukriani Naqshbandi Qadir Rasul Salih Sharafkandi Sorani Tahir Zangana Hamawand Shwani Bamarni Duhoki Garmiani Hakkari Kurdi Mizuri Penjweni Rawanduzi Shaqlawi Zakhoyi",
    ),
    "english": (
        "Alistair Bethany Callum Delilah Ewan Fenella Gareth Harriet Imogen Jarvis Keira Lachlan Marnie Nigel Orla Piers Quentin Rosalind Saoirse Tristan Una Wilfred Xanthe Yvette Zara Ciaran Niamh Rhys Morag Ffion",
        "Ashworth Blackwood Cartwright Drinkwater Featherstone Greenhalgh Hargreaves Illingworth Kettleborough Langridge Mortimer Nettleship Oakhurst Pettigrew Quarrington Rowbotham Sidebottom Thistlewood Underhill Vickerstaff Wainwright Yarwood Ainsworth Brocklehurst Cholmondeley Dunstable Entwistle Fairclough Gillingham Holdsworth",
    ),
}
