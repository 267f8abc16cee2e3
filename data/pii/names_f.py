# ruff: noqa: E501
"""Romanised name candidates written for held-out F (issue 15, round six), per origin.

Written from scratch for F: not copied from `generator_names.py`, `names_e.py`, the lexicons or
the tagger's training generator. Not every candidate is used: `generate_f.py --pool` keeps only
the words that no lexicon, no earlier set (E included), no E pool word and no tagger training
pool holds (see `generate_f.py`).
"""

from __future__ import annotations

CANDIDATES: dict[str, tuple[str, str]] = {
    "swedish": (
        "Gudmar Ingvor Rutger Ebba-Lena Sölve Dagny Holger Asta Ragnvald Tekla Envald Alfhild Sigvard Edla Gunnel Ivar Ingeborg Hilding Gullan Torsten",
        "Brodin Fagerlund Hellqvist Ljunggren Nylander Rehnberg Sjöqvist Tillberg Wahlund Åhlander Borgström Dahlgren Ekwall Fröberg Granqvist Holmér Jarlsson Kjellén Lundell Mörner Nordwall Pihlgren Rosén Strömgren Thelander Vesterlund Wiklander Zackrisson Östling Barkman Carlgren Engström Fernlund Hedenius Lidbeck Sellberg Stålhammar Tideman Uggla Wästberg",
    ),
    "finnish": (
        "Aarne Eila Heikki Irja Jorma Kerttu Leevi Maire Niilo Orvokki Paavo Rauha Sulo Tyyne Unto Vieno Aatos Elina Hannu Inkeri",
        "Anttila Eskola Hakala Ikonen Jääskeläinen Kivelä Lampinen Miettinen Nurmi Ojala Peltola Rautio Seppälä Tolonen Uusitalo Vainio Aaltonen Huttunen Kokkonen Luoma Määttä Nyström Partanen Räsänen Suominen Toivonen Virtanen Ylönen",
    ),
    "arabic": (
        "Anwar Dalia Fawzi Hiba Ismail Jumana Khaldoun Lubna Marwan Nour Radwan Suha Thaer Widad Yusra Zaid Bashar Ghada Hazem Iman Mazen Reem Sami Wael",
        "Al-Sayegh Abu-Hamdan Al-Rawi Barakat Darwish Fakhoury Ghanem Halabi Issa Kassab Mansour Nabulsi Qasem Rahal Saleh Tawil Yacoub Zaher Akkad Chehade Daher Hamdan Khoury Maalouf Nasrallah",
    ),
    "persian": (
        "Arash Behnaz Dariush Elaheh Farhad Golnar Hamid Iraj Kaveh Leila Manouchehr Nazanin Parisa Roxana Siavash Shirin Taher Yalda Babak Forough",
        "Alavi Bagheri Davoudi Esfahani Farahani Golestani Hosseini Jafari Karimi Latifi Moradi Naderi Parsa Rahimi Sadeghi Tabrizi Zarei Azizi Kazemi Shirazi",
    ),
    "somali": (
        "Abdirahman Anab Bashir Deeqa Faadumo Guled Hodan Idil Liban Muna Nimco Sagal Sahra Timiro Ugbaad Xaliimo Yuusuf Abdiwali Dhuuxo Kowsar",
        "Aden Bulhan Cawil Dahir Egal Farah Gedi Hirsi Ismaaciil Jama Kulmiye Mohamud Nur Omar Samatar Tarabi Warfaa Yusuf Abdulle Geelle",
    ),
    "tigrinya": (
        "Abeba Berhane Dawit Elsa Filmon Genet Habtom Luwam Medhanie Natnael Rahwa Sara Senait Tedros Yordanos Ruta Awet Henok Milen Tesfit",
        "Afewerki Berhane Gebru Haile Kidane Mebrahtu Neguse Semere Tesfamariam Woldu Yemane Ghirmay Andom Beyene Ghebre Kifle Mesfin Teclu Zemui Okubay",
    ),
    "kurdish": (
        "Ahmed Bahar Dilan Firmesk Govend Helin Jwan Kardo Lavin Nazdar Rebin Sozdar Dilshad Hevar Nasrin Azad Baran Hana Sarbast Shilan",
        "Barzani Doski Hawrami Jalal Mahmud Osman Palani Qaradaghi Rashid Sindi Talabani Ismail Amedi Berwari Mergasori Shexani Zebari Khoshnaw Dizayee Surchi",
    ),
    "polish": (
        "Bogumiła Dobrosław Genowefa Jędrzej Leokadia Mieczysław Przybysław Stanisława Wacław Ziemowit Bronisława Kazimierz Lechosław Wiesława",
        "Chmielewski Duda Gołębiowski Kaczmarczyk Lis Nowacka Ostrowski Pietrzak Rutkowska Sadowski Tomaszewska Urbański Wasilewski Zawadzka Borkowski Czerwiński",
    ),
    "bosnian": (
        "Alen Dženana Edin Emina Haris Indira Jasmin Mirza Nermin Selma Amar Ena Armin Lejla Adnan Ajna",
        "Begović Čolić Delić Hadžić Imamović Junuzović Kovačević Mehmedović Omerović Ramović Softić Terzić Valjevac Zahirović Alić Husić",
    ),
    "english": (
        "Barnaby Clementine Dorian Estelle Fergus Gwendolyn Hamish Isolde Jocelyn Kit Leopold Marigold Ottilie Peregrine Rupert Seraphina Thaddeus Winifred Alaric Beatrix",
        "Aldridge Bramwell Crabtree Dimmock Eversleigh Fothergill Gosling Hepplewhite Inglethorpe Jowett Kilburn Lockwood Mountjoy Northcott Ormerod Pickering Quayle Ravenscroft Smallwood Tattersall Umpleby Verity Whitlock Youngblood Attwood Blenkinsop Catterall Dewhurst Ellerby Fazakerley",
    ),
}
