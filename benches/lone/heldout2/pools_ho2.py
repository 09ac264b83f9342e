"""HELD-OUT 2 phrase pools and page pieces for gen_lone.py: lone news pages in six languages.

A pools module with the interface of the pools_dev.py docstring (NAME, LANGUAGES,
make_site, section, PIECES).  It was written apart from the dev pools and from the first
held-out set, with its own sites, phrasings and layouts, to check that chrome detection
generalises.  English sites (about half) come in four web styles: UK, US, Australian and
Indian English; the rest are Indonesian, Croatian, Slovak, Lithuanian and Catalan.

Everything here is invented for this corpus: site names, towns, people, companies,
addresses, registration numbers, agencies, brands and phrasings.  Nothing is copied from
the BBC text or from any real site.  Only the rngs gen_lone.py passes are used, so the same
seed gives the same bytes.

CHAFF DEVELOPERS: do not read the phrase pools or piece functions below and do not tune
rules to this module's output; look only at scores, or at a few generated pages.
"""

import math
import re
import unicodedata
from datetime import timedelta

NAME = "heldout2"

LANGUAGES = [("en", 50), ("id", 10), ("hr", 10), ("sk", 10), ("lt", 10), ("ca", 10)]

EN_LOCS = ["uk", "uk", "us", "us", "au", "in", "in"]
SEPS = [" | ", " · ", " • ", " / ", "  ", " – ", " ∙ "]

# --------------------------------------------------------------------------------------
# People, places, sites

FIRST = {
    "uk": (["James", "Oliver", "Tom", "Harry", "Daniel", "Matthew", "Owen", "Callum", "Rhys",
            "Patrick", "Simon", "Gareth", "Alistair", "Ben"],
           ["Emily", "Sophie", "Hannah", "Charlotte", "Lucy", "Megan", "Rachel", "Claire",
            "Niamh", "Fiona", "Abigail", "Zara", "Imogen", "Harriet"]),
    "us": (["Michael", "Jason", "Tyler", "Brandon", "Kevin", "Marcus", "Ryan", "Eric", "Jamal",
            "Luis", "Derek", "Scott", "Caleb", "Trevor"],
           ["Jessica", "Ashley", "Madison", "Brittany", "Lauren", "Kayla", "Tiffany", "Nicole",
            "Maria", "Danielle", "Courtney", "Alexis", "Shannon", "Erin"]),
    "au": (["Lachlan", "Mitchell", "Brodie", "Jack", "Liam", "Cooper", "Hamish", "Dylan",
            "Angus", "Riley", "Fletcher", "Darcy"],
           ["Chloe", "Jess", "Tahlia", "Georgia", "Ruby", "Mia", "Bree", "Kirsty", "Annabel",
            "Matilda", "Sienna", "Imogen"]),
    "in": (["Arjun", "Rahul", "Vikram", "Aditya", "Siddharth", "Karthik", "Rohan", "Anil",
            "Suresh", "Manoj", "Imran", "Farhan", "Harish", "Gaurav"],
           ["Priya", "Ananya", "Kavya", "Neha", "Shreya", "Divya", "Pooja", "Meera", "Lakshmi",
            "Fatima", "Ritu", "Sneha", "Aparna", "Swati"]),
    "id": (["Agus", "Bayu", "Dimas", "Hendra", "Rizky", "Taufik", "Wahyu", "Yusuf", "Fajar",
            "Eko", "Arif", "Bambang", "Galih", "Irfan"],
           ["Rina", "Sri", "Fitri", "Nurul", "Ayu", "Indah", "Dewi", "Lestari", "Putri", "Wulan",
            "Siti", "Mega", "Anisa", "Yuliana"]),
    "hr": (["Marko", "Luka", "Tomislav", "Dario", "Josip", "Hrvoje", "Ivan", "Ante", "Mateo",
            "Kristijan", "Goran", "Filip", "Zvonimir", "Igor"],
           ["Ivana", "Petra", "Ana", "Maja", "Kristina", "Martina", "Lucija", "Marina", "Tea",
            "Sanja", "Iva", "Mirela", "Dora", "Vesna"]),
    "sk": (["Peter", "Martin", "Michal", "Tomáš", "Juraj", "Marek", "Lukáš", "Jakub", "Ondrej",
            "Pavol", "Matej", "Branislav", "Rastislav", "Dušan"],
           ["Jana", "Zuzana", "Lucia", "Katarína", "Andrea", "Veronika", "Mária", "Simona",
            "Monika", "Eva", "Barbora", "Natália", "Ivana", "Soňa"]),
    "lt": (["Tomas", "Mindaugas", "Darius", "Andrius", "Paulius", "Vytautas", "Lukas", "Mantas",
            "Rokas", "Giedrius", "Karolis", "Jonas", "Justinas", "Arūnas"],
           ["Rūta", "Ieva", "Agnė", "Jurgita", "Eglė", "Indrė", "Simona", "Greta", "Aušra",
            "Kristina", "Gabija", "Laura", "Milda", "Vaida"]),
    "ca": (["Jordi", "Pere", "Marc", "Oriol", "Albert", "Xavier", "Arnau", "Pol", "Joan", "Sergi",
            "Quim", "Ferran", "Roger", "Biel"],
           ["Montserrat", "Núria", "Laia", "Mireia", "Gemma", "Anna", "Clara", "Marta", "Berta",
            "Aina", "Roser", "Judit", "Txell", "Queralt"]),
}
LAST = {
    "uk": ["Ashworth", "Pemberton", "Hale", "Greaves", "Whitlock", "Fenwick", "Calloway",
           "Marsden", "Tindall", "Brereton", "Hollis", "Pryce", "Dunmore", "Stirling", "Okonjo",
           "Lidgett"],
    "us": ["Caldwell", "Brennan", "Hollister", "Ramirez", "Whitaker", "Okafor", "Delgado",
           "Sutton", "Lindqvist", "Mercer", "Booker", "Novak", "Castellano", "Reyes", "Pruitt"],
    "au": ["McAllister", "Doherty", "Kerrigan", "Fitzpatrick", "Nguyen", "Papadopoulos",
           "Hartley", "O'Rourke", "Summers", "Lockwood", "Baxendale", "Tran"],
    "in": ["Raghunathan", "Mehrotra", "Iyer", "Kulkarni", "Banerjee", "Chaudhary", "Nair",
           "Deshmukh", "Qureshi", "Sengupta", "Reddy", "Malhotra", "Pillai", "Thakur"],
    "id": ["Pratama", "Santoso", "Wibowo", "Siregar", "Nasution", "Hidayat", "Kusuma", "Saputra",
           "Halim", "Simanjuntak", "Gunawan", "Hutapea", "Purnomo", "Rahmawati"],
    "hr": ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Perić",
           "Šimić", "Matić", "Tomić", "Barišić", "Radić", "Grgić", "Pavlić", "Zorić"],
    "ca": ["Puig", "Vidal", "Soler", "Ferrer", "Serra", "Roca", "Pujol", "Casals", "Bosch", "Font",
           "Camps", "Riera", "Mas", "Vila", "Torrents", "Garriga", "Sala", "Coll"],
}
LAST_SK = [("Horváth", "Horváthová"), ("Baláž", "Balážová"), ("Tóth", "Tóthová"),
           ("Varga", "Vargová"), ("Hudec", "Hudecová"), ("Kučera", "Kučerová"), ("Mráz", "Mrázová"),
           ("Sedlák", "Sedláková"), ("Polák", "Poláková"), ("Kollár", "Kollárová"),
           ("Lehotský", "Lehotská"), ("Vrábel", "Vrábelová"), ("Ďurica", "Ďuricová")]
LAST_LT = [("Kazlauskas", "Kazlauskienė", "Kazlauskaitė"),
           ("Petrauskas", "Petrauskienė", "Petrauskaitė"),
           ("Jankauskas", "Jankauskienė", "Jankauskaitė"),
           ("Žukauskas", "Žukauskienė", "Žukauskaitė"), ("Butkus", "Butkienė", "Butkutė"),
           ("Paulauskas", "Paulauskienė", "Paulauskaitė"),
           ("Vasiliauskas", "Vasiliauskienė", "Vasiliauskaitė"),
           ("Balčiūnas", "Balčiūnienė", "Balčiūnaitė"), ("Navickas", "Navickienė", "Navickaitė"),
           ("Urbonas", "Urbonienė", "Urbonaitė"), ("Stankus", "Stankienė", "Stankutė")]

TOWNS = {
    "uk": ["Aldermoor", "Kessingford", "Bramwick", "Hollinsby", "Netherfold", "Ashcombe Vale",
           "Stourleigh", "Wexley Cross", "Marrowby", "Felsham Green", "Dunstaple", "Thornbury Wick"],
    "us": ["Maple Falls", "Corliss", "Port Ardell", "Westbury Junction", "Galesburn", "Cedar Ridge",
           "Harlow Springs", "New Tamsin", "Oakhurst Bend", "Millbrook City", "Lanford"],
    "au": ["Wattle Creek", "Port Kembrey", "Yarrandale", "Mount Tarrin", "Coolabah Bay",
           "Banksia Heights", "Merrigang Flats", "Tallowood Point", "Bindaree"],
    "in": ["Kothavali", "Ambarpur", "Nelvaram", "Chandrapali", "Sitagarh", "Meenapuram",
           "Rajkundi", "Vellanur", "Haripet"],
    "id": ["Tanjung Kelor", "Bukit Rasa", "Karangjati", "Telaga Biru", "Sukamulya Baru",
           "Pasir Lembayung", "Sungai Keruh", "Watu Bening", "Kuala Senja"],
    "hr": ["Vrbovac", "Lipovac Gornji", "Stara Draga", "Brezovo Polje", "Kamenjak",
           "Sveti Roko na Moru", "Ravni Dol", "Grabovnica", "Borovik"],
    "sk": ["Nová Hôrka", "Brezany nad Hronom", "Javorinka", "Dolné Lúky", "Kamenné Pole",
           "Lipovany", "Horný Potôčik", "Vŕbová Lehota", "Sklené Brehy"],
    "lt": ["Alksniai", "Beržupis", "Šilėnai", "Žalgiriškės", "Liepynė", "Pušaloja", "Ąžuolija",
           "Vėjupis", "Rudakalnis"],
    "ca": ["Castellverd", "Vilanova del Comte", "la Pobla d'Arenys", "Sant Feliu de Rocafosca",
           "Riudemoles", "Santa Maria de Boscfosc", "Torrelles del Camp", "Bellprat de Mar"],
}

SITE_NAMES = {
    "uk": ["The {town} {paper}", "{town} {paper}", "The {adj} {paper}", "{town} Live",
           "{town} Today", "The {adj} {paper}"],
    "us": ["The {town} {paper}", "{town} {paper}", "{adj} {paper}", "{town} Daily",
           "{town} Press", "The {adj} {paper}"],
    "au": ["The {town} {paper}", "{town} {paper}", "{adj} {paper}", "{town} Daily", "{adj} Daily"],
    "in": ["The {adj} {paper}", "{town} {paper}", "{adj} Live", "News {adj}", "The {adj} Post",
           "{adj} {paper}"],
    "id": ["Kabar {w}", "Warta {w}", "Suara {w}", "{w}Pos", "Harian {w}", "Berita {w}",
           "Kabar {town}", "Info {town}", "{town} Hari Ini"],
    "hr": ["Glas Doline", "Jutarnji glasnik", "Večernji kurir", "Dnevni kompas", "Tjedni vjesnik",
           "Lokalni svjetionik", "Novi putokaz", "Brzi telegraf", "{town} danas", "{town} info",
           "Portal {town}"],
    "sk": ["Ranný kuriér", "Večerný maják", "Denný kompas", "Hlas doliny", "Týždenník Obzor",
           "Nový posol", "Rýchly telegraf", "{town} dnes", "{town} info", "Noviny {town}"],
    "lt": ["Vakarų aidas", "Rytų žinios", "Dienos kompasas", "Krašto balsas", "Naujasis žiburys",
           "Savaitės pasiuntinys", "Greitasis telegrafas", "{town} šiandien", "{town} info"],
    "ca": ["Diari de {town}", "La Veu de {town}", "El Crit de la Comarca", "Notícies del Mirador",
           "El Far Digital", "L'Informatiu de {town}", "Setmanari El Pont", "La Brúixola",
           "{town} Avui"],
}
PAPERS = {
    "uk": ["Courier", "Gazette", "Chronicle", "Herald", "Post", "Observer", "Echo", "Argus",
           "Mercury", "Clarion", "Advertiser", "Standard"],
    "us": ["Tribune", "Ledger", "Dispatch", "Sentinel", "Register", "Journal", "Beacon", "Star",
           "Record", "Courant"],
    "au": ["Advocate", "Bulletin", "Examiner", "Leader", "Times", "Express", "Chronicle", "Star"],
    "in": ["Herald", "Times", "Chronicle", "Express", "Mirror", "Tribune", "Sentinel", "Observer"],
}
ADJS = {
    "uk": ["Northern", "Western", "Evening", "Weekly", "Valley", "County", "Coastal", "Fenland"],
    "us": ["Valley", "Lakeshore", "Prairie", "Harbor", "Metro", "Tri-County", "Riverside"],
    "au": ["Southern", "Coastal", "Outback", "Bayside", "Hinterland", "Ranges"],
    "in": ["Eastern", "Southern", "Lotus", "Peninsular", "Monsoon", "Coastal", "Frontier", "Banyan"],
}
ID_WORDS = ["Nusa", "Timur", "Pagi", "Rakyat", "Kota", "Bahari", "Andalas", "Khatulistiwa",
            "Lembayung", "Samudra", "Cakrawala", "Senja"]
TLDS = {
    "uk": [".co.uk", ".co.uk", ".uk", ".com"], "us": [".com", ".com", ".news", ".org"],
    "au": [".com.au", ".com.au", ".net.au"], "in": [".in", ".co.in", ".com"],
    "id": [".co.id", ".id", ".com"], "hr": [".hr", ".hr", ".com.hr"], "sk": [".sk"],
    "lt": [".lt"], "ca": [".cat", ".cat", ".com"],
}
HOST_SUFFIX = ["news", "online", "today", "24", "daily", "now", "digital"]
COMPANY = {
    "uk": ["{base} Media Ltd", "{base} Newspapers Limited", "{base} Publishing Group plc"],
    "us": ["{base} Media LLC", "{base} Publishing Co.", "{base} News Inc."],
    "au": ["{base} Media Pty Ltd", "{base} Newspapers Pty Ltd"],
    "in": ["{base} Media Pvt Ltd", "{base} Publications Private Limited"],
    "id": ["PT {base} Media Utama", "PT {base} Citra Nusantara"],
    "hr": ["{base} mediji d.o.o.", "Izdavačka kuća {base} d.o.o."],
    "sk": ["{base} média, s.r.o.", "Vydavateľstvo {base}, a.s."],
    "lt": ["UAB „{base} media“", "UAB „{base} leidyba“"],
    "ca": ["{base} Edicions, SL", "Grup de Comunicació {base}, SA"],
}
STREETS = {
    "uk": ["14 High Street", "3 Mill Lane", "27 Station Road", "9 Queen's Parade",
           "Unit 4, Tanner's Yard", "61 Church Walk"],
    "us": ["1200 Harbor Avenue, Suite 300", "45 Main Street", "880 Commerce Drive",
           "210 W. Lake St.", "17 Courthouse Square"],
    "au": ["Level 2, 18 Wharf Street", "77 Bridge Road", "5 Jacaranda Lane", "Shop 3, 40 Esplanade"],
    "in": ["Plot 14, Industrial Area Phase II", "3rd Floor, Lotus Chambers, Station Road",
           "No. 22, Temple Street", "B-7, Press Enclave"],
    "id": ["Kenanga", "Melati", "Cendana Raya", "Pahlawan", "Flamboyan", "Teratai"],
    "hr": ["Ulica lipa", "Trg slobode", "Ulica kestena", "Obala ribara", "Ulica kovača"],
    "sk": ["Hlavná", "Lipová", "Nábrežná", "Záhradnícka", "Kováčska"],
    "lt": ["Liepų", "Beržų", "Sodų", "Pušų", "Malūno"],
    "ca": ["Major", "de l'Església", "de la Riera", "del Mar", "Nou", "dels Ferrers"],
}
AGENCIES = {
    "uk": [("Meridian Press Association", "MPA"), ("United Regional Wire", "URW")],
    "us": [("Continental Newswire", "CNW"), ("Lakes & Plains Press", "LPP")],
    "au": [("Southern Cross Newswire", "SCN"), ("Austral Press Service", "APS")],
    "in": [("Indus News Network", "INN"), ("Peninsula Press Trust", "PPT")],
    "id": [("Kantor Berita Nusa", "KBN"), ("Warta Antarpulau", "WAP")],
    "hr": [("Jadranska informativna služba", "JIS"), ("Novinska agencija Sjever", "NAS")],
    "sk": [("Tlačová agentúra Stred", "TAS"), ("Slovenská spravodajská služba", "SSS")],
    "lt": [("Baltijos žinių tarnyba", "BŽT"), ("Nemuno naujienų agentūra", "NNA")],
    "ca": [("Agència de Notícies del Pirineu", "ANP"), ("Servei Informatiu Mediterrani", "SIM")],
}
PHOTO_AGENCIES = {
    "en": ["Northlight Images", "Harbour Photo Agency", "PixDesk", "Lantern Pictures",
           "Stillwater Media", "Redline Photos"],
    "id": ["Lensa Nusa", "Foto Kita", "Bidik Press"],
    "hr": ["Fotoservis Jadran", "Kadar Press", "Objektiv Foto"],
    "sk": ["Fotoslužba Objektív", "Záber Press", "Clona Foto"],
    "lt": ["Kadras Foto", "Fotobankas Žvilgsnis", "Blyksnis"],
    "ca": ["Fotoagència Enquadre", "Arxiu Diafragma", "Obturador Press"],
}
BRANDS = {
    "en": ["Brightwell Energy", "Nestora Homes", "Kelpie Insurance", "Vantor Motors", "Halden & Co",
           "Oakmere Travel", "Finlo Bank", "Corvia Health", "Plumline Broadband"],
    "id": ["Sinar Jaya Properti", "Kopi Nusa", "BankMaju", "Ceria Motor", "Klinik Sehatku",
           "Telkonet Plus"],
    "hr": ["Jadran Energija", "Kuća Plus", "Osiguranje Lipa", "Bura Motors", "Banka Sidro",
           "Zdravo Centar"],
    "sk": ["Tatra Energia", "Domov Plus", "Poisťovňa Lipa", "Dunaj Motors", "Banka Kotva",
           "Centrum Zdravie"],
    "lt": ["Baltijos energija", "Namai Plius", "Liepa draudimas", "Nemunas Motors", "Inkaro bankas",
           "Sveikatos centras Ąžuolas"],
    "ca": ["Energia del Ter", "Casa Plus", "Assegurances Alzina", "Motors Llevant", "Banc Àncora",
           "Centre Salut Olivera"],
}
HANDLES = {
    "en": ["truthseeker", "old_timer", "bluebird", "northern_lad", "mumof3", "quietobserver",
           "realist", "cricketfan", "localgirl", "grumpy_dad", "skeptic", "greenfingers",
           "roadrunner", "nightowl", "sunnyside", "taxpayer"],
    "id": ["warga_biasa", "pakde", "netizen", "mas_bro", "kangmas", "sobat_kopi", "bung",
           "pejuang_rupiah", "anak_rantau", "emak_rempong"],
    "hr": ["zagorec", "dalmatinac", "stari_mornar", "ivica", "kriticar", "purger", "skeptik",
           "mala_sirena", "ribar", "penzic"],
    "sk": ["bratislavcan", "stary_horal", "jozko", "kritik", "tatranec", "skeptik", "zahradkar",
           "rybar", "dedko", "obcan"],
    "lt": ["vilnietis", "senas_jurininkas", "jonas", "kritikas", "zemaitis", "skeptikas",
           "sodininkas", "zvejys", "dzukas", "pilietis"],
    "ca": ["pagesa", "vell_mariner", "jordi", "critic", "empordanes", "esceptic", "hortola",
           "pescador", "avi_pep", "veina"],
}
EMAIL_LOCAL = {"en": ["newsdesk", "news", "editor", "tips", "letters"], "id": ["redaksi", "info"],
               "hr": ["redakcija", "info"], "sk": ["redakcia", "info"], "lt": ["redakcija", "info"],
               "ca": ["redaccio", "info"]}
US_STATES = ["OR", "OH", "MI", "WI", "PA", "NC", "IA", "CO", "VT", "NM"]
AU_STATES = ["NSW", "VIC", "QLD", "WA", "SA", "TAS"]
CUR = {
    "uk": ["£1", "£2", "£4.99", "£1.50"], "us": ["$1", "$2.99", "$5", "$1.99"],
    "au": ["$1", "$2", "$4", "$3.50"], "in": ["₹49", "₹99", "₹199", "₹29"],
    "id": ["Rp10.000", "Rp25.000", "Rp49.000", "Rp5.000"], "hr": ["1 €", "0,99 €", "2,49 €", "4,99 €"],
    "sk": ["1 €", "0,99 €", "2,49 €", "3,90 €"], "lt": ["1 €", "0,99 €", "2,49 €", "3,99 €"],
    "ca": ["1 €", "0,99 €", "2,50 €", "4,95 €"],
}
ID_TZ = ["WIB", "WIB", "WIB", "WITA", "WIT"]

SECTIONS = {
    "en": {"business": ["Business", "Money", "Economy", "Business News", "Markets"],
           "entertainment": ["Entertainment", "Culture", "Showbiz", "Arts", "What's On"],
           "politics": ["Politics", "News", "Government", "Politics & Policy"],
           "sport": ["Sport", "Sport News"],
           "tech": ["Tech", "Technology", "Science & Tech", "Digital"]},
    "us": {"sport": ["Sports", "Sports News"], "entertainment": ["Entertainment", "Arts & Culture",
                                                                 "Life & Arts"]},
    "in": {"sport": ["Sports", "Sports News"], "entertainment": ["Entertainment", "Movies",
                                                                 "Lifestyle"],
           "politics": ["Politics", "World", "News", "India News"]},
    "au": {"entertainment": ["Entertainment", "Culture", "Lifestyle"]},
    "id": {"business": ["Ekonomi", "Bisnis", "Ekonomi & Bisnis", "Finansial"],
           "entertainment": ["Hiburan", "Seleb", "Lifestyle", "Showbiz"],
           "politics": ["Politik", "Nasional", "Internasional", "Politik & Hukum"],
           "sport": ["Olahraga", "Sport", "Bola & Sport"],
           "tech": ["Teknologi", "Tekno", "Sains & Teknologi", "Gadget"]},
    "hr": {"business": ["Biznis", "Gospodarstvo", "Novac", "Ekonomija"],
           "entertainment": ["Kultura", "Showbiz", "Zabava", "Magazin"],
           "politics": ["Politika", "Vijesti", "Svijet", "Hrvatska"],
           "sport": ["Sport", "Sportske vijesti"],
           "tech": ["Tehnologija", "Znanost i tehnologija", "Tech", "Digitalno"]},
    "sk": {"business": ["Ekonomika", "Biznis", "Peniaze"],
           "entertainment": ["Kultúra", "Zábava", "Šoubiznis"],
           "politics": ["Politika", "Domáce", "Zahraničie", "Správy"],
           "sport": ["Šport", "Športové správy"],
           "tech": ["Technológie", "Veda a technika", "Tech"]},
    "lt": {"business": ["Verslas", "Ekonomika", "Finansai"],
           "entertainment": ["Pramogos", "Kultūra", "Žmonės"],
           "politics": ["Politika", "Lietuvoje", "Pasaulyje"],
           "sport": ["Sportas", "Sporto naujienos"],
           "tech": ["Technologijos", "Mokslas ir IT", "IT"]},
    "ca": {"business": ["Economia", "Empresa", "Economia i empresa"],
           "entertainment": ["Cultura", "Espectacles", "Televisió"],
           "politics": ["Política", "Món", "Actualitat"],
           "sport": ["Esports", "Futbol"],
           "tech": ["Tecnologia", "Ciència i tecnologia", "Digital"]},
}

# Gendered words: (male, female)
GW = {
    "en": {"author": ("Author", "Author"), "wrote": ("Written by", "Written by"),
           "shot": ("Photo", "Photo")},
    "id": {"author": ("Penulis", "Penulis"), "wrote": ("Ditulis oleh", "Ditulis oleh"),
           "shot": ("Foto", "Foto")},
    "hr": {"author": ("Autor", "Autorica"), "wrote": ("Napisao", "Napisala"),
           "shot": ("Snimio", "Snimila")},
    "sk": {"author": ("Autor", "Autorka"), "wrote": ("Napísal", "Napísala"),
           "shot": ("Foto", "Foto")},
    "lt": {"author": ("Autorius", "Autorė"), "wrote": ("Parengė", "Parengė"),
           "shot": ("Nuotr.", "Nuotr.")},
    "ca": {"author": ("Autor", "Autora"), "wrote": ("Escrit per", "Escrit per"),
           "shot": ("Foto", "Foto")},
}

US_SPELL = [("personalis", "personaliz"), ("apologise", "apologize"), ("behaviour", "behavior"),
            ("organis", "organiz"), ("colour", "color"), ("favourite", "favorite"),
            ("centre", "center"), ("analyse", "analyze"), ("licence", "license"),
            ("programme", "program"), ("neighbour", "neighbor")]


def _ascii(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _slug(text, sep=""):
    return sep.join(re.findall(r"[a-z0-9]+", _ascii(text).lower()))


def _person(rng, loc):
    """(full name, gender 0/1) of an invented person of the locale."""
    gender = rng.randrange(2)
    first = rng.choice(FIRST[loc][gender])
    if loc == "sk":
        last = rng.choice(LAST_SK)[gender]
    elif loc == "lt":
        forms = rng.choice(LAST_LT)
        last = forms[0] if gender == 0 else forms[rng.choice([1, 2])]
    elif loc == "ca":
        a, b = rng.sample(LAST["ca"], 2)
        last = f"{a} {b}" if rng.random() < 0.55 else (f"{a} i {b}" if rng.random() < 0.2 else a)
    elif loc == "id":
        if rng.random() < 0.25:
            return first, gender
        last = rng.choice(LAST["id"])
    else:
        last = rng.choice(LAST[loc])
    return f"{first} {last}", gender


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _phone(rng, loc):
    if loc == "uk":
        return f"01632 960{_digits(rng, 3)}"
    if loc == "us":
        return f"({rng.randint(201, 989)}) 555-01{_digits(rng, 2)}"
    if loc == "au":
        return f"(0{rng.choice([2, 3, 7, 8])}) 5550 {_digits(rng, 4)}"
    if loc == "in":
        return f"+91 {rng.randint(70, 99)}{_digits(rng, 3)} {_digits(rng, 5)}"
    if loc == "id":
        return rng.choice([f"(0{rng.randint(21, 778)}) 55{_digits(rng, 5)}",
                           f"0812-{_digits(rng, 4)}-{_digits(rng, 4)}"])
    if loc == "hr":
        return f"0{rng.randint(1, 53)} 555 {_digits(rng, 4)}"
    if loc == "sk":
        return f"0{rng.choice([2, 32, 45, 48, 55])}/555 {_digits(rng, 2)} {_digits(rng, 3)}"
    if loc == "lt":
        return f"+370 {rng.choice([5, 37, 46, 41])} 555 {_digits(rng, 4)}"
    return f"9{rng.choice([3, 72, 73, 77])} 555 {_digits(rng, 2)} {_digits(rng, 2)}"


def _numbers(rng, loc):
    """Registration numbers, postcodes and the like of a site's company (fixed per site)."""
    letters = "ABDEGHJLNPQRSTUWXY"
    officer = _person(rng, loc)[0]
    return {
        "coreg": _digits(rng, 8), "vat": f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}",
        "postcode": (f"{rng.choice(['AM', 'KS', 'BW', 'HB', 'NF', 'WX'])}{rng.randint(1, 19)} "
                     f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}") if loc == "uk"
        else str(rng.randint(2000, 7999)),
        "state": rng.choice(US_STATES) if loc == "us" else rng.choice(AU_STATES),
        "zip": str(rng.randint(10000, 99899)), "ein": f"{_digits(rng, 2)}-{_digits(rng, 7)}",
        "pobox": str(rng.randint(100, 9999)),
        "abn": f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "pin": f"{rng.randint(110, 855)}{_digits(rng, 3)}",
        "cin": f"U{_digits(rng, 5)}{rng.choice(['MH', 'KA', 'TN', 'DL', 'KL', 'WB'])}"
               f"{rng.randint(1995, 2019)}PTC{_digits(rng, 6)}",
        "officer": officer, "oib": _digits(rng, 11), "mbs": _digits(rng, 9),
        "ico": f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", "dic": "20" + _digits(rng, 8),
        "vlozka": _digits(rng, 5), "psc": f"{rng.randint(811, 990)} {_digits(rng, 2)}",
        "code9": "30" + _digits(rng, 7), "pvm": "LT" + _digits(rng, 9),
        "ltpost": _digits(rng, 5), "nif": "B" + _digits(rng, 8), "dl": _digits(rng, 5),
        "cp": f"{rng.choice(['08', '17', '25', '43'])}{_digits(rng, 3)}", "kodepos": _digits(rng, 5),
        "dp": f"{rng.randint(100, 999)}/DP-Verifikasi/K/{rng.choice(['II', 'IV', 'VI', 'IX', 'XI'])}/"
              f"{rng.randint(2018, 2023)}",
        "hrpost": f"{rng.choice(['10', '21', '31', '51', '42'])}{_digits(rng, 3)}",
        "no": str(rng.randint(2, 148)),
    }


def make_site(rng, lang, taken):
    loc = rng.choice(EN_LOCS) if lang == "en" else lang
    town = rng.choice(TOWNS[loc])
    town2 = rng.choice([t for t in TOWNS[loc] if t != town])
    pattern = rng.choice(SITE_NAMES[loc])
    name = pattern.format(town=town, paper=rng.choice(PAPERS.get(loc, ["x"])),
                          adj=rng.choice(ADJS.get(loc, ["x"])), w=rng.choice(ID_WORDS))
    name = name[0].upper() + name[1:]
    brand = re.sub(r"^(?:The\s+|El\s+|La\s+|L')", "", name)
    base = _slug(brand)
    tld = rng.choice(TLDS[loc])
    www = "www." if rng.random() < 0.7 else ""
    host = www + base + tld
    tries = 0
    while host in taken:
        tries += 1
        extra = rng.choice(HOST_SUFFIX) + (str(rng.randint(2, 99)) if tries > 3 else "")
        host = www + base + (rng.choice(["", "-"]) + extra) + tld
    bare = host[4:] if host.startswith("www.") else host
    company = rng.choice(COMPANY[loc]).format(base=brand)
    return {
        "name": name, "host": host, "lang": lang, "loc": loc, "bare": bare, "town": town,
        "town2": town2, "company": company, "founded": rng.randint(1872, 2016),
        "street": rng.choice(STREETS[loc]), "agency": rng.choice(AGENCIES[loc]),
        "email": f"{rng.choice(EMAIL_LOCAL[lang])}@{bare}", "phone": _phone(rng, loc),
        "tz": rng.choice(ID_TZ) if loc == "id" else "", "nums": _numbers(rng, loc),
    }


def section(ctx):
    site = ctx.site
    pools = dict(SECTIONS[site["lang"]])
    if site["lang"] == "en":
        pools.update(SECTIONS.get(site["loc"], {}))
    return ctx.fixed("section:" + ctx.category, lambda r: r.choice(pools[ctx.category]))


def _section_pool(ctx):
    site = ctx.site
    pools = dict(SECTIONS[site["lang"]])
    if site["lang"] == "en":
        pools.update(SECTIONS.get(site["loc"], {}))
    return pools


# --------------------------------------------------------------------------------------
# Dates and times

EN_MONTHS = ("January February March April May June July August September October November "
             "December").split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "hr": ("siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
           "studenoga prosinca").split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "lt": ("sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
           "lapkričio gruodžio").split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
}
DAYS = {
    "en": EN_DAYS,
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "lt": ("pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis "
           "sekmadienis").split(),
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge".split(),
}
DAY_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "id": ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
    "hr": ["pon", "uto", "sri", "čet", "pet", "sub", "ned"],
    "sk": ["po", "ut", "st", "št", "pi", "so", "ne"],
    "lt": ["Pr", "An", "Tr", "Kt", "Pn", "Š", "S"],
    "ca": ["dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg."],
}


def _tz(loc, d):
    summer = 4 <= d.month <= 10
    return {"uk": "BST" if summer else "GMT", "us": "EDT" if summer else "EST",
            "au": "AEST" if summer else "AEDT", "in": "IST"}[loc]


def _hm(d, sep=":"):
    return f"{d.hour:02d}{sep}{d.minute:02d}"


def _date_variants(site, d):
    """All date formats of the site's locale for datetime d (a fixed-length list per locale)."""
    loc = site["loc"]
    m, w = d.month - 1, d.weekday()
    dd, mo = f"{d.day:02d}", f"{d.month:02d}"
    if loc in ("uk", "us", "au", "in"):
        mon, mon3, day = EN_MONTHS[m], EN_MONTHS[m][:3], EN_DAYS[w]
        h12, mm = d.hour % 12 or 12, f"{d.minute:02d}"
        am, AM = ("am", "AM") if d.hour < 12 else ("pm", "PM")
        dots = "a.m." if d.hour < 12 else "p.m."
        tz = _tz(loc, d)
        if loc == "uk":
            return [f"{d.day} {mon} {d.year}", f"{day} {d.day} {mon} {d.year} {_hm(d)} {tz}",
                    f"{dd}/{mo}/{d.year}", f"{d.day} {mon3} {d.year}, {_hm(d)}",
                    f"{_hm(d)} {tz}, {d.day} {mon3} {d.year}",
                    f"{day[:3]} {d.day} {mon3} {d.year} {_hm(d, '.')} {tz}"]
        if loc == "us":
            return [f"{mon} {d.day}, {d.year}", f"{AP_MONTHS[m]} {d.day}, {d.year} {h12}:{mm} {dots} ET",
                    f"{d.month}/{d.day}/{d.year}", f"{day}, {mon} {d.day}, {d.year} at {h12}:{mm} {AM} {tz}",
                    f"{h12}:{mm} {AM} {tz} {mon3} {d.day}, {d.year}",
                    f"{mon3} {d.day}, {d.year} / {h12}:{mm} {AM} {tz}"]
        if loc == "au":
            return [f"{d.day} {mon} {d.year} — {h12}:{mm}{am}",
                    f"{day[:3]} {d.day} {mon3} {d.year} at {h12}.{mm}{am} {tz}",
                    f"{dd}/{mo}/{d.year}", f"{d.day} {mon}, {d.year}", f"{d.day} {mon3} {d.year}, {h12}:{mm}{am}",
                    f"{day} {d.day} {mon} {d.year}"]
        return [f"{mon3} {dd}, {d.year}, {_hm(d)} IST", f"{d.day} {mon} {d.year} {h12}:{mm} {AM} IST",
                f"{mon} {dd}, {d.year} {_hm(d)} IST", f"{dd}-{mo}-{d.year} at {_hm(d)} IST",
                f"{day}, {mon3} {d.day}, {d.year}", f"{mon3} {d.day}, {d.year} {h12}:{mm} {am} IST"]
    if loc == "id":
        tz, mon, day = site["tz"], MONTHS["id"][m], DAYS["id"][w]
        return [f"{day}, {dd} {mon} {d.year} {_hm(d)} {tz}", f"{d.day} {mon} {d.year} | {_hm(d, '.')} {tz}",
                f"{dd}/{mo}/{d.year}, {_hm(d)} {tz}", f"{day}, {d.day} {mon[:3]} {d.year} - {_hm(d)}",
                f"{day} ({dd}/{mo}/{d.year})", f"{d.day} {mon} {d.year}"]
    if loc == "hr":
        mon, day = MONTHS["hr"][m], DAYS["hr"][w]
        return [f"{d.day}. {mon} {d.year}. u {_hm(d)}", f"{dd}.{mo}.{d.year}. {_hm(d)}",
                f"{day}, {d.day}. {d.month}. {d.year}. u {_hm(d)}", f"{d.day}.{d.month}.{d.year}. {_hm(d)}h",
                f"{d.day}. {mon} {d.year}.", f"{dd}. {mo}. {d.year}. / {_hm(d)}"]
    if loc == "sk":
        mon, day = MONTHS["sk"][m], DAYS["sk"][w]
        return [f"{d.day}. {mon} {d.year}, {_hm(d)}", f"{dd}.{mo}.{d.year} {_hm(d)}",
                f"{day} {d.day}. {d.month}. {d.year} o {_hm(d)}", f"{d.day}. {d.month}. {d.year} {_hm(d)}",
                f"{d.day}. {mon} {d.year}", f"{day[0].upper() + day[1:]}, {d.day}. {mon}"]
    if loc == "lt":
        mon, day = MONTHS["lt"][m], DAYS["lt"][w]
        return [f"{d.year}-{mo}-{dd} {_hm(d)}", f"{d.year} m. {mon} {d.day} d. {_hm(d)}",
                f"{d.year}-{mo}-{dd}", f"{d.year} {mon} {d.day} d., {_hm(d)}",
                f"{d.year} m. {mon} {d.day} d., {day}", f"{d.year}.{mo}.{dd} {_hm(d)}"]
    mon, day = MONTHS["ca"][m], DAYS["ca"][w]
    de = ("d'" if mon[0] in "ao" else "de ") + mon
    return [f"{d.day} {de} de {d.year}, {_hm(d)} h", f"{day}, {d.day} {de} de {d.year}",
            f"{dd}/{mo}/{d.year} - {_hm(d)}", f"{d.day}/{d.month}/{d.year} a les {_hm(d, '.')} h",
            f"{d.day}.{mo}.{d.year} | {_hm(d)}", f"{day} {d.day}/{mo}/{d.year}"]


def _longdate(site, d):
    """The 'today' line of a masthead."""
    loc, m, w = site["loc"], d.month - 1, d.weekday()
    if loc in ("uk", "au"):
        return f"{EN_DAYS[w]} {d.day} {EN_MONTHS[m]} {d.year}"
    if loc == "us":
        return f"{EN_DAYS[w]}, {EN_MONTHS[m]} {d.day}, {d.year}"
    if loc == "in":
        return f"{EN_DAYS[w]}, {EN_MONTHS[m]} {d.day:02d}, {d.year}"
    if loc == "id":
        return f"{DAYS['id'][w]}, {d.day} {MONTHS['id'][m]} {d.year}"
    if loc == "hr":
        day = DAYS["hr"][w]
        return f"{day[0].upper() + day[1:]}, {d.day}. {MONTHS['hr'][m]} {d.year}."
    if loc == "sk":
        day = DAYS["sk"][w]
        return f"{day[0].upper() + day[1:]}, {d.day}. {MONTHS['sk'][m]} {d.year}"
    if loc == "lt":
        return f"{d.year} m. {MONTHS['lt'][m]} {d.day} d., {DAYS['lt'][w]}"
    mon = MONTHS["ca"][m]
    de = ("d'" if mon[0] in "ao" else "de ") + mon
    day = DAYS["ca"][w]
    return f"{day[0].upper() + day[1:]}, {d.day} {de} de {d.year}"


def _time(site, d):
    loc = site["loc"]
    h12, mm = d.hour % 12 or 12, f"{d.minute:02d}"
    if loc == "uk":
        return f"{_hm(d)} {_tz(loc, d)}"
    if loc == "us":
        return f"{h12}:{mm} {'AM' if d.hour < 12 else 'PM'} ET"
    if loc == "au":
        return f"{h12}.{mm}{'am' if d.hour < 12 else 'pm'}"
    if loc == "in":
        return f"{_hm(d)} IST"
    if loc == "id":
        return f"{_hm(d, '.')} {site['tz']}"
    if loc == "ca":
        return f"{_hm(d)} h"
    return _hm(d)


def _hr_plural(n, forms):
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def _ago(lang, rng, minutes=None):
    if minutes is None:
        minutes = rng.choice([rng.randint(2, 59), rng.randint(60, 23 * 60), rng.randint(60, 23 * 60),
                              rng.randint(24 * 60, 9 * 24 * 60)])
    if minutes < 60:
        unit, n = "m", minutes
    elif minutes < 1440:
        unit, n = "h", minutes // 60
    else:
        unit, n = "d", minutes // 1440
    if lang == "en":
        if rng.random() < 0.15:
            return f"{n}{unit}"
        if n == 1:
            return {"m": "a minute ago", "h": "an hour ago", "d": "yesterday"}[unit]
        return f"{n} {dict(m='minutes', h='hours', d='days')[unit]} ago"
    if lang == "id":
        word = {"m": "menit", "h": "jam", "d": "hari"}[unit]
        return f"{n} {word} {rng.choice(['lalu', 'yang lalu'])}"
    if lang == "hr":
        forms = {"m": ("minutu", "minute", "minuta"), "h": ("sat", "sata", "sati"),
                 "d": ("dan", "dana", "dana")}[unit]
        return f"prije {n} {_hr_plural(n, forms)}"
    if lang == "sk":
        if n == 1:
            return {"m": "pred minútou", "h": "pred hodinou", "d": "včera"}[unit]
        return f"pred {n} " + {"m": "minútami", "h": "hodinami", "d": "dňami"}[unit]
    if lang == "lt":
        return f"prieš {n} " + {"m": "min.", "h": "val.", "d": "d."}[unit]
    if n == 1:
        return {"m": "fa un minut", "h": "fa una hora", "d": "ahir"}[unit]
    return f"fa {n} " + {"m": "minuts", "h": "hores", "d": "dies"}[unit]


def _num(lang, x, dec):
    s = f"{x:,.{dec}f}"
    if lang == "en":
        return s
    s = s.replace(",", "\x00").replace(".", ",")
    return s.replace("\x00", " " if lang in ("sk", "lt") else ".")


TEMPS = {"uk": (3, 21), "us": (30, 84), "au": (28, 14), "in": (21, 35), "id": (27, 31),
         "hr": (4, 30), "sk": (-2, 26), "lt": (-4, 23), "ca": (9, 29)}


def _temp(loc, month, rng):
    winter, summer = TEMPS[loc]
    f = (1 - math.cos((month - 1) / 12 * 2 * math.pi)) / 2
    return round(winter + (summer - winter) * f + rng.randint(-3, 3))


# --------------------------------------------------------------------------------------
# Phrase pools.  T[lang][key] is a list of str.format patterns ("\n" splits a pattern into
# lines); a (male, female) tuple where the wording depends on a person's gender.

T = {}

T["en"] = {
    # head
    "cookie_short": [
        "We use cookies to make this site work and to understand how you use it. By continuing to browse you agree to our use of cookies.",
        "This website uses cookies to personalise content and ads and to analyse our traffic.",
        "Cookies help us deliver a better experience. Some are essential, others help us show you relevant advertising.",
        "By clicking “Accept all”, you agree to the storing of cookies on your device to improve navigation and measure our audience.",
        "We and our partners store and access information on your device, such as cookies, to show you personalised content.",
        "Our site uses cookies and similar technologies. You can change your settings at any time.",
        "Heads up: we use cookies. Some keep the site running, the rest help us pay for journalism.",
        "We care about your data. Read our privacy notice to find out how we use cookies.",
        "This site sets cookies on your device. Choose “Accept” to allow all of them or “Settings” to pick.",
    ],
    "cookie_btns": ["Accept all | Reject all | Manage settings", "Accept\nReject\nCustomise",
                    "I agree | More options", "OK, got it", "Accept cookies  Cookie settings",
                    "Allow all\nNecessary only", "Agree and close | Learn more", "Accept & continue",
                    "Yes, I'm happy\nNo thanks"],
    "cookie_title": ["We value your privacy", "Your privacy choices", "Cookies on {site}",
                     "Before you continue", "Privacy settings", "Your Privacy Matters To Us",
                     "Help us keep {site} free"],
    "cookie_long": [
        "{site} and our {n} advertising and analytics partners use cookies and similar technologies to store and access information on your device. With your consent we process personal data such as browsing behaviour and unique identifiers to provide personalised advertising and content, measure the performance of ads and content, derive audience insights and develop and improve our products.",
        "We use essential cookies to make our site work. With your permission we would also like to set optional analytics cookies to understand how readers use the site, and advertising cookies from third parties that help fund our journalism. Optional cookies will only be set if you accept them, and you can withdraw your consent at any time from the privacy settings link in the footer.",
        "To keep {site} free to read, we rely on advertising. We and {n} selected vendors may use precise geolocation data and identification through device scanning, and store or access information on a device, for purposes including ad selection, delivery and reporting, content measurement and product development. Some partners process data on the basis of legitimate interest, which you can object to in the settings.",
        "When you visit our website we collect information about how you interact with our pages, including which articles you read and for how long. This helps us recommend stories you may enjoy, limit how often you see the same advertisement and keep the site secure. You can accept all cookies, reject the ones that are not strictly necessary, or choose category by category.",
        "Like most news websites we use cookies. Some are strictly necessary for logging in and remembering your preferences; others are set by our {n} partners to show you adverts that are more relevant to you and to count how many people read each story. Please let us know which cookies you are happy for us to use.",
    ],
    "cookie_long2": [
        "You can change your mind at any time by clicking “Privacy settings” at the bottom of any page. Your choices will apply to this site only.",
        "For more information, see our Cookie Policy and Privacy Notice.",
        "Rejecting cookies will not stop you seeing adverts, but they will be less relevant to you.",
        "Your consent is valid for 12 months. You can withdraw it in the footer of every page.",
        "View our partners | Privacy policy | Cookie policy",
    ],
    "skip": ["Skip to main content", "Skip to content", "Skip to navigation", "Jump to main content",
             "Skip to footer", "Accessibility help", "Skip to search"],
    "topbar": ["Sign in | Register", "Sign in  Subscribe", "Log in / Sign up", "Subscribe\nSign in",
               "My account | Newsletters | Help", "Search  Menu  Sign In",
               "Today's paper | Puzzles | Newsletters | Subscribe", "Register for free | Log in",
               "e-Edition · Subscribe · Sign In", "Become a member | Log in", "☰ Menu\nSearch\nAccount"],
    "tagline": ["Independent journalism since {founded}", "News for {town} and beyond",
                "{town}'s voice since {founded}", "Trusted news. Every day.", "The news that matters to you",
                "Award-winning local news", "Covering {town} and the surrounding district",
                "Your daily guide to what's happening", "Established {founded}",
                "Fearless. Independent. Local.", "Reporting without fear or favour"],
    "edition": ["International edition", "Edition: {town}", "Change edition ▾", "Local edition: {town}"],
    "edition_extra": ["Today's paper", "e-Edition", "Updated every few minutes", "Latest edition",
                      "Read the digital edition"],
    "menu_head": ["Menu", "Sections", "Browse", "Explore {site}"],
    "menu_items": ["Home", "News", "World", "Politics", "Business", "Money", "Sport", "Football",
                   "Entertainment", "Culture", "Lifestyle", "Travel", "Tech", "Science", "Health",
                   "Opinion", "Weather", "Motoring", "Property", "Puzzles", "Obituaries", "Video",
                   "Podcasts", "Jobs", "Local", "Education"],
    "menu_extra": ["More ▾", "Search", "☰", "All sections", "More"],
    "home": ["Home", "Home", "News"],
    "crumb_prefix": ["", "", "You are here: "],
    "ticker_label": ["BREAKING", "Breaking News", "Latest", "Just in", "LIVE", "Developing", "Top story"],
    "trending_label": ["Trending:", "Trending now", "Hot topics:", "In the news:", "Popular searches:",
                       "Most searched"],
    "trend_topics": ["Budget 2025", "{town} roadworks", "Weather warnings", "Cost of living",
                     "Transfer news", "Energy bills", "School holidays", "Election latest", "Rail strikes",
                     "House prices", "Interest rates", "Festival season", "{town} council", "Live scores"],
    "weather": ["{town} {t}°C {cond}", "Weather: {town}, {t}° and {cond_l}", "{cond} · {t}°C · {town}",
                "{town}: High {t}° / Low {lo}°", "☁ {t}°C {town}"],
    "conditions": ["Sunny", "Partly cloudy", "Cloudy", "Light rain", "Showers", "Overcast", "Clear",
                   "Windy", "Drizzle", "Fog"],
    "markets_head": ["Markets", "Market data", "Markets at a glance", "Live markets"],
    "markets_note": ["Data delayed by at least 15 minutes", "Prices as of {time}", "Market data provided by {pagency}"],
    "offer": ["Limited offer: get a year of digital access for {cur} a week",
              "Spring sale: 50% off your first 3 months — Subscribe now",
              "Unlimited access from {cur} a week. Cancel anytime.", "Try {site} Premium free for 30 days",
              "Support local journalism — subscribe today",
              "Get the print edition delivered from {cur} per week"],
    "kicker": ["{SEC}", "{sec}", "{sec} | {town}", "{sec} news", "{SEC} · {town}"],
    "app_banner": ["Open in app", "Read this story in the {site} app", "Get the {site} app\nInstall",
                   "Stay updated with the {site} app — free on iOS and Android", "Continue in app | Not now"],
    # lead
    "roles": ["Political Correspondent", "Business Reporter", "Senior Reporter", "Chief Reporter",
              "Sports Writer", "Technology Editor", "Entertainment Reporter", "Staff Writer", "News Editor",
              "Digital Reporter", "Democracy Reporter", "Trainee Reporter", "Community Reporter",
              "Data Journalist", "Special Correspondent", "Deputy Editor"],
    "by": ["By {name}", "By {NAME}", "{name}", "By {name}, {role}", "{name} | {role}", "Words by {name}",
           "By {name} and {name2}", "{name}, {town}", "Written by {name}", "Story by {name}",
           "{name} for {site}", "Reporting by {name}", "{name} · {role}", "By {name} in {town}",
           "{name}\n{role}"],
    "published": ["{date}", "Published {date}", "Posted {date}", "First published on {date}",
                  "Published: {date}", "Posted on {date}", "{date} | {sec}"],
    "updated": ["Updated {date}", "Last updated: {date}", "Updated {ago}", "Modified {date}",
                "Updated on: {date}", "Last modified {time}"],
    "meta": ["By {name} · {date} · {sec}", "{name} | {date}", "{date} | By {name}",
             "{name} — {date}", "Posted by {name} on {date}", "{name}\n{date}",
             "By {name}\nPublished {date}", "{name} / {role} / {date}"],
    "read_time": ["{n} min read", "{n} minute read", "Reading time: {n} mins", "⏱ {n} min",
                  "Estimated reading time: {n} minutes", "{n} MIN READ", "Read time: {n} min"],
    "share_label": ["Share", "Share this article", "Share:", "Share this story", "SHARE", "Share on"],
    "share_nets": ["Facebook", "X", "Twitter", "WhatsApp", "Email", "LinkedIn", "Reddit", "Copy link",
                   "Messenger", "Telegram", "Print", "Pinterest", "Bluesky"],
    "share_extra": ["{n} shares", "Share {n}", "Copy link", "Comment ({n})", "Save"],
    "listen": ["Listen to this article", "▶ Listen to this article · {dur}", "Listen · {dur}",
               "Audio: listen to this story", "Press play to listen to this article\n0:00 / {dur}",
               "Listen to article ({dur})\nVoiced by artificial intelligence."],
    "tools": ["A A A | Print | Email", "Text size: A- A+", "Print this page", "Save article\nGift article",
              "🔖 Save | 🖨 Print", "Font size: Small Medium Large", "Bookmark"],
    "age_note": ["This article is more than {n} years old", "This story was published {n} years ago",
                 "Archived article: some information may be out of date", "From the archive"],
    "comment_jump": ["💬 {n} comments", "Jump to comments ({n})", "{n} Comments", "View comments",
                     "Comments ({n})", "Join the discussion: {n} comments"],
    "follow_topic": ["Follow {k}", "+ Follow {k}", "Get alerts on {k}", "Follow this topic",
                     "Get email updates on {sec}"],
    "caption_tpl": ["{k} pictured earlier this year.", "File photo of {k}.", "Pictured: {k}",
                    "{k} has faced growing scrutiny in recent weeks", "A general view in {town} on {weekday}",
                    "Illustrative image", "▲ {k} during a visit last month.",
                    "{k} (left) speaking at an event in {town}", "Image for illustrative purposes only.",
                    "Archive image"],
    "credit_tpl": ["Photo: {name}", "Photograph: {name}/{pagency}", "Image: {pagency}",
                   "(Photo: {name} / {site})", "Credit: {pagency}", "Picture: {name}", "Photo by {name}/{pagency}",
                   "Supplied", "Image credit: {pagency}", "© {pagency}"],
    "photo_extra": ["Enlarge", "Open gallery", "Image {i} of {n}", "Expand image", "View full size"],
    # inline
    "ad": ["Advertisement", "ADVERTISEMENT", "Ad", "- Advertisement -", "Story continues below advertisement",
           "Scroll to continue with content", "Advertisement · Scroll to continue", "Ad Feedback",
           "REMOVE ADS"],
    "continue": ["Story continues below", "Article continues below this ad", "Continue reading",
                 "The article continues after this advertisement", "Read more below",
                 "Scroll down to keep reading"],
    "sponsored_label": ["Sponsored", "Sponsored content", "Partner content", "Promoted", "Paid post",
                        "In partnership with {brand}", "Advertorial"],
    "ad_heads": ["Homeowners in {town} are switching to this little-known energy plan",
                 "Doctors surprised by this simple morning habit",
                 "The new electric SUV everyone in {town} is talking about",
                 "Retirees are snapping up these seaside bungalows",
                 "How {town} families are cutting grocery bills in half",
                 "Why thousands are ditching their bank for this app",
                 "Stylish hearing aids you can barely see",
                 "Five holiday destinations that are still cheap this year",
                 "The garden gadget that sold out in a weekend"],
    "ad_cta": ["Learn more", "Read more", "Find out more", "Shop now", "Get a quote", "Sign up"],
    "read_also": ["Read also: {h}", "READ MORE: {h}", "Read more: {h}", "See also: {h}", "Related: {h}",
                  "► {h}", "ALSO READ | {h}", "More: {h}", "You may also like: {h}", "Also read: {h}",
                  "RELATED: {h}", "Don't miss: {h}"],
    "inline_related_head": ["Related stories", "More on this", "Related", "Read more", "Recommended",
                            "In other news", "Also in {sec}"],
    "nl_head": ["Sign up to our free morning newsletter", "Get the {site} briefing", "The Daily Catch-up",
                "Never miss a story", "Sign Up For Our Free Weekly Newsletter",
                "Breaking news alerts, straight to your inbox", "{town} Today: our free daily email"],
    "nl_desc": ["Get the day's top stories delivered to your inbox every morning, plus the best of our analysis and opinion.",
                "Our editors pick the stories you need to know, every weekday at 7am.",
                "Join {n},000 readers who start their day with us.",
                "A short, smart summary of the news you need, sent each weekday before breakfast.",
                "Enter your email address and we'll send you the biggest headlines as they happen."],
    "nl_field": ["Enter your email address", "Email address", "Your email", "name@example.com"],
    "nl_btn": ["Sign up", "Subscribe", "Sign me up", "Submit", "Join now"],
    "nl_fine": ["By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.",
                "You can unsubscribe at any time.",
                "We will use your email address only to send you this newsletter. See our privacy notice for details.",
                "Thanks for subscribing!", "Please enter a valid email address."],
    "poll_label": ["Poll", "Have your say", "Quick poll", "Reader poll", "VOTE"],
    "poll_q": ["Do you agree with the decision?", "What do you make of the latest news about {k}?",
               "Should {k} be doing more?", "Are you following the {k} story?",
               "How would you rate the response so far?", "Will this affect you personally?"],
    "poll_opts": [["Yes", "No", "Not sure"], ["Agree", "Disagree", "Don't know"],
                  ["Very well", "Quite well", "Not well at all"], ["Yes, a lot", "A little", "Not at all"],
                  ["Definitely", "Maybe", "No way"]],
    "poll_vote": ["Vote", "Submit vote", "See results", "Vote now"],
    "poll_count": ["{n} votes", "{n} readers have voted", "Total votes: {n}", "Poll closes at midnight"],
    "video_label": ["WATCH: {h}", "Video: {h}", "▶ Play video", "Watch: {k} in {town}", "VIDEO",
                    "Now playing", "Up next: {h}"],
    "video_extra": ["Play video", "Watch more videos", "Video credit: {pagency}", "{dur}", "Turn on sound",
                    "Click to play", "This video cannot be played"],
    "promo_inline": ["Follow {site} on WhatsApp for breaking news as it happens",
                     "Get our free app for live updates and alerts", "Got a story? Email us at {email}",
                     "Like {site} on Facebook to see more stories like this",
                     "Stay informed: join our Telegram channel",
                     "Download the {site} app for the latest updates"],
    "gallery": ["Gallery: {n} photos", "View gallery ({n} images)", "1 / {n}", "Open gallery",
                "See all {n} pictures", "Photos: {k} in {town}", "Swipe for more photos"],
    # tail
    "tags_label": ["Tags:", "Topics:", "Filed under:", "Tagged:", "More about:", "Related topics:",
                   "Keywords:"],
    "topics_head": ["Topics", "Related topics", "More on these topics", "Explore", "In this story",
                    "Follow these topics"],
    "follow_btn": ["+ Follow", "Follow", "(follow)"],
    "bio_head": ["About the author", "About the Author", "The author", "Meet the reporter"],
    "bio": [
        "{name} is {a_role} at {site}, where {he} covers {beat}. {He} joined the newsroom in {year0} after spending several years on regional titles in {town2}, and {he} is especially interested in stories that rarely make the national headlines.",
        "{name} has reported on {beat} for more than {nyears} years. Before joining {site}, {he} worked as a producer for a community radio station and taught journalism part-time at a college in {town2}. {He} can be reached at {email}.",
        "About the author: {name} writes about {beat} and edits our weekend pages. {His} work has been shortlisted for the {award}, and {he} still believes the best stories start with a phone call nobody else bothered to make.",
        "{name} is {site}'s {role_l}. Originally from {town2}, {he} studied history before falling into journalism by accident, and has since covered floods, elections, two royal visits and more council budget meetings than {he} would care to count.",
        "{name} joined {site} as a trainee in {year0} and now leads our coverage of {beat}. When {he} is not chasing a story {he} can usually be found on a cricket pitch or arguing about the best chip shop in {town}.",
        "{name} covers {beat} for {site}. {He} previously spent {nyears} years on the business pages of a national daily and holds a master's degree in economics. Send tips securely to {email}.",
    ],
    "beats": ["local politics and the council", "business and the regional economy", "courts and crime",
              "sport, mostly football and cricket", "technology and consumer affairs",
              "arts, music and television", "health and social care", "transport and planning",
              "education and young people", "the environment and rural affairs"],
    "awards": ["Regional Press Awards", "Northern Journalism Prize", "Harbourside Media Awards",
               "Clarion Award for Community Reporting", "Golden Quill Awards"],
    "bio_extra": ["View all articles by {name}", "More from {name}", "Contact {name}: {email}",
                  "Follow {name} on X: @{handle}", "Email the author", "{name} on LinkedIn"],
    "correction": [
        "Correction: An earlier version of this article gave an incorrect date for the announcement. This has been amended.",
        "This article was amended on {date} to correct the spelling of a name.",
        "Clarification: a previous version of this story described {k} inaccurately. We are happy to set the record straight.",
        "Editor's note: this story has been updated with a response from {k}.",
        "We apologise for an error in an earlier version of this report, which misstated a figure in the fourth paragraph.",
        "Update, {date}: this article has been corrected to reflect the latest figures.",
    ],
    "agency": ["Additional reporting by {agency}", "With inputs from agencies", "(With agency inputs)",
               "— {ABBR}", "Reporting by {name}; editing by {name2}", "Copyright {year} {agency}. All rights reserved.",
               "Only the headline of this wire report was written by our staff; the text is reproduced as received.",
               "Additional reporting by {name} in {town2}", "{agency} contributed to this report.",
               "({ABBR})"],
    "print_note": ["A version of this article appears in print on {date}.",
                   "This story appeared in the {weekday} edition of {site}.",
                   "A version of this article was first published in the {site} print edition.",
                   "Printed in {site}, {date}, page {n}."],
    "disclaimer": [
        "Disclaimer: The views expressed in reader comments are those of the individual authors and do not necessarily reflect the views of {site}.",
        "This content was produced by our newsroom independently of any advertisers.",
        "{site} may earn a commission on products bought through links in this article.",
        "Disclaimer: this article is for general information only and does not constitute financial advice.",
        "Views expressed by contributors are their own and not those of {site} or its owners.",
    ],
    "more_from": ["More from {name}", "More by this author", "Other stories by {name}", "Latest from {name}"],
    "feedback": ["Was this article helpful?", "Did you find this story useful?",
                 "How would you rate this article?", "Spotted an error? Let us know",
                 "Tell us what you think of this story"],
    "feedback_opts": ["Yes | No", "👍 Yes  👎 No", "★★★★★", "Yes\nNo", "Helpful · Not helpful"],
    "report_error": ["Report an error", "Report a correction", "Something wrong? Tell us"],
    "reactions_head": ["How do you feel about this story?", "What's your reaction?", "Your reaction"],
    "reactions": ["Happy", "Sad", "Angry", "Surprised", "Inspired", "Amused", "Worried"],
    "next_label": ["Next article", "Next story", "Up next", "Next:", "Read next"],
    "prev_label": ["Previous article", "Previous", "← Previous story"],
    "donate_head": ["Before you go…", "A message from the editor", "Support independent journalism",
                    "Why We Need Your Support", "Thank you for reading", "Can you help us?",
                    "Help keep {site} free for everyone"],
    "donate_body": [
        "If you have read this far, you are one of the many people who rely on {site} for news about {town}. Unlike many outlets, we have no billionaire owner and no paywall, and every story we publish is paid for by readers. A gift of any size helps us keep reporting, and it takes less than a minute.",
        "Local journalism is under pressure as never before. Advertising income has fallen by more than half in ten years, and newsrooms across the country have closed. We want to keep our reporters in court, at council meetings and on the touchline, but we can only do it with your support.",
        "Every month, thousands of readers choose to support our work. Their contributions pay for reporters, photographers and the occasional late-night pizza in the newsroom. If you value what we do, please consider joining them today; you can cancel at any time.",
        "We believe everyone deserves access to accurate, fair reporting, whatever they can afford to pay. That is why our journalism stays free to read. But producing it is expensive, and we are asking readers who can to chip in.",
        "Quality journalism takes time, money and courage. Your support keeps {site} independent, so that we can ask difficult questions of those in power without worrying about who might be offended.",
    ],
    "donate_btn": ["Support us", "Donate now", "Contribute from {cur}", "Make a contribution",
                   "Give monthly | Give once", "Support {site}", "Become a supporter"],
    "donate_extra": ["We accept card and bank transfer.", "Single | Monthly | Annual", "Remind me later",
                     "Already a supporter? Thank you."],
    "paywall_count": ["You have read {n} of {m} free articles this month.",
                      "You've read {n} of your {m} free stories this month", "{n}/{m} free articles"],
    "paywall": ["This article is for subscribers only.", "Subscribe to continue reading. Already a subscriber? Log in.",
                "Want to keep reading? Get unlimited access for just {cur}.",
                "Subscribe now for unlimited access to {site}, including our award-winning analysis, the daily puzzle and the digital edition of the newspaper.",
                "You've reached your limit of free articles. Register for free to get more each month, or subscribe for unlimited access to every story, newsletter and podcast.",
                "Members get ad-free reading, early access to investigations and invitations to newsroom events. Join from {cur} a month and cancel whenever you like.",
                "Premium Content", "Unlock this article"],
    "app_promo": ["Download the {site} app", "Get the {site} app on iOS and Android",
                  "Download on the App Store | Get it on Google Play",
                  "Read the news on the go with our free app.", "Scan the QR code to download our app",
                  "Get breaking news alerts: download our free app today."],
    "tip": ["Got a story? Email {email}", "Do you have a story for us? Contact our newsroom on {phone} or email {email}.",
            "Have a news tip? Send it to {email}",
            "If you have information about this story, please get in touch in confidence at {email}.",
            "Want to share your views? Write to the editor at {email}"],
    "comments_head": ["Comments", "Comments ({n})", "{n} comments", "Join the conversation", "Have your say",
                      "Reader comments", "What do you think?", "Conversation", "{n} Comments"],
    "comments_count": ["{n} comments", "Showing {m} of {n} comments", "{n} people are talking about this"],
    "comments_sort": ["Sort by: Newest", "Sort by Best | Newest | Oldest", "Newest first",
                      "Oldest | Newest | Most liked", "Show: All comments", "Order by: Top rated"],
    "comment_actions": ["Reply", "Reply · Report", "Like ({n}) · Reply", "👍 {n}  👎 {m}",
                        "Reply | Share | Report", "{n} likes", "Recommend ({n})", "Report", "Reply  Like"],
    "reply_marker": ["↳ Replying to {user}", "In reply to {user}", "↪ {user}"],
    "load_more": ["Load more comments", "Show more comments", "View all {n} comments", "See more",
                  "Read all comments", "Show more replies"],
    "no_comments": ["Be the first to comment.", "No comments yet. Start the conversation.",
                    "There are no comments yet."],
    "wrote_c": ["wrote:", "says:", "commented:"],
    "anon": ["A reader in {town}", "Anonymous", "Guest", "Name withheld", "Concerned resident"],
    "c_open": ["Honestly, I'm not surprised by any of this.", "Great piece, thanks for covering it properly.",
               "I've lived in {town} for over thirty years and I have never seen anything like it.",
               "Every time I read one of these stories I feel a bit more tired.",
               "Finally someone is asking the right questions.", "Not sure why this is news at all.",
               "My neighbour was talking about exactly this yesterday.",
               "Well written article but I think it misses the bigger picture.", "Here we go again.",
               "As someone who works in this industry, I can tell you it's more complicated than it looks.",
               "Can we have a follow-up on this please?",
               "I remember when this kind of thing would have been front page news.",
               "Interesting read, even if I disagree with most of it.", "Who actually believes this anymore?",
               "Thank you for reporting this."],
    "c_mid": ["{k} has been promising the same thing for years and nothing ever seems to change for ordinary people.",
              "The real question is who pays for it in the end, and we all know the answer to that.",
              "If {k} had listened to people on the ground this could have been avoided.",
              "I don't think {k} comes out of this looking good, whatever the spin says.",
              "People forget how quickly things were moving only a couple of years ago.",
              "My son works nearby and says the mood there is very different from what we are told.",
              "It's easy to criticise from the sidelines, but I'd like to see anyone else do better.",
              "Funny how {k} is everywhere this week and nowhere when something actually goes wrong.",
              "The comments on here are always more informative than the article itself.",
              "Half the problem is that nobody wants to take responsibility for anything anymore.",
              "I'd love to know where these figures come from, because they don't match anything I've seen.",
              "They said exactly the same thing about {k} last year and look how that turned out."],
    "c_close": ["We'll see what happens next I suppose.", "Just my two cents.", "Rant over.", "Time will tell.",
                "Shameful.", "Good luck to them.", "Watch this space.", "Not holding my breath.",
                "Thanks again for the article.", "Absolutely ridiculous.", "Well said to the reporter.",
                "Keep up the good work {site}."],
    "c_short": ["Spot on.", "Couldn't agree more!", "This.", "Rubbish article.", "Well said.", "👏👏👏",
                "Exactly what I was thinking", "lol", "Source?", "Sad times.", "About time!", "Brilliant news"],
    "cform_head": ["Leave a comment", "Leave a Reply", "Add your comment", "Post a comment",
                   "Write a comment", "Join the discussion"],
    "cform_notice": ["Your email address won't be shown publicly. Fields marked * are required.",
                     "We will never publish your email address.", "All comments are moderated before they appear.",
                     "Comments are reviewed by our team and may take up to 24 hours to appear. Please keep it civil and on topic.",
                     "By posting you agree to our community guidelines. We remove comments that are abusive, off-topic or that include personal information about others.",
                     "Please read our house rules before commenting; repeated breaches will lead to an account suspension."],
    "cform_fields": ["Comment *", "Name *", "Email *", "Website", "Your name", "Your comment",
                     "Remember my name and email on this device for future comments."],
    "cform_btn": ["Post Comment", "Submit", "Post", "Send comment", "Publish"],
    "login_gate": ["Log in to comment", "You must be logged in to post a comment.",
                   "Sign in or create a free account to join the conversation.",
                   "Commenting is available to subscribers only. Subscribe now or log in.",
                   "Don't have an account? Register for free", "Comments are closed for this article.",
                   "To comment, please sign in.",
                   "Create an account to reply to other readers, follow threads and get notified when someone responds to you."],
    "related_head": ["Related stories", "You might also like", "More in {sec}", "Related Articles", "Read next",
                     "More stories", "Recommended for you", "What to read next", "More from {site}",
                     "Related coverage", "ALSO ON {SITE}"],
    "most_read_head": ["Most read", "Most popular", "Trending now", "Most viewed", "Top stories",
                       "Popular this week", "Most Read Stories This Week", "What everyone's reading", "Top 5"],
    "promoted_head": ["Promoted stories", "From around the web", "Sponsored links", "You may like",
                      "Recommended by our partners", "Paid content"],
    "also_on": ["Also on {site}", "More from {site}", "Elsewhere on {site}", "From our archive"],
    "comments_n": ["{n} comments", "💬 {n}", "({n})", "{n} Comments"],
    "min_read": ["{n} min read", "{n} mins"],
    "footer_heads": ["About", "Company", "Help", "Follow us", "Our sites", "Legal", "Contact us"],
    "footer_links": ["About us", "Contact us", "Advertise with us", "Careers", "Privacy policy",
                     "Terms and conditions", "Cookie policy", "Cookie settings", "Complaints",
                     "Editorial standards", "Accessibility", "Sitemap", "Subscriptions", "Newsletters",
                     "Archive", "RSS", "Help & FAQs", "Corrections", "Work for us", "Syndication"],
    "copyright": ["© {year} {company}. All rights reserved.", "Copyright © {year} {site}", "© {company} {year}",
                  "All content © {year} {company}. No part of this site may be reproduced without our written permission.",
                  "© Copyright {year} {site} · All Rights Reserved", "{site} is a trading name of {company}. © {year}."],
    "staff": ["Editor: {name}", "Editor-in-chief: {name}", "Editor: {name} | Deputy Editor: {name2}",
              "Managing editor: {name}", "Publisher and editor: {name}", "Executive Editor {name}"],
    "top": ["Back to top", "Back to top ↑", "↑ Top", "Return to top", "Top of page", "Scroll to top"],
    "follow": ["Follow us: Facebook · Instagram · X · YouTube", "Follow us on", "Like us on Facebook",
               "Follow {site} on Instagram", "Join our WhatsApp channel", "Find us on Facebook, X and Instagram",
               "Connect with us", "Follow us on Google News"],
    "follow_nets": ["Facebook", "X", "Instagram", "YouTube", "TikTok", "LinkedIn", "Threads", "RSS"],
    "privacy_links": ["Privacy settings", "Manage cookies", "Cookie preferences", "Manage consent",
                      "Privacy Manager", "Your privacy choices"],
    "nameday": [],
}

EN_REG = {
    "uk": {
        "menu_items": ["Home", "News", "UK", "World", "Politics", "Business", "Money", "Sport", "Football",
                       "Cricket", "Rugby", "Entertainment", "Culture", "Lifestyle", "Travel", "Tech",
                       "Science", "Health", "Opinion", "Weather", "Motoring", "Property", "Puzzles",
                       "Obituaries", "Video", "Podcasts", "Jobs", "Local", "Education", "Letters"],
        "edition": ["UK edition", "Edition: {town}", "Change edition ▾", "Local edition: {town}"],
        "imprint": ["{company}, {street}, {town} {postcode}",
                    "Registered in England and Wales, company number {coreg}. Registered office: {street}, {town} {postcode}.",
                    "VAT No. GB {vat}", "{company} is a member of the Regional Publishers' Association.",
                    "Registered office: {street}, {town} {postcode}"],
    },
    "us": {
        "menu_items": ["Home", "U.S.", "World", "Politics", "Business", "Markets", "Tech", "Sports",
                       "Entertainment", "Arts", "Opinion", "Health", "Science", "Weather", "Local",
                       "Real Estate", "Food", "Travel", "Obituaries", "Video", "Podcasts", "Crime",
                       "Education", "Elections", "Newsletters"],
        "edition": ["U.S. Edition", "Edition: US ▾", "Local edition: {town}", "International"],
        "imprint": ["{company} · {street}, {town}, {state} {zip}",
                    "{company} is a nonprofit newsroom. EIN {ein}.",
                    "Mailing address: P.O. Box {pobox}, {town}, {state} {zip}", "Newsroom: {phone}"],
        "privacy_links": ["Privacy settings", "Do Not Sell or Share My Personal Information",
                          "Your Privacy Choices", "Manage consent", "Cookie preferences"],
    },
    "au": {
        "menu_items": ["Home", "National", "World", "Politics", "Business", "Sport", "Footy", "Cricket",
                       "Entertainment", "Lifestyle", "Property", "Travel", "Tech", "Weather", "Opinion",
                       "Regional", "Video", "Puzzles", "Real Estate", "Motoring", "Rural"],
        "edition": ["Australia edition", "Edition: {town}", "Change region ▾", "Local edition: {town}"],
        "imprint": ["{company} ABN {abn}", "{street}, {town} {state} {postcode}",
                    "{site} is published by {company}, {street}, {town} {state}.", "Phone {phone}"],
    },
    "in": {
        "menu_items": ["Home", "India", "World", "Cities", "Business", "Markets", "Cricket", "Sports",
                       "Entertainment", "Tech", "Lifestyle", "Education", "Opinion", "Videos", "Photos",
                       "Elections", "Auto", "Web Stories", "Explained", "Trending", "Jobs", "E-Paper"],
        "edition": ["India edition", "Edition: {town}", "Select city ▾", "English edition"],
        "imprint": ["{company}, {street}, {town} - {pin}", "CIN: {cin}",
                    "Registered Office: {street}, {town} {pin}", "Grievance Officer: {officer} | {email}"],
        "read_also": ["ALSO READ | {h}", "Also Read: {h}", "ALSO READ: {h}", "Read more: {h}",
                      "Also read | {h}", "READ | {h}", "Also Read- {h}"],
        "follow": ["Follow us on WhatsApp", "Join our Telegram channel for the latest updates",
                   "Follow us: Facebook · X · Instagram · YouTube · WhatsApp",
                   "Stay updated — follow {site} on Google News", "Connect with us"],
        "agency": ["(With inputs from agencies)", "With agency inputs", "— {ABBR}",
                   "Only the headline of this wire report was written by our staff; the text is reproduced as received.",
                   "(This story has been edited by {site} staff; additional inputs from {ABBR})",
                   "{town} | Edited by {name}", "({ABBR})"],
    },
}

MARKETS = {
    "uk": [("FTSE 100", 8200, 2), ("FTSE 250", 20400, 2), ("GBP/USD", 1.27, 4), ("GBP/EUR", 1.17, 4),
           ("Brent crude", 78, 2), ("Gold", 2310, 2)],
    "us": [("Dow", 39000, 2), ("S&P 500", 5200, 2), ("Nasdaq", 16300, 2), ("10-Yr Yield", 4.3, 3),
           ("Crude Oil", 76, 2), ("Bitcoin", 64000, 0)],
    "au": [("ASX 200", 7800, 1), ("All Ords", 8050, 1), ("AUD/USD", 0.66, 4), ("Iron ore", 112, 2),
           ("Gold", 3500, 2)],
    "in": [("Sensex", 74000, 2), ("Nifty 50", 22500, 2), ("USD/INR", 83.2, 2), ("Gold (10g)", 71000, 0),
           ("Bank Nifty", 48000, 2)],
    "id": [("IHSG", 7200, 2), ("LQ45", 950, 2), ("USD/IDR", 15800, 0), ("Emas (gram)", 1250000, 0)],
    "hr": [("CROBEX", 3100, 2), ("EUR/USD", 1.08, 4), ("Brent", 78, 2), ("Zlato", 2300, 2)],
    "sk": [("SAX", 350, 2), ("EUR/USD", 1.08, 4), ("EUR/CZK", 25.1, 3), ("Ropa Brent", 78, 2)],
    "lt": [("OMX Vilnius", 1050, 2), ("EUR/USD", 1.08, 4), ("Brent nafta", 78, 2), ("Auksas", 2300, 2)],
    "ca": [("IBEX 35", 11000, 1), ("EUR/USD", 1.08, 4), ("Brent", 78, 2), ("Euríbor", 3.1, 3)],
}

T["id"] = {
    "cookie_short": [
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan, Anda menyetujui penggunaan cookie.",
        "Situs ini menggunakan cookie untuk personalisasi konten dan iklan serta menganalisis lalu lintas kami.",
        "Dengan mengklik “Terima”, Anda setuju cookie disimpan di perangkat Anda.",
        "Kami dan mitra kami menyimpan informasi di perangkat Anda untuk menampilkan iklan yang relevan.",
        "Kami peduli dengan privasi Anda. Baca kebijakan privasi kami untuk mengetahui cara kami menggunakan cookie.",
        "Situs ini memakai cookie agar bisa berjalan dengan baik. Pilih “Terima” untuk melanjutkan.",
    ],
    "cookie_btns": ["Terima | Tolak | Pengaturan", "Terima semua\nKelola preferensi", "Setuju",
                    "OK, saya mengerti", "Terima & lanjutkan | Pelajari lebih lanjut",
                    "Izinkan semua\nHanya yang diperlukan"],
    "cookie_title": ["Kami menghargai privasi Anda", "Pengaturan privasi", "Cookie di {site}",
                     "Sebelum Anda melanjutkan", "Privasi Anda Penting Bagi Kami"],
    "cookie_long": [
        "{site} dan {n} mitra iklan kami menggunakan cookie dan teknologi serupa untuk menyimpan dan mengakses informasi di perangkat Anda. Dengan persetujuan Anda, kami memproses data seperti perilaku penjelajahan dan pengenal unik untuk menampilkan iklan dan konten yang dipersonalisasi, mengukur kinerja iklan, serta mengembangkan layanan kami.",
        "Kami memakai cookie yang diperlukan agar situs dapat berfungsi. Dengan izin Anda, kami juga ingin memasang cookie analitik untuk memahami cara pembaca menggunakan situs ini, serta cookie iklan dari pihak ketiga yang membantu membiayai jurnalisme kami. Anda dapat menarik persetujuan kapan saja.",
        "Agar {site} tetap gratis dibaca, kami bergantung pada iklan. Kami dan {n} mitra terpilih dapat menggunakan data perangkat untuk memilih iklan, mengukur audiens, dan meningkatkan produk. Beberapa mitra memproses data berdasarkan kepentingan yang sah, dan Anda dapat menolaknya melalui menu pengaturan.",
    ],
    "cookie_long2": ["Anda dapat mengubah pilihan ini kapan saja melalui tautan “Pengaturan privasi” di bagian bawah halaman.",
                     "Informasi lebih lanjut tersedia di Kebijakan Cookie dan Kebijakan Privasi kami.",
                     "Persetujuan Anda berlaku selama 12 bulan."],
    "skip": ["Langsung ke konten", "Lewati ke konten utama", "Loncat ke navigasi", "Skip to content"],
    "topbar": ["Masuk | Daftar", "Masuk  Langganan", "Login / Register", "Cari\nMasuk", "E-Paper | Indeks | Masuk",
               "Akun saya | Notifikasi", "☰ Menu\nCari\nMasuk", "Daftar gratis | Masuk"],
    "tagline": ["Tajam, Terpercaya, Terkini", "Berita terkini dari {town} dan sekitarnya",
                "Jujur dan berimbang sejak {founded}", "Portal berita pilihan keluarga",
                "Mengabarkan {town} setiap hari", "Independen dan terpercaya"],
    "edition": ["Edisi: Indonesia", "Edisi {town}", "Pilih edisi daerah ▾", "Edisi hari ini"],
    "edition_extra": ["Koran hari ini", "E-Paper", "Edisi cetak", "Baca e-paper"],
    "menu_head": ["Menu", "Kanal", "Jelajahi"],
    "menu_items": ["Beranda", "Berita", "Nasional", "Internasional", "Daerah", "Ekonomi", "Bisnis", "Politik",
                   "Hukum", "Olahraga", "Sepak Bola", "Hiburan", "Seleb", "Teknologi", "Otomotif", "Gaya Hidup",
                   "Kesehatan", "Travel", "Kuliner", "Opini", "Video", "Foto", "Indeks", "Edukasi", "Properti",
                   "Infografis", "Cek Fakta"],
    "menu_extra": ["Lainnya ▾", "Cari", "☰", "Semua kanal", "Indeks berita"],
    "home": ["Beranda", "Home"],
    "crumb_prefix": ["", "", "Anda di sini: "],
    "ticker_label": ["BREAKING NEWS", "Terkini", "Terbaru", "Berita Terkini", "Sedang Hangat", "LIVE"],
    "trending_label": ["Trending:", "Topik hangat:", "Populer:", "Lagi ramai:", "Tag populer"],
    "trend_topics": ["Harga BBM", "Banjir {town}", "Pilkada 2025", "Timnas", "Info mudik", "Cuaca ekstrem",
                     "Harga emas hari ini", "Gempa terkini", "Kurs rupiah", "Lowongan CPNS", "Pasar {town}"],
    "weather": ["{town} {t}°C {cond}", "Cuaca {town}: {cond}, {t}°", "{cond} · {t}°C", "{town}: maks {t}° / min {lo}°"],
    "conditions": ["Cerah", "Cerah berawan", "Berawan", "Hujan ringan", "Hujan lebat", "Berkabut", "Hujan petir"],
    "markets_head": ["Pasar", "Data pasar", "Bursa hari ini"],
    "markets_note": ["Data tertunda 15 menit", "Per pukul {time}", "Sumber data: {pagency}"],
    "offer": ["Langganan premium hanya {cur} per bulan", "Promo spesial: gratis 30 hari akses premium",
              "Baca tanpa iklan mulai {cur}", "Dukung jurnalisme berkualitas — berlangganan sekarang"],
    "kicker": ["{SEC}", "{sec}", "{sec} | {town}", "Berita {sec}", "{sec} › Terkini"],
    "app_banner": ["Buka di aplikasi", "Baca berita ini di aplikasi {site}", "Unduh aplikasi {site}\nPasang",
                   "Lebih cepat di aplikasi — gratis di Android dan iOS"],
    "roles": ["wartawan", "jurnalis", "redaktur", "kontributor", "editor", "reporter senior", "redaktur pelaksana"],
    "by": ["Penulis: {name}", "Oleh: {name}", "Reporter: {name} | Editor: {name2}", "Penulis: {name} | Editor: {name2}",
           "Laporan wartawan {site}, {name}", "{name} - {site}", "Tim Redaksi {site}", "Kontributor {town}, {name}",
           "Oleh {name}", "Penulis {name}\nEditor {name2}"],
    "published": ["{date}", "Diterbitkan {date}", "Dipublikasikan: {date}", "{date} | {sec}", "Tayang: {date}"],
    "updated": ["Diperbarui {date}", "Update: {date}", "Terakhir diperbarui {ago}", "Diperbarui: {time}"],
    "meta": ["{name} - {date}", "Oleh {name} · {date} · {sec}", "{date} | Penulis: {name}", "{name}\n{date}",
             "{name} | {site}\n{date}"],
    "read_time": ["{n} menit baca", "Waktu baca {n} menit", "Baca dalam {n} menit", "⏱ {n} menit"],
    "share_label": ["Bagikan", "Bagikan artikel ini", "Bagikan:", "Share:", "BAGIKAN"],
    "share_nets": ["Facebook", "X", "Twitter", "WhatsApp", "Telegram", "LINE", "Email", "Salin tautan", "Copy link"],
    "share_extra": ["{n} kali dibagikan", "Dibagikan {n}", "Salin tautan", "Komentar ({n})"],
    "listen": ["Dengarkan artikel ini", "▶ Dengarkan · {dur}", "Versi audio", "Putar audio\n0:00 / {dur}",
               "Dengarkan berita ({dur})\nArtikel ini dibacakan oleh suara buatan."],
    "tools": ["A A A | Cetak", "Ukuran teks: A- A+", "Cetak halaman ini", "Simpan artikel", "🔖 Simpan | 🖨 Cetak"],
    "age_note": ["Artikel ini telah berusia lebih dari {n} tahun", "Berita ini dipublikasikan {n} tahun lalu",
                 "Arsip: informasi mungkin sudah tidak terkini"],
    "comment_jump": ["💬 {n} komentar", "Lihat komentar ({n})", "{n} Komentar", "Komentar ({n})"],
    "follow_topic": ["Ikuti topik {k}", "+ Ikuti", "Ikuti berita {sec}", "Dapatkan notifikasi {k}"],
    "caption_tpl": ["{k} dalam sebuah acara beberapa waktu lalu.", "Ilustrasi.", "Foto arsip {k}.",
                    "Suasana di {town}, {weekday} (ilustrasi)", "{k} saat ditemui wartawan", "Gambar hanya ilustrasi",
                    "Dok. {k}"],
    "credit_tpl": ["(Foto: {name}/{site})", "Foto: {pagency}", "Foto: Dok. {site}", "Sumber foto: {pagency}",
                   "FOTO: {NAME}", "Foto: Istimewa", "Kredit foto: {name}"],
    "photo_extra": ["Perbesar", "Foto {i} dari {n}", "Lihat foto lainnya"],
    "ad": ["Advertisement", "ADVERTISEMENT", "Iklan", "- Iklan -", "SCROLL TO CONTINUE WITH CONTENT",
           "Gulir ke bawah untuk melanjutkan", "Konten berlanjut setelah iklan"],
    "continue": ["Lanjutkan membaca di bawah", "Artikel berlanjut di bawah ini", "Baca selengkapnya di bawah",
                 "Scroll untuk melanjutkan"],
    "sponsored_label": ["Konten Sponsor", "Advertorial", "Konten kerja sama", "Sponsored", "Bekerja sama dengan {brand}"],
    "ad_heads": ["Warga {town} ramai-ramai beralih ke paket internet ini", "Rahasia kulit sehat yang jarang diketahui",
                 "Promo rumah subsidi di {town}, cicilan mulai ringan", "Cara mudah hemat listrik di rumah",
                 "Mobil listrik baru yang sedang dibicarakan banyak orang", "Liburan murah ke lima destinasi ini"],
    "ad_cta": ["Selengkapnya", "Pelajari lebih lanjut", "Beli sekarang", "Daftar"],
    "read_also": ["Baca Juga: {h}", "BACA JUGA: {h}", "Baca juga: {h}", "Simak juga: {h}", "Artikel terkait: {h}",
                  "Lihat juga: {h}", "» {h}"],
    "inline_related_head": ["Berita terkait", "Baca juga", "Artikel terkait", "Rekomendasi", "Lainnya di {sec}"],
    "nl_head": ["Berlangganan newsletter harian kami", "Dapatkan ringkasan berita {site}",
                "Jangan lewatkan berita penting", "Newsletter Pagi {site}"],
    "nl_desc": ["Berita pilihan redaksi dikirim langsung ke email Anda setiap pagi.",
                "Ringkasan singkat peristiwa penting, dikirim setiap hari kerja pukul 06.00.",
                "Bergabunglah dengan {n}.000 pembaca yang memulai hari bersama kami."],
    "nl_field": ["Masukkan alamat email Anda", "Alamat email", "Email Anda"],
    "nl_btn": ["Daftar", "Berlangganan", "Kirim", "Gabung"],
    "nl_fine": ["Dengan mendaftar, Anda menyetujui Syarat dan Ketentuan serta Kebijakan Privasi kami.",
                "Anda dapat berhenti berlangganan kapan saja.", "Terima kasih telah berlangganan!"],
    "poll_label": ["Jajak pendapat", "Polling", "Suara Anda", "Survei pembaca"],
    "poll_q": ["Apakah Anda setuju dengan keputusan ini?", "Bagaimana pendapat Anda soal kabar terbaru tentang {k}?",
               "Apakah {k} harus berbuat lebih banyak?", "Apakah Anda mengikuti berita tentang {k}?"],
    "poll_opts": [["Ya", "Tidak", "Belum tahu"], ["Setuju", "Tidak setuju", "Ragu-ragu"],
                  ["Sangat", "Sedikit", "Sama sekali tidak"]],
    "poll_vote": ["Pilih", "Kirim suara", "Lihat hasil"],
    "poll_count": ["{n} suara", "{n} pembaca telah memilih", "Total suara: {n}"],
    "video_label": ["VIDEO: {h}", "Video: {h}", "▶ Putar video", "Tonton: {k} di {town}", "Video terkait"],
    "video_extra": ["Putar video", "Tonton video lainnya", "Video: {pagency}", "{dur}", "Klik untuk memutar"],
    "promo_inline": ["Ikuti saluran WhatsApp {site} untuk berita terkini",
                     "Mau kabar terbaru lebih cepat? Gabung ke kanal Telegram {site}.",
                     "Punya informasi menarik? Kirim ke {email}",
                     "Unduh aplikasi {site} untuk notifikasi berita terbaru", "Ikuti {site} di Google News"],
    "gallery": ["Galeri: {n} foto", "Lihat galeri ({n} foto)", "1 / {n}", "Buka galeri", "Geser untuk foto berikutnya"],
    "tags_label": ["Tag:", "Tags:", "Topik:", "Kata kunci:", "Terkait:"],
    "topics_head": ["Topik", "Topik terkait", "Ikuti topik ini", "Jelajahi"],
    "follow_btn": ["+ Ikuti", "Ikuti"],
    "bio_head": ["Tentang Penulis", "Profil penulis"],
    "bio": [
        "{name} adalah {role} di {site} yang meliput {beat}. Ia bergabung dengan redaksi pada {year0} setelah beberapa tahun bekerja di surat kabar daerah di {town2}, dan paling tertarik pada cerita yang jarang masuk halaman depan.",
        "{name} telah meliput {beat} selama lebih dari {nyears} tahun. Sebelum bergabung dengan {site}, ia bekerja sebagai produser radio komunitas dan mengajar jurnalistik di sebuah kampus di {town2}.",
        "Tentang penulis: {name} menulis tentang {beat} dan menyunting rubrik akhir pekan. Karyanya pernah masuk nominasi {award}, dan ia percaya cerita terbaik selalu dimulai dari obrolan di warung kopi.",
        "{name} bergabung dengan {site} sebagai reporter magang pada {year0} dan kini memimpin liputan {beat}. Di luar pekerjaan, ia gemar bersepeda dan mencari bakso terenak di {town}.",
    ],
    "beats": ["politik daerah", "ekonomi dan bisnis", "hukum dan kriminal", "olahraga, terutama sepak bola dan bulu tangkis",
              "teknologi dan gawai", "dunia hiburan", "kesehatan", "transportasi dan tata kota", "pendidikan",
              "lingkungan hidup"],
    "awards": ["Anugerah Jurnalistik Nusantara", "Penghargaan Pena Emas Daerah", "Lomba Karya Jurnalistik Khatulistiwa"],
    "bio_extra": ["Lihat semua artikel {name}", "Artikel lain dari {name}", "Hubungi penulis: {email}",
                  "Ikuti {name} di X: @{handle}"],
    "correction": ["Ralat: Versi sebelumnya dari artikel ini memuat tanggal yang keliru. Kesalahan tersebut telah diperbaiki.",
                   "Artikel ini telah diperbarui pada {date} untuk memperbaiki penulisan nama.",
                   "Catatan redaksi: berita ini telah diperbarui dengan tanggapan dari {k}.",
                   "Redaksi mohon maaf atas kekeliruan angka pada versi awal berita ini."],
    "agency": ["Sumber: {agency}", "({abbr}/{ini})", "Dengan bahan dari {agency}", "({ini}/{ini2})", "Editor: {name}",
               "Penyunting: {name2}", "Laporan tambahan oleh {name}",
               "Artikel ini telah tayang di {agency} dengan judul yang sama."],
    "print_note": ["Artikel ini telah terbit di edisi cetak {site}, {date}.", "Versi cetak artikel ini dimuat di halaman {n}."],
    "disclaimer": ["Disclaimer: Komentar pembaca sepenuhnya menjadi tanggung jawab masing-masing penulis dan tidak mewakili pandangan redaksi {site}.",
                   "Konten ini disiarkan ulang dari kantor berita tanpa perubahan isi; hanya judul yang disunting redaksi.",
                   "Artikel ini bukan ajakan untuk membeli atau menjual produk investasi."],
    "more_from": ["Artikel lain dari {name}", "Lebih banyak dari penulis ini", "Terbaru dari {name}"],
    "feedback": ["Apakah artikel ini bermanfaat?", "Ada kesalahan? Beri tahu kami", "Beri penilaian artikel ini"],
    "feedback_opts": ["Ya | Tidak", "👍 Ya  👎 Tidak", "★★★★★"],
    "report_error": ["Laporkan kesalahan", "Laporkan artikel"],
    "reactions_head": ["Bagaimana reaksi Anda?", "Apa reaksi Anda tentang artikel ini?", "Reaksi Anda"],
    "reactions": ["Senang", "Sedih", "Marah", "Terkejut", "Terinspirasi", "Lucu", "Khawatir"],
    "next_label": ["Artikel Selanjutnya", "Berita berikutnya", "Selanjutnya:"],
    "prev_label": ["Artikel Sebelumnya", "Sebelumnya"],
    "donate_head": ["Dukung jurnalisme independen", "Sebelum Anda pergi…", "Pesan dari redaksi", "Terima kasih telah membaca"],
    "donate_body": [
        "Jika Anda membaca sampai sini, Anda termasuk banyak pembaca yang mengandalkan {site} untuk kabar tentang {town}. Kami tidak dimiliki konglomerat dan tidak memasang tembok berbayar, sehingga setiap liputan kami dibiayai oleh pembaca. Dukungan sekecil apa pun sangat berarti.",
        "Jurnalisme lokal sedang menghadapi masa sulit. Pendapatan iklan terus turun, dan banyak media daerah terpaksa tutup. Kami ingin wartawan kami tetap hadir di ruang sidang, rapat dewan, dan pinggir lapangan, dan itu hanya mungkin dengan bantuan Anda.",
        "Setiap bulan ribuan pembaca memilih untuk mendukung kerja kami. Kontribusi mereka membayar wartawan, fotografer, dan biaya liputan ke pelosok. Jika Anda menghargai apa yang kami lakukan, bergabunglah bersama mereka hari ini.",
    ],
    "donate_btn": ["Dukung kami", "Donasi sekarang", "Mulai dari {cur}", "Jadi pendukung {site}", "Sekali | Bulanan"],
    "donate_extra": ["Pembayaran melalui transfer bank, QRIS, atau dompet digital.", "Ingatkan saya nanti"],
    "paywall_count": ["Anda telah membaca {n} dari {m} artikel gratis bulan ini.", "Kuota artikel gratis: {n}/{m}"],
    "paywall": ["Artikel ini khusus pelanggan.", "Berlangganan untuk melanjutkan membaca. Sudah berlangganan? Masuk.",
                "Ingin terus membaca? Dapatkan akses tanpa batas hanya {cur}.",
                "Pelanggan premium menikmati artikel tanpa iklan, arsip lengkap, dan edisi digital koran setiap pagi. Berlangganan mulai {cur} per bulan dan berhenti kapan saja.",
                "Konten Premium"],
    "app_promo": ["Unduh aplikasi {site}", "Tersedia di App Store dan Google Play",
                  "Baca berita lebih cepat dengan aplikasi gratis kami.", "Pindai kode QR untuk mengunduh aplikasi"],
    "tip": ["Punya berita menarik? Kirim ke {email}", "Hubungi redaksi melalui WhatsApp di {phone}.",
            "Punya informasi terkait berita ini? Silakan hubungi kami secara rahasia di {email}."],
    "comments_head": ["Komentar", "Komentar ({n})", "{n} komentar", "Tulis komentar", "Apa pendapat Anda?",
                      "Komentar pembaca"],
    "comments_count": ["{n} komentar", "Menampilkan {m} dari {n} komentar"],
    "comments_sort": ["Urutkan: Terbaru", "Terbaru | Terlama | Terpopuler", "Urut berdasarkan: Terpopuler"],
    "comment_actions": ["Balas", "Balas · Laporkan", "Suka ({n}) · Balas", "👍 {n}  👎 {m}",
                        "Balas | Bagikan | Laporkan", "{n} suka"],
    "reply_marker": ["↳ Membalas {user}", "Balasan untuk {user}"],
    "load_more": ["Muat lebih banyak komentar", "Lihat semua {n} komentar", "Tampilkan komentar lainnya"],
    "no_comments": ["Belum ada komentar.", "Jadilah yang pertama berkomentar."],
    "wrote_c": ["menulis:", "berkata:"],
    "anon": ["Hamba Allah", "Anonim", "Tamu", "Warga {town}"],
    "c_open": ["Jujur saja, saya tidak kaget dengan berita ini.", "Terima kasih sudah memberitakan ini dengan lengkap.",
               "Saya sudah tinggal di {town} lebih dari tiga puluh tahun dan belum pernah melihat hal seperti ini.",
               "Akhirnya ada yang berani mengangkat masalah ini.", "Entah kenapa ini dianggap berita.",
               "Tetangga saya kemarin membicarakan hal yang persis sama.",
               "Tulisannya bagus, tapi menurut saya ada yang terlewat.", "Lagi-lagi berita seperti ini."],
    "c_mid": ["{k} sudah menjanjikan hal yang sama bertahun-tahun dan rakyat kecil tetap tidak merasakan perubahan apa pun.",
              "Pertanyaannya, siapa yang akhirnya menanggung biayanya? Kita semua tahu jawabannya.",
              "Kalau {k} mau mendengar orang di lapangan, masalah ini bisa dihindari.",
              "Menurut saya {k} tidak terlihat baik dalam urusan ini, apa pun kata juru bicaranya.",
              "Mudah mengkritik dari luar, tapi belum tentu orang lain bisa lebih baik.",
              "Lucu juga, {k} muncul di mana-mana minggu ini tapi menghilang saat ada masalah.",
              "Saya ingin tahu dari mana angka-angka itu, karena tidak cocok dengan yang saya lihat sendiri."],
    "c_close": ["Kita lihat saja nanti.", "Sekadar pendapat.", "Semoga cepat ada solusi.", "Miris.", "Semangat terus!",
                "Terima kasih untuk beritanya.", "Ada-ada saja."],
    "c_short": ["Setuju banget.", "Mantap!", "Betul sekali", "Hoaks?", "Sedih bacanya.", "Akhirnya!", "Sumbernya mana?",
                "👍👍"],
    "cform_head": ["Tulis komentar", "Tinggalkan balasan", "Kirim komentar", "Beri komentar"],
    "cform_notice": ["Email Anda tidak akan ditampilkan. Kolom bertanda * wajib diisi.",
                     "Komentar akan dimoderasi sebelum tampil.",
                     "Gunakan bahasa yang sopan. Komentar yang mengandung SARA, fitnah, atau ujaran kebencian akan kami hapus tanpa pemberitahuan.",
                     "Setiap komentar menjadi tanggung jawab pribadi penulisnya."],
    "cform_fields": ["Komentar *", "Nama *", "Email *", "Situs web",
                     "Ingat nama dan email saya di perangkat ini untuk komentar berikutnya."],
    "cform_btn": ["Kirim Komentar", "Kirim", "Posting"],
    "login_gate": ["Masuk untuk berkomentar", "Anda harus masuk untuk mengirim komentar.",
                   "Masuk atau daftar gratis untuk ikut berdiskusi.", "Belum punya akun? Daftar sekarang",
                   "Kolom komentar untuk artikel ini telah ditutup."],
    "related_head": ["Berita Terkait", "Baca Juga", "Lainnya di {sec}", "Rekomendasi untuk Anda", "Berita Lainnya",
                     "Artikel Pilihan", "Terpopuler di {site}"],
    "most_read_head": ["Terpopuler", "Paling banyak dibaca", "Populer", "Trending", "Terpopuler Minggu Ini", "Top 5"],
    "promoted_head": ["Konten Promosi", "Dari seluruh web", "Tautan bersponsor", "Mungkin Anda suka"],
    "also_on": ["Juga di {site}", "Lainnya dari {site}", "Dari arsip kami"],
    "comments_n": ["{n} komentar", "💬 {n}", "({n})"],
    "min_read": ["{n} menit baca", "{n} mnt"],
    "footer_heads": ["Tentang", "Perusahaan", "Bantuan", "Ikuti kami", "Jaringan"],
    "footer_links": ["Tentang Kami", "Redaksi", "Kontak", "Pasang Iklan", "Karir", "Kebijakan Privasi",
                     "Pedoman Media Siber", "Syarat & Ketentuan", "Disclaimer", "Indeks", "Sitemap", "Info Iklan",
                     "Kode Etik", "Pedoman Pemberitaan Ramah Anak"],
    "copyright": ["© {year} {site}. All rights reserved.", "Hak Cipta © {year} {company}. Seluruh hak cipta dilindungi.",
                  "Copyright © {year} {site}", "© {company} {year}. Dilarang mengutip tanpa izin."],
    "imprint": ["{company}", "Jl. {street} No. {no}, {town} {kodepos}", "Telp. {phone}",
                "Terverifikasi Dewan Pers dengan Sertifikat No. {dp}"],
    "staff": ["Pemimpin Redaksi: {name}", "Pemred: {name} | Redaktur Pelaksana: {name2}", "Penanggung jawab: {name}",
              "Pemimpin Umum: {name}"],
    "top": ["Kembali ke atas", "↑ Ke atas", "Ke atas"],
    "follow": ["Ikuti kami: Facebook · Instagram · X · YouTube · TikTok", "Ikuti kami di",
               "Gabung saluran WhatsApp {site}", "Temukan kami di Facebook, X dan Instagram", "Ikuti {site} di Google News"],
    "follow_nets": ["Facebook", "Instagram", "X", "YouTube", "TikTok", "WhatsApp", "Telegram"],
    "privacy_links": ["Pengaturan privasi", "Kelola cookie", "Preferensi cookie"],
    "nameday": [],
}

T["hr"] = {
    "cookie_short": [
        "Koristimo kolačiće kako bismo vam pružili bolje korisničko iskustvo. Nastavkom pregledavanja pristajete na njihovu upotrebu.",
        "Ova stranica koristi kolačiće za prilagodbu sadržaja i oglasa te za analizu posjećenosti.",
        "Klikom na „Prihvaćam” pristajete na pohranu kolačića na svom uređaju.",
        "Mi i naši partneri pohranjujemo informacije na vašem uređaju i pristupamo im kako bismo prikazivali relevantne oglase.",
        "Vaša privatnost nam je važna. Pročitajte kako koristimo kolačiće.",
    ],
    "cookie_btns": ["Prihvaćam | Odbijam | Postavke", "Prihvati sve\nUpravljaj postavkama", "Slažem se", "U redu",
                    "Prihvati i zatvori | Saznaj više", "Dopusti sve\nSamo nužni"],
    "cookie_title": ["Cijenimo vašu privatnost", "Postavke privatnosti", "Kolačići na portalu {site}",
                     "Prije nego nastavite"],
    "cookie_long": [
        "{site} i naših {n} partnera za oglašavanje i analitiku koriste kolačiće i slične tehnologije za pohranu informacija na vašem uređaju i pristup njima. Uz vašu privolu obrađujemo podatke poput ponašanja pri pregledavanju i jedinstvenih identifikatora kako bismo prikazivali personalizirane oglase i sadržaj, mjerili njihovu uspješnost i razvijali naše usluge.",
        "Nužne kolačiće koristimo kako bi stranica ispravno radila. Uz vaše dopuštenje željeli bismo postaviti i analitičke kolačiće, koji nam pomažu razumjeti kako čitatelji koriste portal, te oglašivačke kolačiće trećih strana koji financiraju naše novinarstvo. Privolu možete povući u bilo kojem trenutku.",
        "Kako bi {site} ostao besplatan, oslanjamo se na oglase. Mi i {n} odabranih partnera možemo koristiti podatke o uređaju za odabir oglasa, mjerenje publike i poboljšanje proizvoda. Neki partneri obrađuju podatke na temelju legitimnog interesa, čemu se možete usprotiviti u postavkama.",
    ],
    "cookie_long2": ["Svoj izbor možete promijeniti u bilo kojem trenutku putem poveznice „Postavke privatnosti” na dnu stranice.",
                     "Više informacija potražite u Pravilima o kolačićima i Izjavi o privatnosti.",
                     "Vaša privola vrijedi 12 mjeseci."],
    "skip": ["Preskoči na sadržaj", "Idi na glavni sadržaj", "Preskoči navigaciju"],
    "topbar": ["Prijava | Registracija", "Prijavi se  Pretplati se", "Moj profil | Newsletter", "Traži\nPrijava",
               "E-izdanje · Pretplata · Prijava", "☰ Izbornik\nTraži", "Registriraj se besplatno | Prijava"],
    "tagline": ["Neovisno novinarstvo od {founded}.", "Vijesti koje su vam važne", "Lokalno. Pouzdano. Svaki dan.",
                "Prvi s vijestima iz vašeg kraja", "Osnovano {founded}.", "Portal grada {town} i okolice"],
    "edition": ["Izdanje: Hrvatska", "Lokalno izdanje: {town}", "Odaberi regiju ▾", "Današnje izdanje"],
    "edition_extra": ["Današnje izdanje", "E-novine", "Tiskano izdanje", "Listaj e-izdanje"],
    "menu_head": ["Izbornik", "Rubrike", "Menu"],
    "menu_items": ["Naslovnica", "Vijesti", "Hrvatska", "Svijet", "Politika", "Novac", "Biznis", "Sport", "Nogomet",
                   "Kultura", "Showbiz", "Zabava", "Tehnologija", "Znanost", "Zdravlje", "Lifestyle", "Auto",
                   "Putovanja", "Mišljenja", "Kolumne", "Video", "Galerije", "Lokalno", "Vrijeme", "Crna kronika",
                   "Magazin"],
    "menu_extra": ["Više ▾", "Traži", "☰", "Sve rubrike"],
    "home": ["Naslovnica", "Početna"],
    "crumb_prefix": ["", "", "Nalazite se: "],
    "ticker_label": ["UDARNO", "Najnovije", "Upravo", "Vijesti uživo", "Posljednje"],
    "trending_label": ["Trending:", "Vruće teme:", "Popularno:", "Aktualno:"],
    "trend_topics": ["Cijene goriva", "{town}: radovi na cesti", "Izbori 2025", "Reprezentacija", "Porez na nekretnine",
                     "Vremenska prognoza", "Turistička sezona", "Mirovine", "Transferi", "Cijene stanova",
                     "Školski praznici"],
    "weather": ["{town} {t}°C {cond}", "Vrijeme, {town}: {cond}, {t}°", "{cond} · {t}°C",
                "{town}: najviša {t}° / najniža {lo}°"],
    "conditions": ["Sunčano", "Djelomično oblačno", "Oblačno", "Slaba kiša", "Pljuskovi", "Magla", "Vjetrovito", "Vedro"],
    "markets_head": ["Tržišta", "Burza", "Tečajna lista"],
    "markets_note": ["Podaci kasne 15 minuta", "Stanje u {time}", "Izvor podataka: {pagency}"],
    "offer": ["Digitalna pretplata samo {cur} mjesečno", "Posebna ponuda: prvi mjesec besplatno",
              "Čitajte bez oglasa već od {cur}", "Podržite kvalitetno novinarstvo — pretplatite se"],
    "kicker": ["{SEC}", "{sec}", "{sec} | {town}", "Vijesti · {sec}"],
    "app_banner": ["Otvori u aplikaciji", "Čitajte ovaj članak u aplikaciji {site}",
                   "Preuzmite aplikaciju {site}\nInstaliraj", "Brže u aplikaciji — besplatno za Android i iOS"],
    "roles": [("novinar", "novinarka"), ("urednik rubrike", "urednica rubrike"), ("dopisnik", "dopisnica"),
              ("sportski novinar", "sportska novinarka"), ("kolumnist", "kolumnistica"),
              ("izvjestitelj", "izvjestiteljica")],
    "by": ["{author}: {name}", "Piše: {name}", "{name} / {site}", "{wrote}: {name}", "Tekst: {name}",
           "Tekst: {name}, foto: {name2}", "{name}, {role}", "Piše: {name} | {town}", "{site} / {name}"],
    "published": ["{date}", "Objavljeno: {date}", "Objavljeno {date}", "{date} | {sec}", "Datum objave: {date}"],
    "updated": ["Ažurirano: {date}", "Zadnja izmjena: {date}", "Ažurirano {ago}", "Osvježeno u {time}"],
    "meta": ["{name} | {date}", "{date} · {name} · {sec}", "Piše: {name}, {date}", "{name}\n{date}"],
    "read_time": ["Vrijeme čitanja: {n} min", "Čitanje: {n} min", "{n} min čitanja", "⏱ {n} min"],
    "share_label": ["Podijeli", "Podijeli članak", "Podijeli:", "Podijelite s prijateljima", "PODIJELI"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Viber", "Messenger", "E-mail", "Kopiraj poveznicu", "LinkedIn",
                   "Telegram"],
    "share_extra": ["Podijeljeno: {n}", "Podijeli {n}", "Kopiraj poveznicu", "Komentari ({n})"],
    "listen": ["Poslušajte članak", "▶ Poslušaj · {dur}", "Audio verzija članka", "Pokreni\n0:00 / {dur}",
               "Poslušajte članak ({dur})\nČlanak čita umjetni glas."],
    "tools": ["A A A | Ispis", "Veličina teksta: A- A+", "Ispiši članak", "Spremi članak", "🔖 Spremi | 🖨 Ispis"],
    "age_note": ["Članak je star više od godinu dana", "Arhivski članak – podaci možda više nisu aktualni", "Iz arhive"],
    "comment_jump": ["💬 Komentari ({n})", "Komentari ({n})", "Pogledaj komentare", "Komentiraj"],
    "follow_topic": ["Prati temu: {k}", "+ Prati", "Obavijesti me o temi {k}", "Pratite rubriku {sec}"],
    "caption_tpl": ["{k} na jednom od ranijih događanja", "Ilustracija", "Arhivska fotografija", "{k} (arhiva)",
                    "Prizor iz grada {town}, ilustracija", "Fotografija je ilustrativna.", "Na fotografiji: {k}"],
    "credit_tpl": ["Foto: {name}", "Foto: {pagency}", "Foto: {site}", "FOTO: {NAME} / {pagency}", "Izvor: {pagency}",
                   "Foto: Arhiva", "{shot}: {name}"],
    "photo_extra": ["Povećaj", "Fotografija {i} od {n}", "Otvori galeriju"],
    "ad": ["Oglas", "OGLAS", "Reklama", "Advertisement", "Članak se nastavlja ispod oglasa", "- Oglas -", "Sponzorirano"],
    "continue": ["Nastavak članka ispod oglasa", "Čitaj dalje", "Tekst se nastavlja ispod", "Nastavak ispod"],
    "sponsored_label": ["Sponzorirani sadržaj", "Promo", "Oglasni sadržaj", "U suradnji s {brand}", "Plaćeni sadržaj"],
    "ad_heads": ["Stanovnici grada {town} masovno prelaze na ovaj tarifni paket",
                 "Liječnici preporučuju ovu jednostavnu jutarnju naviku", "Novi električni SUV o kojem svi pričaju",
                 "Umirovljenici hrle po ove apartmane uz more", "Kako obitelji režu troškove kućanstva napola",
                 "Pet destinacija koje su i dalje povoljne"],
    "ad_cta": ["Saznaj više", "Više informacija", "Kupi odmah", "Prijavi se"],
    "read_also": ["Pročitajte i: {h}", "PROČITAJTE JOŠ: {h}", "Vezano: {h}", "Povezano: {h}", "Još vijesti: {h}",
                  "► {h}", "Ne propustite: {h}"],
    "inline_related_head": ["Povezani članci", "Pročitajte još", "Vezane vijesti", "Preporučujemo",
                            "Još iz rubrike {sec}"],
    "nl_head": ["Prijavite se na naš besplatni newsletter", "Jutarnji pregled vijesti portala {site}",
                "Ne propustite nijednu važnu vijest", "Newsletter {site}"],
    "nl_desc": ["Najvažnije vijesti dana svako jutro u vašem sandučiću.",
                "Urednici biraju priče koje trebate znati, svakog radnog dana u 7 sati.",
                "Pridružite se čitateljima koji dan započinju s nama."],
    "nl_field": ["Upišite svoju e-mail adresu", "E-mail adresa", "Vaš e-mail"],
    "nl_btn": ["Prijavi se", "Pretplati se", "Pošalji"],
    "nl_fine": ["Prijavom prihvaćate Uvjete korištenja i Izjavu o privatnosti.",
                "Odjaviti se možete u bilo kojem trenutku.", "Hvala na prijavi!"],
    "poll_label": ["Anketa", "Glasajte", "Vaše mišljenje", "Brza anketa"],
    "poll_q": ["Slažete li se s ovom odlukom?", "Što mislite o najnovijim vijestima o temi {k}?",
               "Pratite li ovu priču?", "Hoće li ovo utjecati na vas?"],
    "poll_opts": [["Da", "Ne", "Ne znam"], ["Slažem se", "Ne slažem se", "Nemam mišljenje"], ["Jako", "Malo", "Nimalo"]],
    "poll_vote": ["Glasaj", "Pošalji glas", "Pogledaj rezultate"],
    "poll_count": ["Glasova: {n}", "Ukupno glasova: {n}", "Broj glasova: {n}"],
    "video_label": ["VIDEO: {h}", "Video: {h}", "▶ Pogledajte video", "Pogledajte: {k}", "Povezani video"],
    "video_extra": ["Pokreni video", "Još videa", "Video: {pagency}", "{dur}", "Kliknite za reprodukciju"],
    "promo_inline": ["Pratite {site} na WhatsAppu i budite prvi s vijestima",
                     "Preuzmite našu aplikaciju za najnovije vijesti", "Imate priču za nas? Javite se na {email}",
                     "Pratite nas na Facebooku za još ovakvih priča"],
    "gallery": ["Galerija ({n})", "Pogledajte galeriju ({n})", "1 / {n}", "Otvori galeriju",
                "Povucite za sljedeću fotografiju"],
    "tags_label": ["Oznake:", "Tagovi:", "Teme:", "Ključne riječi:"],
    "topics_head": ["Teme", "Povezane teme", "Pratite teme", "Više o temi"],
    "follow_btn": ["+ Prati", "Prati"],
    "bio_head": [("O autoru", "O autorici")],
    "bio": [
        ("{name} je {role} portala {site} i prati {beat}. U redakciju je došao {year0}. nakon nekoliko godina rada u lokalnim novinama, a posebno ga zanimaju priče koje rijetko dođu na naslovnice.",
         "{name} je {role} portala {site} i prati {beat}. U redakciju je došla {year0}. nakon nekoliko godina rada u lokalnim novinama, a posebno je zanimaju priče koje rijetko dođu na naslovnice."),
        ("{name} više od {nyears} godina prati {beat}. Prije dolaska na portal {site} radio je kao urednik na lokalnom radiju i predavao novinarstvo na veleučilištu.",
         "{name} više od {nyears} godina prati {beat}. Prije dolaska na portal {site} radila je kao urednica na lokalnom radiju i predavala novinarstvo na veleučilištu."),
        ("{name} pokriva {beat} i uređuje vikend-izdanje. Bio je nominiran za nagradu {award} i još uvijek vjeruje da najbolje priče počinju telefonskim pozivom koji nitko drugi nije htio obaviti.",
         "{name} pokriva {beat} i uređuje vikend-izdanje. Bila je nominirana za nagradu {award} i još uvijek vjeruje da najbolje priče počinju telefonskim pozivom koji nitko drugi nije htio obaviti."),
        ("Na portal {site} došao je kao pripravnik {year0}. i danas vodi rubriku. Kad ne juri za pričom, {name} je vjerojatno na nogometnom igralištu ili raspravlja o tome gdje se u gradu jede najbolji burek.",
         "Na portal {site} došla je kao pripravnica {year0}. i danas vodi rubriku. Kad ne juri za pričom, {name} je vjerojatno na rukometnoj utakmici ili raspravlja o tome gdje se u gradu jede najbolji burek."),
    ],
    "beats": ["lokalnu politiku", "gospodarstvo i poduzetništvo", "pravosuđe i crnu kroniku",
              "sport, ponajviše nogomet i rukomet", "tehnologiju i zaštitu potrošača", "kulturu, glazbu i televiziju",
              "zdravstvo", "promet i urbanizam", "obrazovanje", "okoliš i poljoprivredu"],
    "awards": ["Srebrna olovka", "Jadranski kompas", "Novinarski kamen"],
    "bio_extra": ["Svi članci: {name}", "Kontakt: {email}", "Pratite na X-u: @{handle}", "Pišite autoru"],
    "correction": ["Ispravak: U ranijoj verziji članka naveden je pogrešan datum. Pogreška je ispravljena.",
                   "Članak je izmijenjen {date} radi ispravka imena.",
                   "Napomena uredništva: tekst je dopunjen odgovorom koji smo u međuvremenu dobili.",
                   "Ispričavamo se zbog pogrešnog podatka u prvoj verziji teksta."],
    "agency": ["Izvor: {agency}", "({ABBR})", "({ABBR}/{site})", "Uz materijale agencija", "Priredila redakcija",
               "Tekst je preuzet od agencije {ABBR}.", "Izvori: {ABBR}, agencije"],
    "print_note": ["Tekst je objavljen u tiskanom izdanju {site}, {date}.",
                   "Članak je izvorno objavljen u tiskanom izdanju, na {n}. stranici."],
    "disclaimer": ["Komentari čitatelja odražavaju isključivo stavove njihovih autora, a ne stavove uredništva portala {site}.",
                   "Tekst je preuzet od novinske agencije bez izmjena; uredništvo je napisalo samo naslov.",
                   "Sadržaj ovog članka informativne je naravi i ne predstavlja financijski savjet."],
    "more_from": ["Više od autora", "Ostali članci: {name}", "Najnovije od: {name}"],
    "feedback": ["Je li vam ovaj članak bio koristan?", "Uočili ste pogrešku? Javite nam", "Ocijenite članak"],
    "feedback_opts": ["Da | Ne", "👍 Da  👎 Ne", "★★★★★"],
    "report_error": ["Prijavite pogrešku", "Prijavi neprimjeren sadržaj"],
    "reactions_head": ["Kako se osjećate nakon čitanja?", "Vaša reakcija", "Što kažete na ovo?"],
    "reactions": ["Sretno", "Tužno", "Ljutito", "Iznenađeno", "Inspirirano", "Zabavno", "Zabrinuto"],
    "next_label": ["Sljedeći članak", "Sljedeće:", "Dalje"],
    "prev_label": ["Prethodni članak", "Prethodno"],
    "donate_head": ["Podržite neovisno novinarstvo", "Prije nego odete…", "Poruka uredništva", "Hvala što nas čitate"],
    "donate_body": [
        "Ako ste pročitali do ovdje, jedni ste od mnogih čitatelja koji se oslanjaju na {site} za vijesti iz svog kraja. Nemamo vlasnika milijardera ni naplatni zid, pa svaki tekst koji objavimo plaćaju čitatelji. Svaki doprinos, bez obzira na iznos, pomaže nam da nastavimo raditi.",
        "Lokalno novinarstvo nikad nije bilo pod većim pritiskom. Prihodi od oglasa u deset su godina pali za više od polovice, a redakcije diljem zemlje se zatvaraju. Želimo da naši novinari i dalje budu na sudu, na sjednicama vijeća i uz teren, no to možemo samo uz vašu pomoć.",
        "Svakog mjeseca tisuće čitatelja odluče podržati naš rad. Njihovi prilozi plaćaju novinare, fotografe i terenske odlaske. Ako cijenite ono što radimo, pridružite im se već danas; podršku možete otkazati u bilo kojem trenutku.",
    ],
    "donate_btn": ["Podržite nas", "Doniraj", "Već od {cur}", "Postani podržavatelj", "Jednokratno | Mjesečno"],
    "donate_extra": ["Plaćanje karticom ili uplatnicom.", "Podsjeti me kasnije"],
    "paywall_count": ["Pročitali ste {n} od {m} besplatnih članaka ovog mjeseca.", "Besplatni članci: {n}/{m}"],
    "paywall": ["Ovaj članak dostupan je samo pretplatnicima.", "Pretplatite se za nastavak čitanja. Već ste pretplatnik? Prijavite se.",
                "Želite li nastaviti čitati? Neograničen pristup već od {cur}.",
                "Pretplatnici čitaju bez oglasa, imaju pristup cijeloj arhivi i digitalnom izdanju novina svako jutro. Pretplatite se već od {cur} mjesečno i otkažite kad god želite.",
                "Premium sadržaj"],
    "app_promo": ["Preuzmite aplikaciju {site}", "Dostupno na App Storeu i Google Playu",
                  "Čitajte vijesti u pokretu uz našu besplatnu aplikaciju.", "Skenirajte QR kod i preuzmite aplikaciju"],
    "tip": ["Imate priču za nas? Pišite na {email}", "Javite nam se na {phone} ili na {email}.",
            "Ako imate informacije o ovom slučaju, javite nam se povjerljivo na {email}."],
    "comments_head": ["Komentari", "Komentari ({n})", "Komentiraj", "Što vi mislite?", "Komentari čitatelja",
                      "Rasprava ({n})"],
    "comments_count": ["Komentara: {n}", "Prikazano {m} od {n} komentara"],
    "comments_sort": ["Poredaj: najnovije", "Najnovije | Najstarije | Najbolje ocijenjeni", "Sortiraj po: popularnosti"],
    "comment_actions": ["Odgovori", "Odgovori · Prijavi", "Sviđa mi se ({n}) · Odgovori", "👍 {n}  👎 {m}",
                        "Odgovori | Podijeli | Prijavi"],
    "reply_marker": ["↳ Odgovor korisniku {user}", "Odgovor za {user}"],
    "load_more": ["Učitaj još komentara", "Prikaži sve komentare ({n})", "Prikaži još"],
    "no_comments": ["Još nema komentara.", "Budite prvi koji će komentirati."],
    "wrote_c": ["piše:", "kaže:"],
    "anon": ["Anonimni čitatelj", "Gost", "Čitatelj iz grada {town}"],
    "c_open": ["Iskreno, ništa me od ovoga ne iznenađuje.", "Hvala što ste ovo napokon objavili.",
               "Živim u gradu {town} više od trideset godina i ovako nešto još nisam vidio.",
               "Napokon netko postavlja prava pitanja.", "Ne znam zašto je ovo uopće vijest.",
               "Susjed mi je jučer pričao baš o ovome.", "Dobro napisano, ali mislim da vam je promaknula šira slika.",
               "I opet ista priča."],
    "c_mid": ["{k} godinama obećava isto, a običnim ljudima se ništa ne mijenja.",
              "Pravo je pitanje tko će to na kraju platiti, a svi znamo odgovor.",
              "Da se slušalo ljude s terena, ovo se moglo izbjeći.",
              "Mislim da {k} iz svega ovoga ne izlazi kao pobjednik, što god govorili glasnogovornici.",
              "Lako je kritizirati sa strane, ali volio bih vidjeti da netko drugi napravi bolje.",
              "Zanimljivo kako je {k} ovaj tjedan posvuda, a kad nešto pođe po zlu, nigdje ga nema.",
              "Volio bih znati odakle ti brojevi, jer ne odgovaraju ničemu što sam ja vidio."],
    "c_close": ["Vidjet ćemo što će biti.", "Samo moje mišljenje.", "Sramota.", "Sretno im bilo.", "Ne očekujem puno.",
                "Hvala na članku.", "Bravo za novinara."],
    "c_short": ["Potpuno se slažem.", "Bravo!", "Točno tako", "Izvor?", "Tužno.", "Bilo je i vrijeme!", "Glupost.", "👏👏"],
    "cform_head": ["Ostavite komentar", "Napišite komentar", "Komentirajte", "Pridružite se raspravi"],
    "cform_notice": ["Vaša e-mail adresa neće biti vidljiva drugim čitateljima. Polja sa * su obavezna.",
                     "Komentari se moderiraju prije objave.",
                     "Molimo da komentirate pristojno i u skladu s temom članka; uvredljive i neprimjerene komentare uklanjamo bez upozorenja.",
                     "Za sadržaj komentara odgovorni su isključivo njihovi autori."],
    "cform_fields": ["Komentar *", "Ime *", "E-mail *", "Web stranica",
                     "Zapamti moje ime i e-mail na ovom uređaju za sljedeći komentar."],
    "cform_btn": ["Objavi komentar", "Pošalji", "Objavi"],
    "login_gate": ["Prijavite se za komentiranje", "Morate biti prijavljeni da biste komentirali.",
                   "Prijavite se ili besplatno registrirajte da biste sudjelovali u raspravi.",
                   "Nemate račun? Registrirajte se besplatno", "Komentiranje ovog članka je zatvoreno."],
    "related_head": ["Povezani članci", "Pročitajte još", "Još iz rubrike {sec}", "Preporučujemo", "Najnovije vijesti",
                     "Izdvojeno", "Vezane vijesti"],
    "most_read_head": ["Najčitanije", "Najpopularnije", "Trending", "Najčitanije ovog tjedna", "Top 5"],
    "promoted_head": ["Promo", "Iz mreže", "Sponzorirani linkovi", "Možda vas zanima"],
    "also_on": ["Još na portalu {site}", "Iz naše arhive", "Također pročitajte"],
    "comments_n": ["💬 {n}", "({n})", "Komentara: {n}"],
    "min_read": ["{n} min čitanja", "{n} min"],
    "footer_heads": ["O nama", "Tvrtka", "Pomoć", "Pratite nas", "Naši portali"],
    "footer_links": ["O nama", "Impressum", "Kontakt", "Oglašavanje", "Karijere", "Pravila privatnosti",
                     "Uvjeti korištenja", "Pravila o kolačićima", "Postavke kolačića", "Arhiva", "RSS",
                     "Pravila komentiranja", "Marketing"],
    "copyright": ["© {year} {company}. Sva prava pridržana.", "Copyright © {year} {site}",
                  "© {company} {year}. Zabranjeno preuzimanje sadržaja bez dopuštenja.",
                  "Sva prava pridržana © {year} {site}"],
    "imprint": ["{company}", "{street} {no}, {hrpost} {town}", "OIB: {oib}", "Nakladnik: {company}, {street} {no}, {town}",
                "Upisano u sudski registar Trgovačkog suda, MBS {mbs}",
                "Portal je upisan u Upisnik pružatelja elektroničkih publikacija."],
    "staff": [("Glavni urednik: {name}", "Glavna urednica: {name}"), ("Izvršni urednik: {name}", "Izvršna urednica: {name}"),
              ("Odgovorni urednik: {name}", "Odgovorna urednica: {name}")],
    "top": ["Natrag na vrh", "↑ Na vrh", "Na vrh stranice"],
    "follow": ["Pratite nas: Facebook · Instagram · X · YouTube", "Pratite nas na",
               "Pridružite se našem WhatsApp kanalu", "Pronađite nas na Facebooku, Instagramu i X-u",
               "Lajkajte nas na Facebooku"],
    "follow_nets": ["Facebook", "Instagram", "X", "YouTube", "TikTok", "Viber"],
    "privacy_links": ["Postavke privatnosti", "Upravljaj kolačićima", "Postavke kolačića"],
    "nameday": [],
}

T["sk"] = {
    "cookie_short": [
        "Používame súbory cookie, aby sme zlepšili vaše skúsenosti s našou stránkou. Pokračovaním v prehliadaní súhlasíte s ich používaním.",
        "Táto stránka používa cookies na prispôsobenie obsahu a reklám a na analýzu návštevnosti.",
        "Kliknutím na „Súhlasím“ súhlasíte s ukladaním súborov cookie vo vašom zariadení.",
        "My a naši partneri ukladáme informácie vo vašom zariadení a pristupujeme k nim, aby sme vám zobrazovali relevantné reklamy.",
        "Na vašom súkromí nám záleží. Prečítajte si, ako používame cookies.",
    ],
    "cookie_btns": ["Súhlasím | Odmietnuť | Nastavenia", "Prijať všetko\nSpravovať nastavenia", "Rozumiem", "OK",
                    "Prijať a zavrieť | Viac informácií", "Povoliť všetko\nLen nevyhnutné"],
    "cookie_title": ["Vážime si vaše súkromie", "Nastavenia súkromia", "Cookies na {site}",
                     "Skôr než budete pokračovať"],
    "cookie_long": [
        "Vydavateľ portálu {site} a jeho {n} partnerov pre reklamu a analytiku používajú súbory cookie a podobné technológie na ukladanie informácií vo vašom zariadení a prístup k nim. S vaším súhlasom spracúvame údaje, ako je správanie pri prehliadaní a jedinečné identifikátory, aby sme zobrazovali prispôsobené reklamy a obsah, merali ich výkonnosť a vyvíjali naše služby.",
        "Nevyhnutné cookies používame, aby stránka správne fungovala. S vaším povolením by sme chceli nastaviť aj analytické cookies, ktoré nám pomáhajú pochopiť, ako čitatelia stránku používajú, a reklamné cookies tretích strán, z ktorých financujeme našu žurnalistiku. Súhlas môžete kedykoľvek odvolať.",
        "Aby portál {site} zostal dostupný zadarmo, spoliehame sa na reklamu. My a {n} vybraných partnerov môžeme používať údaje o zariadení na výber reklám, meranie publika a zlepšovanie produktov. Niektorí partneri spracúvajú údaje na základe oprávneného záujmu, proti čomu môžete v nastaveniach namietať.",
    ],
    "cookie_long2": ["Svoje rozhodnutie môžete kedykoľvek zmeniť cez odkaz „Nastavenia súkromia“ v pätičke stránky.",
                     "Viac informácií nájdete v Zásadách používania cookies a Ochrane osobných údajov.",
                     "Váš súhlas platí 12 mesiacov."],
    "skip": ["Preskočiť na obsah", "Prejsť na hlavný obsah", "Preskočiť navigáciu"],
    "topbar": ["Prihlásiť sa | Registrácia", "Prihlásiť  Predplatné", "Môj účet | Newsletter", "Hľadať\nPrihlásenie",
               "E-vydanie · Predplatné · Prihlásiť", "☰ Menu\nHľadať", "Zaregistrujte sa zdarma | Prihlásenie"],
    "tagline": ["Nezávislé správy od roku {founded}", "Správy, na ktorých záleží", "Regionálne. Spoľahlivo. Každý deň.",
                "Spravodajstvo z mesta {town} a okolia", "Založené v roku {founded}", "Hlas regiónu"],
    "edition": ["Vydanie: Slovensko", "Regionálne vydanie: {town}", "Vyberte región ▾", "Dnešné vydanie"],
    "edition_extra": ["Dnešné vydanie", "E-noviny", "Tlačené vydanie", "Listovať e-vydanie"],
    "menu_head": ["Menu", "Rubriky", "Sekcie"],
    "menu_items": ["Domov", "Správy", "Domáce", "Zahraničie", "Politika", "Ekonomika", "Peniaze", "Šport", "Futbal",
                   "Hokej", "Kultúra", "Zábava", "Technológie", "Veda", "Zdravie", "Auto", "Cestovanie", "Názory",
                   "Komentáre", "Video", "Fotogalérie", "Regióny", "Počasie", "Krimi", "Bývanie"],
    "menu_extra": ["Viac ▾", "Hľadať", "☰", "Všetky rubriky"],
    "home": ["Domov", "Úvod"],
    "crumb_prefix": ["", "", "Nachádzate sa: "],
    "ticker_label": ["MIMORIADNE", "Najnovšie", "Práve teraz", "Aktuálne", "Naživo"],
    "trending_label": ["Trendy:", "Horúce témy:", "Populárne:", "Práve sa číta:"],
    "trend_topics": ["Ceny energií", "Voľby 2025", "Reprezentácia", "Konsolidácia", "Počasie", "Dôchodky",
                     "Ceny bytov", "Prestupy", "Letná sezóna", "Doprava v meste {town}"],
    "weather": ["{town} {t} °C {cond}", "Počasie, {town}: {cond}, {t} °", "{cond} · {t} °C",
                "{town}: max. {t} ° / min. {lo} °"],
    "conditions": ["Slnečno", "Polooblačno", "Oblačno", "Slabý dážď", "Prehánky", "Hmla", "Veterno", "Jasno"],
    "markets_head": ["Trhy", "Burza", "Kurzový lístok"],
    "markets_note": ["Údaje sú oneskorené o 15 minút", "Stav o {time}", "Zdroj údajov: {pagency}"],
    "offer": ["Digitálne predplatné len za {cur} mesačne", "Špeciálna ponuka: prvý mesiac zadarmo",
              "Čítajte bez reklám už od {cur}", "Podporte kvalitnú žurnalistiku — predplaťte si nás"],
    "kicker": ["{SEC}", "{sec}", "{sec} | {town}", "Správy · {sec}"],
    "app_banner": ["Otvoriť v aplikácii", "Čítajte tento článok v aplikácii {site}",
                   "Stiahnite si aplikáciu {site}\nInštalovať", "Rýchlejšie v aplikácii — zadarmo pre Android aj iOS"],
    "roles": [("redaktor", "redaktorka"), ("spravodajca", "spravodajkyňa"), ("editor", "editorka"),
              ("športový redaktor", "športová redaktorka"), ("komentátor", "komentátorka"), ("reportér", "reportérka")],
    "by": ["{author}: {name}", "{name}, {role}", "Text: {name}", "{wrote}: {name}", "{name} | {site}",
           "Text: {name}, foto: {name2}", "{name} · {town}", "Redakcia {site}"],
    "published": ["{date}", "Publikované: {date}", "Uverejnené {date}", "{date} | {sec}", "Dátum zverejnenia: {date}"],
    "updated": ["Aktualizované: {date}", "Posledná aktualizácia: {date}", "Aktualizované {ago}", "Aktualizované o {time}"],
    "meta": ["{name} | {date}", "{date} · {name} · {sec}", "{name}, {date}", "{name}\n{date}"],
    "read_time": ["Čas čítania: {n} min", "Čítanie na {n} min.", "{n} min čítania", "⏱ {n} min"],
    "share_label": ["Zdieľať", "Zdieľajte článok", "Zdieľať:", "ZDIEĽAŤ"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Messenger", "E-mail", "Kopírovať odkaz", "LinkedIn", "Telegram", "Viber"],
    "share_extra": ["Zdieľané {n}-krát", "Zdieľať {n}", "Kopírovať odkaz", "Diskusia ({n})"],
    "listen": ["Vypočujte si článok", "▶ Počúvať · {dur}", "Audioverzia článku", "Prehrať\n0:00 / {dur}",
               "Vypočujte si článok ({dur})\nČlánok číta umelý hlas."],
    "tools": ["A A A | Tlačiť", "Veľkosť písma: A- A+", "Vytlačiť článok", "Uložiť článok", "🔖 Uložiť | 🖨 Tlač"],
    "age_note": ["Tento článok je starší ako rok", "Archívny článok – informácie nemusia byť aktuálne", "Z archívu"],
    "comment_jump": ["💬 Diskusia ({n})", "Komentáre ({n})", "Prejsť do diskusie", "Diskutovať"],
    "follow_topic": ["Sledovať tému: {k}", "+ Sledovať", "Upozorniť ma na tému {k}", "Sledujte rubriku {sec}"],
    "caption_tpl": ["{k} na jednom zo skorších podujatí", "Ilustračná snímka", "Archívna snímka", "{k} (archív)",
                    "Ilustračné foto", "Na snímke {k}"],
    "credit_tpl": ["Foto: {name}", "Foto: {pagency}", "Zdroj: {site}", "FOTO: {pagency}/{NAME}", "Foto: archív",
                   "Snímka: {name}"],
    "photo_extra": ["Zväčšiť", "Fotografia {i} z {n}", "Otvoriť galériu"],
    "ad": ["Reklama", "REKLAMA", "Inzercia", "Advertisement", "Pokračovanie článku pod reklamou", "- Reklama -",
           "Sponzorované"],
    "continue": ["Pokračovanie pod reklamou", "Čítajte ďalej", "Text pokračuje nižšie", "Článok pokračuje nižšie"],
    "sponsored_label": ["Komerčný článok", "PR článok", "Sponzorovaný obsah", "V spolupráci s {brand}", "Platený obsah"],
    "ad_heads": ["Obyvatelia mesta {town} hromadne prechádzajú na tento tarif",
                 "Lekári odporúčajú tento jednoduchý ranný zvyk", "Nové elektrické SUV, o ktorom hovoria všetci",
                 "Dôchodcovia si rozoberajú tieto apartmány pri mori", "Ako rodiny znižujú výdavky domácnosti na polovicu",
                 "Päť destinácií, ktoré sú stále lacné"],
    "ad_cta": ["Zistiť viac", "Viac informácií", "Kúpiť teraz", "Registrovať"],
    "read_also": ["Čítajte aj: {h}", "PREČÍTAJTE SI TIEŽ: {h}", "Súvisiace: {h}", "Mohlo by vás zaujímať: {h}", "► {h}",
                  "Nenechajte si ujsť: {h}"],
    "inline_related_head": ["Súvisiace články", "Čítajte aj", "Odporúčame", "Ďalšie z rubriky {sec}"],
    "nl_head": ["Prihláste sa na odber nášho bezplatného newslettera", "Ranný prehľad správ {site}",
                "Nezmeškajte žiadnu dôležitú správu", "Newsletter {site}"],
    "nl_desc": ["Najdôležitejšie správy dňa každé ráno vo vašej schránke.",
                "Redaktori vyberajú príbehy, ktoré treba poznať, každý pracovný deň o siedmej.",
                "Pridajte sa k čitateľom, ktorí začínajú deň s nami."],
    "nl_field": ["Zadajte svoj e-mail", "E-mailová adresa", "Váš e-mail"],
    "nl_btn": ["Prihlásiť sa", "Odoberať", "Odoslať"],
    "nl_fine": ["Prihlásením súhlasíte s podmienkami používania a so spracúvaním osobných údajov.",
                "Odber môžete kedykoľvek zrušiť.", "Ďakujeme za prihlásenie!"],
    "poll_label": ["Anketa", "Hlasujte", "Váš názor", "Rýchla anketa"],
    "poll_q": ["Súhlasíte s týmto rozhodnutím?", "Čo si myslíte o najnovších správach na tému {k}?",
               "Sledujete tento príbeh?", "Ovplyvní to aj vás?"],
    "poll_opts": [["Áno", "Nie", "Neviem"], ["Súhlasím", "Nesúhlasím", "Nemám názor"], ["Veľmi", "Trochu", "Vôbec"]],
    "poll_vote": ["Hlasovať", "Odoslať hlas", "Zobraziť výsledky"],
    "poll_count": ["Počet hlasov: {n}", "Hlasovalo {n} čitateľov", "Spolu hlasov: {n}"],
    "video_label": ["VIDEO: {h}", "Video: {h}", "▶ Pozrite si video", "Pozrite si: {k}", "Súvisiace video"],
    "video_extra": ["Prehrať video", "Ďalšie videá", "Video: {pagency}", "{dur}", "Kliknite pre prehratie"],
    "promo_inline": ["Sledujte {site} na WhatsAppe a majte správy ako prví",
                     "Stiahnite si našu aplikáciu pre najnovšie správy", "Máte pre nás tip? Napíšte na {email}",
                     "Sledujte nás na Facebooku"],
    "gallery": ["Fotogaléria ({n})", "Pozrite si fotogalériu ({n})", "1 / {n}", "Otvoriť galériu",
                "Potiahnite pre ďalšiu fotografiu"],
    "tags_label": ["Témy:", "Tagy:", "Kľúčové slová:", "Štítky:"],
    "topics_head": ["Témy", "Súvisiace témy", "Sledujte témy", "Viac k téme"],
    "follow_btn": ["+ Sledovať", "Sledovať"],
    "bio_head": [("O autorovi", "O autorke")],
    "bio": [
        ("{name} je {role} portálu {site} a venuje sa {beat}. Do redakcie prišiel v roku {year0} po niekoľkých rokoch v regionálnych novinách a najviac ho zaujímajú príbehy, ktoré sa na titulné strany dostanú len zriedka.",
         "{name} je {role} portálu {site} a venuje sa {beat}. Do redakcie prišla v roku {year0} po niekoľkých rokoch v regionálnych novinách a najviac ju zaujímajú príbehy, ktoré sa na titulné strany dostanú len zriedka."),
        ("{name} sa {beat} venuje viac ako {nyears} rokov. Pred príchodom do redakcie pracoval ako moderátor v komunitnom rádiu a učil žurnalistiku na vysokej škole.",
         "{name} sa {beat} venuje viac ako {nyears} rokov. Pred príchodom do redakcie pracovala ako moderátorka v komunitnom rádiu a učila žurnalistiku na vysokej škole."),
        ("{name} sa venuje {beat} a edituje víkendové vydanie. Bol nominovaný na cenu {award} a stále verí, že najlepšie príbehy sa začínajú telefonátom, ktorý sa nikomu inému nechcelo urobiť.",
         "{name} sa venuje {beat} a edituje víkendové vydanie. Bola nominovaná na cenu {award} a stále verí, že najlepšie príbehy sa začínajú telefonátom, ktorý sa nikomu inému nechcelo urobiť."),
        ("{name} nastúpil do redakcie ako stážista v roku {year0} a dnes vedie rubriku. Keď práve nenaháňa príbeh, nájdete ho na hokejovom štadióne alebo v debate o tom, kde v meste {town} varia najlepšie halušky.",
         "{name} nastúpila do redakcie ako stážistka v roku {year0} a dnes vedie rubriku. Keď práve nenaháňa príbeh, nájdete ju na hokejovom štadióne alebo v debate o tom, kde v meste {town} varia najlepšie halušky."),
    ],
    "beats": ["miestnej politike", "ekonomike a podnikaniu", "súdom a kriminalite", "športu, najmä futbalu a hokeju",
              "technológiám a ochrane spotrebiteľa", "kultúre, hudbe a televízii", "zdravotníctvu",
              "doprave a územnému plánovaniu", "školstvu", "životnému prostrediu"],
    "awards": ["Zlaté pero regiónu", "Novinárska sova", "Strieborný kľúč"],
    "bio_extra": ["Ďalšie články: {name}", "Kontakt: {email}", "Sledujte na X: @{handle}", "Napíšte autorovi"],
    "correction": ["Oprava: V pôvodnej verzii článku sme uviedli nesprávny dátum. Chybu sme opravili.",
                   "Článok bol upravený {date}, opravili sme pravopis mena.",
                   "Poznámka redakcie: text sme doplnili o reakciu, ktorú sme medzitým dostali.",
                   "Ospravedlňujeme sa za chybný údaj v prvej verzii článku."],
    "agency": ["Zdroj: {agency}", "({ABBR})", "({ABBR}, {site})", "S využitím materiálov agentúr", "Spracovala redakcia",
               "Článok prevzatý z agentúry {ABBR}."],
    "print_note": ["Článok vyšiel v tlačenom vydaní denníka {site} {date}.",
                   "Text bol pôvodne uverejnený v tlačenom vydaní na strane {n}."],
    "disclaimer": ["Názory v diskusii sú názormi ich autorov a nemusia vyjadrovať postoj redakcie portálu {site}.",
                   "Text je prevzatý z tlačovej agentúry bez úprav; redakcia upravila iba titulok.",
                   "Obsah článku má informatívny charakter a nie je investičným odporúčaním."],
    "more_from": ["Ďalšie články autora", "Viac od: {name}", "Najnovšie od: {name}"],
    "feedback": ["Bol pre vás tento článok užitočný?", "Našli ste chybu? Dajte nám vedieť", "Ohodnoťte článok"],
    "feedback_opts": ["Áno | Nie", "👍 Áno  👎 Nie", "★★★★★"],
    "report_error": ["Nahlásiť chybu", "Nahlásiť nevhodný obsah"],
    "reactions_head": ["Aký máte z článku pocit?", "Vaša reakcia", "Ako na vás článok zapôsobil?"],
    "reactions": ["Radosť", "Smútok", "Hnev", "Prekvapenie", "Inšpirácia", "Pobavenie", "Obavy"],
    "next_label": ["Ďalší článok", "Nasledujúci:", "Ďalej"],
    "prev_label": ["Predchádzajúci článok", "Predchádzajúce"],
    "donate_head": ["Podporte nezávislú žurnalistiku", "Skôr než odídete…", "Odkaz redakcie", "Ďakujeme, že nás čítate"],
    "donate_body": [
        "Ak ste dočítali až sem, patríte k mnohým čitateľom, ktorí sa pri správach zo svojho regiónu spoliehajú na {site}. Nemáme vlastníka miliardára ani platenú zónu, takže každý článok, ktorý uverejníme, platia čitatelia. Pomôže nám akýkoľvek príspevok.",
        "Regionálna žurnalistika je pod tlakom ako nikdy predtým. Príjmy z reklamy za desať rokov klesli o viac ako polovicu a redakcie po celej krajine zanikajú. Chceme, aby naši reportéri boli naďalej na súdoch, zastupiteľstvách aj pri ihriskách, no dokážeme to len s vašou pomocou.",
        "Každý mesiac sa tisíce čitateľov rozhodnú podporiť našu prácu. Ich príspevky platia reportérov, fotografov aj cesty do terénu. Ak si vážite, čo robíme, pridajte sa k nim ešte dnes; podporu môžete kedykoľvek zrušiť.",
    ],
    "donate_btn": ["Podporte nás", "Prispieť", "Už od {cur}", "Staňte sa podporovateľom", "Jednorazovo | Mesačne"],
    "donate_extra": ["Platba kartou alebo prevodom.", "Pripomenúť neskôr"],
    "paywall_count": ["Prečítali ste {n} z {m} bezplatných článkov tento mesiac.", "Bezplatné články: {n}/{m}"],
    "paywall": ["Tento článok je dostupný iba pre predplatiteľov.", "Predplaťte si nás a čítajte ďalej. Už máte predplatné? Prihláste sa.",
                "Chcete čítať ďalej? Neobmedzený prístup už od {cur}.",
                "Predplatitelia čítajú bez reklám, majú prístup k celému archívu a každé ráno k digitálnemu vydaniu novín. Predplatné už od {cur} mesačne môžete kedykoľvek zrušiť.",
                "Prémiový obsah"],
    "app_promo": ["Stiahnite si aplikáciu {site}", "Dostupné v App Store a Google Play",
                  "Čítajte správy kdekoľvek s našou bezplatnou aplikáciou.", "Naskenujte QR kód a stiahnite si aplikáciu"],
    "tip": ["Máte pre nás tip? Napíšte na {email}", "Ozvite sa nám na {phone} alebo na {email}.",
            "Ak máte informácie k tomuto prípadu, kontaktujte nás dôverne na {email}."],
    "comments_head": ["Diskusia", "Diskusia ({n})", "Komentáre", "Komentáre ({n})", "Čo si o tom myslíte?",
                      "Názory čitateľov"],
    "comments_count": ["Počet komentárov: {n}", "Zobrazených {m} z {n} komentárov"],
    "comments_sort": ["Zoradiť: najnovšie", "Najnovšie | Najstaršie | Najlepšie hodnotené", "Zoradiť podľa: obľúbenosti"],
    "comment_actions": ["Odpovedať", "Odpovedať · Nahlásiť", "Páči sa mi ({n}) · Odpovedať", "👍 {n}  👎 {m}",
                        "Odpovedať | Zdieľať | Nahlásiť"],
    "reply_marker": ["↳ Odpoveď pre {user}", "Reakcia na {user}"],
    "load_more": ["Načítať ďalšie komentáre", "Zobraziť celú diskusiu ({n})", "Zobraziť viac"],
    "no_comments": ["Zatiaľ bez komentárov.", "Buďte prvý, kto pridá komentár."],
    "wrote_c": ["píše:", "napísal:"],
    "anon": ["Anonym", "Hosť", "Čitateľ z mesta {town}"],
    "c_open": ["Úprimne, nič z toho ma neprekvapuje.", "Vďaka, že ste o tom konečne napísali.",
               "V meste {town} žijem vyše tridsať rokov a niečo také som ešte nezažil.",
               "Konečne sa niekto pýta správne otázky.", "Neviem, prečo je toto vôbec správa.",
               "Sused mi včera rozprával presne o tomto.", "Dobre napísané, ale myslím, že vám uniká širší obraz.",
               "A zase tá istá pesnička."],
    "c_mid": ["{k} roky sľubuje to isté a obyčajným ľuďom sa nič nemení.",
              "Skutočná otázka je, kto to nakoniec zaplatí, a všetci poznáme odpoveď.",
              "Keby sa počúvali ľudia z terénu, dalo sa tomu predísť.",
              "Myslím, že {k} z toho nevychádza dobre, nech hovorcovia tvrdia čokoľvek.",
              "Je ľahké kritizovať zboku, ale rád by som videl niekoho, kto to urobí lepšie.",
              "Zaujímavé, ako je {k} tento týždeň všade, a keď sa niečo pokazí, nie je nikde.",
              "Rád by som vedel, odkiaľ sú tie čísla, lebo nesedia s ničím, čo som videl."],
    "c_close": ["Uvidíme, čo bude.", "To je len môj názor.", "Hanba.", "Nech sa im darí.", "Veľa od toho nečakám.",
                "Ďakujem za článok.", "Palec hore pre redaktora."],
    "c_short": ["Úplne súhlasím.", "Výborne!", "Presne tak", "Zdroj?", "Smutné.", "Konečne!", "Nezmysel.", "👏👏"],
    "cform_head": ["Pridajte komentár", "Napíšte komentár", "Zapojte sa do diskusie", "Váš komentár"],
    "cform_notice": ["Vašu e-mailovú adresu nezverejníme. Polia označené * treba vyplniť.",
                     "Komentáre pred zverejnením schvaľuje moderátor.",
                     "Diskutujte slušne a k téme článku; urážlivé a nevhodné príspevky bez upozornenia odstránime.",
                     "Za obsah komentárov zodpovedajú výlučne ich autori."],
    "cform_fields": ["Komentár *", "Meno *", "E-mail *", "Webová stránka",
                     "Zapamätať si moje meno a e-mail v tomto zariadení pre ďalší komentár."],
    "cform_btn": ["Odoslať komentár", "Odoslať", "Pridať"],
    "login_gate": ["Pre pridanie komentára sa prihláste", "Na komentovanie musíte byť prihlásený.",
                   "Prihláste sa alebo sa zdarma zaregistrujte a zapojte sa do diskusie.",
                   "Nemáte účet? Zaregistrujte sa zdarma", "Diskusia k tomuto článku je uzavretá."],
    "related_head": ["Súvisiace články", "Čítajte aj", "Ďalšie z rubriky {sec}", "Odporúčame", "Najnovšie správy",
                     "Vybrali sme pre vás"],
    "most_read_head": ["Najčítanejšie", "Najpopulárnejšie", "Trendy", "Najčítanejšie za týždeň", "Top 5"],
    "promoted_head": ["Komerčné správy", "Z internetu", "Sponzorované odkazy", "Mohlo by vás zaujímať"],
    "also_on": ["Ďalšie na portáli {site}", "Z nášho archívu", "Prečítajte si tiež"],
    "comments_n": ["💬 {n}", "({n})", "Komentáre: {n}"],
    "min_read": ["{n} min čítania", "{n} min"],
    "footer_heads": ["O nás", "Spoločnosť", "Pomoc", "Sledujte nás", "Naše weby"],
    "footer_links": ["O nás", "Kontakt", "Redakcia", "Inzercia", "Kariéra", "Ochrana osobných údajov",
                     "Podmienky používania", "Zásady cookies", "Nastavenia cookies", "Archív", "RSS",
                     "Pravidlá diskusie", "Etický kódex"],
    "copyright": ["© {year} {company}. Všetky práva vyhradené.", "Copyright © {year} {site}",
                  "© {company} {year}. Reprodukovanie obsahu bez súhlasu vydavateľa je zakázané.",
                  "Všetky práva vyhradené © {year} {site}"],
    "imprint": ["{company}", "{street} {no}, {psc} {town}", "IČO: {ico}", "Vydavateľ: {company}, {street} {no}, {town}",
                "Zapísaná v Obchodnom registri Okresného súdu, oddiel Sro, vložka č. {vlozka}/B", "DIČ: {dic}"],
    "staff": [("Šéfredaktor: {name}", "Šéfredaktorka: {name}"),
              ("Zástupca šéfredaktora: {name}", "Zástupkyňa šéfredaktora: {name}"),
              ("Vedúci vydania: {name}", "Vedúca vydania: {name}")],
    "top": ["Späť hore", "↑ Hore", "Na začiatok stránky"],
    "follow": ["Sledujte nás: Facebook · Instagram · X · YouTube", "Sledujte nás na",
               "Pridajte sa k nášmu kanálu na WhatsAppe", "Nájdete nás na Facebooku, Instagrame a X"],
    "follow_nets": ["Facebook", "Instagram", "X", "YouTube", "TikTok"],
    "privacy_links": ["Nastavenia súkromia", "Spravovať cookies", "Nastavenia cookies"],
    "nameday": ["Meniny má {first}", "Dnes má meniny {first}", "Meniny: {first}"],
}

T["lt"] = {
    "cookie_short": [
        "Naudojame slapukus, kad pagerintume jūsų naršymo patirtį. Tęsdami naršymą sutinkate su slapukų naudojimu.",
        "Ši svetainė naudoja slapukus turiniui ir reklamai pritaikyti bei lankomumui analizuoti.",
        "Spausdami „Sutinku“ leidžiate išsaugoti slapukus jūsų įrenginyje.",
        "Mes ir mūsų partneriai saugome informaciją jūsų įrenginyje ir ja naudojamės, kad rodytume aktualią reklamą.",
        "Mums rūpi jūsų privatumas. Sužinokite, kaip naudojame slapukus.",
    ],
    "cookie_btns": ["Sutinku | Atmesti | Nustatymai", "Priimti visus\nTvarkyti nustatymus", "Sutinku", "Gerai",
                    "Priimti ir uždaryti | Sužinoti daugiau", "Leisti visus\nTik būtinieji"],
    "cookie_title": ["Vertiname jūsų privatumą", "Privatumo nustatymai", "Slapukai svetainėje „{site}“", "Prieš tęsdami"],
    "cookie_long": [
        "„{site}“ ir mūsų {n} reklamos bei analitikos partneriai naudoja slapukus ir panašias technologijas, kad saugotų informaciją jūsų įrenginyje ir ją pasiektų. Gavę jūsų sutikimą, tvarkome tokius duomenis kaip naršymo elgsena ir unikalūs identifikatoriai, kad galėtume rodyti suasmenintą reklamą ir turinį, vertinti jų veiksmingumą ir tobulinti paslaugas.",
        "Būtinuosius slapukus naudojame tam, kad svetainė veiktų. Jums leidus, norėtume įdiegti ir analitinius slapukus, padedančius suprasti, kaip skaitytojai naudojasi svetaine, bei trečiųjų šalių reklaminius slapukus, iš kurių finansuojama mūsų žurnalistika. Sutikimą galite bet kada atšaukti.",
        "Kad „{site}“ liktų nemokamas, mes remiamės reklama. Mes ir {n} atrinktų partnerių galime naudoti įrenginio duomenis reklamai parinkti, auditorijai matuoti ir produktams tobulinti. Kai kurie partneriai duomenis tvarko remdamiesi teisėtu interesu, ir jūs galite tam prieštarauti nustatymuose.",
    ],
    "cookie_long2": ["Savo pasirinkimą bet kada galite pakeisti paspaudę nuorodą „Privatumo nustatymai“ puslapio apačioje.",
                     "Daugiau informacijos rasite Slapukų politikoje ir Privatumo politikoje.",
                     "Jūsų sutikimas galioja 12 mėnesių."],
    "skip": ["Pereiti prie turinio", "Praleisti navigaciją", "Į pagrindinį turinį"],
    "topbar": ["Prisijungti | Registruotis", "Prisijungti  Prenumerata", "Mano paskyra | Naujienlaiškiai",
               "Paieška\nPrisijungti", "E. leidinys · Prenumerata · Prisijungti", "☰ Meniu\nPaieška",
               "Registruokitės nemokamai | Prisijungti"],
    "tagline": ["Nepriklausomos naujienos nuo {founded} m.", "Naujienos, kurios jums svarbios",
                "Vietiškai. Patikimai. Kasdien.", "Įkurta {founded} m.", "Regiono balsas"],
    "edition": ["Leidimas: Lietuva", "Regiono leidimas: {town}", "Pasirinkite regioną ▾", "Šiandienos numeris"],
    "edition_extra": ["Šiandienos numeris", "E. laikraštis", "Spausdintas leidimas", "Skaityti e. leidinį"],
    "menu_head": ["Meniu", "Rubrikos", "Skiltys"],
    "menu_items": ["Pradžia", "Naujienos", "Lietuvoje", "Pasaulyje", "Politika", "Verslas", "Ekonomika", "Sportas",
                   "Krepšinis", "Futbolas", "Kultūra", "Pramogos", "Technologijos", "Mokslas", "Sveikata", "Auto",
                   "Kelionės", "Nuomonės", "Video", "Galerijos", "Regionai", "Orai", "Kriminalai", "Būstas", "Gyvenimas"],
    "menu_extra": ["Daugiau ▾", "Paieška", "☰", "Visos rubrikos"],
    "home": ["Pradžia", "Pagrindinis"],
    "crumb_prefix": ["", "", "Jūs esate: "],
    "ticker_label": ["SKUBI ŽINIA", "Naujausios", "Ką tik", "Tiesiogiai", "Karšta"],
    "trending_label": ["Populiaru:", "Karštos temos:", "Dabar skaito:", "Aktualu:"],
    "trend_topics": ["Degalų kainos", "Rinkimai 2025", "Rinktinė", "Šildymo sezonas", "Orų prognozė", "Pensijos",
                     "Būsto kainos", "Vasaros atostogos", "Mokesčių reforma", "Krepšinio lyga"],
    "weather": ["{town} {t} °C {cond}", "Orai, {town}: {cond}, {t} °", "{cond} · {t} °C", "{town}: iki {t} ° / nuo {lo} °"],
    "conditions": ["Saulėta", "Nepastoviai debesuota", "Debesuota", "Nedidelis lietus", "Liūtys", "Rūkas", "Vėjuota",
                   "Giedra"],
    "markets_head": ["Rinkos", "Biržos duomenys", "Valiutų kursai"],
    "markets_note": ["Duomenys vėluoja 15 min.", "Duomenys {time}", "Duomenų šaltinis: {pagency}"],
    "offer": ["Skaitmeninė prenumerata tik {cur} per mėnesį", "Speciali pasiūla: pirmas mėnuo nemokamai",
              "Skaitykite be reklamų nuo {cur}", "Paremkite kokybišką žurnalistiką — užsiprenumeruokite"],
    "kicker": ["{SEC}", "{sec}", "{sec} | {town}", "Naujienos · {sec}"],
    "app_banner": ["Atidaryti programėlėje", "Skaitykite šį straipsnį „{site}“ programėlėje",
                   "Atsisiųskite „{site}“ programėlę\nĮdiegti", "Greičiau programėlėje — nemokamai Android ir iOS"],
    "roles": [("žurnalistas", "žurnalistė"), ("korespondentas", "korespondentė"), ("redaktorius", "redaktorė"),
              ("sporto apžvalgininkas", "sporto apžvalgininkė"), ("komentatorius", "komentatorė")],
    "by": ["{author}: {name}", "{name}, „{site}“", "{name} | „{site}“ {role}", "Tekstas: {name}",
           "Tekstas: {name}, nuotr. {name2}", "{name} · {town}", "„{site}“ inf.", "Parengė {name}"],
    "published": ["{date}", "Publikuota: {date}", "Paskelbta {date}", "{date} | {sec}"],
    "updated": ["Atnaujinta: {date}", "Paskutinį kartą atnaujinta {date}", "Atnaujinta {ago}", "Atnaujinta {time}"],
    "meta": ["{name} | {date}", "{date} · {name} · {sec}", "{name}, {date}", "{name}\n{date}"],
    "read_time": ["Skaitymo laikas: {n} min.", "Skaitysite {n} min.", "{n} min. skaitymo", "⏱ {n} min."],
    "share_label": ["Dalintis", "Dalintis straipsniu", "Dalintis:", "Pasidalinkite", "DALINTIS"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Messenger", "El. paštas", "Kopijuoti nuorodą", "LinkedIn", "Telegram"],
    "share_extra": ["Pasidalinta {n} k.", "Dalintis {n}", "Kopijuoti nuorodą", "Komentarai ({n})"],
    "listen": ["Klausykite straipsnio", "▶ Klausyti · {dur}", "Straipsnio garso įrašas", "Paleisti\n0:00 / {dur}",
               "Klausyti straipsnio ({dur})\nStraipsnį skaito dirbtinis balsas."],
    "tools": ["A A A | Spausdinti", "Teksto dydis: A- A+", "Spausdinti straipsnį", "Išsaugoti straipsnį",
              "🔖 Išsaugoti | 🖨 Spausdinti"],
    "age_note": ["Šis straipsnis senesnis nei metų", "Archyvinis straipsnis – informacija gali būti pasenusi", "Iš archyvo"],
    "comment_jump": ["💬 Komentarai ({n})", "Komentarų: {n}", "Skaityti komentarus", "Komentuoti"],
    "follow_topic": ["Sekti temą: {k}", "+ Sekti", "Pranešti apie naujienas tema {k}", "Sekite rubriką „{sec}“"],
    "caption_tpl": ["{k} viename ankstesnių renginių", "Asociatyvi nuotr.", "Archyvinė nuotrauka", "{k} (archyvas)",
                    "Iliustracija", "Nuotraukoje – {k}"],
    "credit_tpl": ["Nuotr. {name}", "{pagency} nuotr.", "„{site}“ nuotr.", "NUOTR. {NAME}", "Nuotr. iš archyvo",
                   "Šaltinis: {pagency}", "{name} nuotr."],
    "photo_extra": ["Padidinti", "Nuotrauka {i} iš {n}", "Atidaryti galeriją"],
    "ad": ["Reklama", "REKLAMA", "Advertisement", "Straipsnis tęsiasi po reklamos", "- Reklama -", "Remiama"],
    "continue": ["Tęsinys po reklamos", "Skaitykite toliau", "Tekstas tęsiasi žemiau", "Straipsnio tęsinys"],
    "sponsored_label": ["Užsakomasis turinys", "Partnerio turinys", "Remiamas turinys", "Bendradarbiaujant su {brand}",
                        "Reklaminis straipsnis"],
    "ad_heads": ["Šio miesto gyventojai masiškai renkasi šį planą", "Gydytojai rekomenduoja šį paprastą rytinį įprotį",
                 "Naujas elektrinis visureigis, apie kurį kalba visi", "Senjorai graibsto šiuos apartamentus prie jūros",
                 "Kaip šeimos perpus sumažina namų ūkio išlaidas", "Penkios kryptys, kurios vis dar pigios"],
    "ad_cta": ["Sužinoti daugiau", "Daugiau informacijos", "Pirkti dabar", "Registruotis"],
    "read_also": ["Taip pat skaitykite: {h}", "SKAITYKITE TAIP PAT: {h}", "Susiję: {h}", "Jums gali būti įdomu: {h}",
                  "► {h}", "Nepraleiskite: {h}"],
    "inline_related_head": ["Susiję straipsniai", "Taip pat skaitykite", "Rekomenduojame", "Daugiau rubrikoje „{sec}“"],
    "nl_head": ["Užsiprenumeruokite nemokamą naujienlaiškį", "„{site}“ rytinė naujienų apžvalga",
                "Nepraleiskite svarbiausių naujienų", "„{site}“ naujienlaiškis"],
    "nl_desc": ["Svarbiausios dienos naujienos kiekvieną rytą jūsų pašto dėžutėje.",
                "Redaktoriai atrenka istorijas, kurias verta žinoti, kiekvieną darbo dieną 7 val.",
                "Prisijunkite prie skaitytojų, kurie dieną pradeda su mumis."],
    "nl_field": ["Įveskite el. pašto adresą", "El. pašto adresas", "Jūsų el. paštas"],
    "nl_btn": ["Užsiprenumeruoti", "Prenumeruoti", "Siųsti"],
    "nl_fine": ["Užsiprenumeruodami sutinkate su naudojimosi sąlygomis ir privatumo politika.",
                "Prenumeratą galite atšaukti bet kada.", "Ačiū, kad užsiprenumeravote!"],
    "poll_label": ["Apklausa", "Balsuokite", "Jūsų nuomonė", "Greita apklausa"],
    "poll_q": ["Ar pritariate šiam sprendimui?", "Ką manote apie naujausias žinias tema {k}?", "Ar sekate šią istoriją?",
               "Ar tai paveiks ir jus?"],
    "poll_opts": [["Taip", "Ne", "Nežinau"], ["Pritariu", "Nepritariu", "Neturiu nuomonės"], ["Labai", "Šiek tiek", "Visai ne"]],
    "poll_vote": ["Balsuoti", "Siųsti balsą", "Rodyti rezultatus"],
    "poll_count": ["Balsų: {n}", "Balsavusių skaitytojų: {n}", "Iš viso balsų: {n}"],
    "video_label": ["VIDEO: {h}", "Vaizdo įrašas: {h}", "▶ Žiūrėkite vaizdo įrašą", "Žiūrėkite: {k}",
                    "Susijęs vaizdo įrašas"],
    "video_extra": ["Paleisti vaizdo įrašą", "Daugiau vaizdo įrašų", "Vaizdo įrašas: {pagency}", "{dur}",
                    "Spustelėkite, kad paleistumėte"],
    "promo_inline": ["Sekite „{site}“ per WhatsApp ir sužinokite naujienas pirmieji",
                     "Atsisiųskite mūsų programėlę ir gaukite naujausias žinias", "Turite mums naujieną? Rašykite {email}",
                     "Sekite mus Facebook"],
    "gallery": ["Galerija ({n})", "Žiūrėti galeriją ({n} nuotr.)", "1 / {n}", "Atidaryti galeriją",
                "Slinkite, kad pamatytumėte kitą nuotrauką"],
    "tags_label": ["Žymės:", "Temos:", "Raktažodžiai:", "Susijusios temos:"],
    "topics_head": ["Temos", "Susijusios temos", "Sekite temas", "Daugiau šia tema"],
    "follow_btn": ["+ Sekti", "Sekti"],
    "bio_head": [("Apie autorių", "Apie autorę")],
    "bio": [
        ("{name} – portalo „{site}“ {role}, rašantis apie {beat}. Į redakciją atėjo {year0} m., prieš tai kelerius metus dirbęs regioniniuose laikraščiuose, ir labiausiai jį domina istorijos, kurios retai patenka į pirmuosius puslapius.",
         "{name} – portalo „{site}“ {role}, rašanti apie {beat}. Į redakciją atėjo {year0} m., prieš tai kelerius metus dirbusi regioniniuose laikraščiuose, ir labiausiai ją domina istorijos, kurios retai patenka į pirmuosius puslapius."),
        ("{name} apie {beat} rašo daugiau nei {nyears} metų. Prieš pradėdamas dirbti portalo „{site}“ redakcijoje, jis vedė laidas bendruomenės radijuje ir dėstė žurnalistiką kolegijoje.",
         "{name} apie {beat} rašo daugiau nei {nyears} metų. Prieš pradėdama dirbti portalo „{site}“ redakcijoje, ji vedė laidas bendruomenės radijuje ir dėstė žurnalistiką kolegijoje."),
        ("{name} rašo apie {beat} ir redaguoja savaitgalio numerį. Buvo nominuotas apdovanojimui „{award}“ ir vis dar tiki, kad geriausios istorijos prasideda nuo skambučio, kurio niekas kitas nesivargino atlikti.",
         "{name} rašo apie {beat} ir redaguoja savaitgalio numerį. Buvo nominuota apdovanojimui „{award}“ ir vis dar tiki, kad geriausios istorijos prasideda nuo skambučio, kurio niekas kitas nesivargino atlikti."),
        ("{name} redakcijoje pradėjo dirbti praktikantu {year0} m., o dabar vadovauja rubrikai. Kai nesivaiko istorijų, dažniausiai būna krepšinio aikštelėje arba ginčijasi, kur mieste kepami geriausi cepelinai.",
         "{name} redakcijoje pradėjo dirbti praktikante {year0} m., o dabar vadovauja rubrikai. Kai nesivaiko istorijų, dažniausiai būna krepšinio aikštelėje arba ginčijasi, kur mieste kepami geriausi cepelinai."),
    ],
    "beats": ["vietos politiką", "verslą ir ekonomiką", "teismus ir kriminalus", "sportą, ypač krepšinį",
              "technologijas ir vartotojų teises", "kultūrą, muziką ir televiziją", "sveikatos apsaugą",
              "transportą ir miesto planavimą", "švietimą", "aplinkosaugą"],
    "awards": ["Sidabrinis rašalas", "Regiono žodis", "Nemuno bangos"],
    "bio_extra": ["Visi straipsniai: {name}", "Kontaktai: {email}", "Sekite X: @{handle}", "Rašyti autoriui"],
    "correction": ["Patikslinimas: ankstesnėje straipsnio versijoje nurodyta klaidinga data. Klaida ištaisyta.",
                   "Straipsnis pataisytas {date}: ištaisyta pavardės rašyba.",
                   "Redakcijos pastaba: tekstas papildytas vėliau gautu komentaru.",
                   "Atsiprašome už klaidingą skaičių pirmojoje straipsnio versijoje."],
    "agency": ["Šaltinis: {agency}", "{ABBR} inf.", "{ABBR}, „{site}“ inf.",
               "Parengta pagal užsienio naujienų agentūrų informaciją", "Parengė redakcija", "Straipsnis perimtas iš {ABBR}."],
    "print_note": ["Straipsnis išspausdintas „{site}“ popieriniame numeryje, {date}.",
                   "Tekstas pirmą kartą paskelbtas spausdintame leidinyje, {n} psl."],
    "disclaimer": ["Komentarai atspindi tik jų autorių nuomonę ir nebūtinai sutampa su „{site}“ redakcijos pozicija.",
                   "Tekstas perimtas iš naujienų agentūros be pakeitimų; redakcija parašė tik antraštę.",
                   "Straipsnio turinys yra informacinio pobūdžio ir nėra investavimo rekomendacija."],
    "more_from": ["Daugiau šio autoriaus straipsnių", "Daugiau: {name}", "Naujausi: {name}"],
    "feedback": ["Ar šis straipsnis buvo naudingas?", "Pastebėjote klaidą? Praneškite mums", "Įvertinkite straipsnį"],
    "feedback_opts": ["Taip | Ne", "👍 Taip  👎 Ne", "★★★★★"],
    "report_error": ["Pranešti apie klaidą", "Pranešti apie netinkamą turinį"],
    "reactions_head": ["Kokią emociją jums sukėlė straipsnis?", "Jūsų reakcija", "Kaip jaučiatės perskaitę?"],
    "reactions": ["Džiugu", "Liūdna", "Piktina", "Nustebino", "Įkvėpė", "Juokinga", "Neramu"],
    "next_label": ["Kitas straipsnis", "Toliau:", "Kitas"],
    "prev_label": ["Ankstesnis straipsnis", "Ankstesnis"],
    "donate_head": ["Paremkite nepriklausomą žurnalistiką", "Prieš išeidami…", "Redakcijos žinutė", "Ačiū, kad skaitote"],
    "donate_body": [
        "Jei perskaitėte iki čia, esate vienas iš daugelio skaitytojų, kurie naujienų iš savo krašto ieško „{site}“. Neturime milijardieriaus savininko ir mokamos prieigos, todėl kiekvieną mūsų straipsnį apmoka skaitytojai. Padės bet kokio dydžio parama.",
        "Regioninė žurnalistika patiria didesnį spaudimą nei bet kada anksčiau. Reklamos pajamos per dešimtmetį sumažėjo daugiau nei perpus, o redakcijos visoje šalyje užsidaro. Norime, kad mūsų žurnalistai ir toliau būtų teismuose, tarybos posėdžiuose ir prie aikštelių, tačiau tai įmanoma tik su jūsų pagalba.",
        "Kiekvieną mėnesį tūkstančiai skaitytojų nusprendžia paremti mūsų darbą. Jų indėlis apmoka žurnalistų, fotografų darbą ir išvykas į regionus. Jei vertinate tai, ką darome, prisijunkite prie jų jau šiandien; paramą galite nutraukti bet kada.",
    ],
    "donate_btn": ["Paremkite mus", "Paaukoti", "Nuo {cur}", "Tapkite rėmėju", "Vienkartinė | Mėnesinė"],
    "donate_extra": ["Mokėti galite kortele arba bankiniu pavedimu.", "Priminti vėliau"],
    "paywall_count": ["Šį mėnesį perskaitėte {n} iš {m} nemokamų straipsnių.", "Nemokami straipsniai: {n}/{m}"],
    "paywall": ["Šis straipsnis skirtas tik prenumeratoriams.", "Užsiprenumeruokite ir skaitykite toliau. Jau turite prenumeratą? Prisijunkite.",
                "Norite skaityti toliau? Neribota prieiga nuo {cur}.",
                "Prenumeratoriai skaito be reklamų, gali naudotis visu archyvu ir kiekvieną rytą gauna skaitmeninį laikraščio numerį. Prenumerata nuo {cur} per mėnesį, atsisakyti galima bet kada.",
                "Premium turinys"],
    "app_promo": ["Atsisiųskite „{site}“ programėlę", "Prieinama App Store ir Google Play",
                  "Skaitykite naujienas bet kur su mūsų nemokama programėle.", "Nuskenuokite QR kodą ir atsisiųskite programėlę"],
    "tip": ["Turite naujieną? Rašykite {email}", "Susisiekite su mumis tel. {phone} arba el. paštu {email}.",
            "Jei turite informacijos apie šį atvejį, konfidencialiai susisiekite {email}."],
    "comments_head": ["Komentarai", "Komentarai ({n})", "Komentuoti", "Ką manote?", "Skaitytojų komentarai",
                      "Diskusija ({n})"],
    "comments_count": ["Komentarų: {n}", "Rodoma {m} iš {n} komentarų"],
    "comments_sort": ["Rikiuoti: naujausi", "Naujausi | Seniausi | Geriausiai įvertinti", "Rikiuoti pagal populiarumą"],
    "comment_actions": ["Atsakyti", "Atsakyti · Pranešti", "Patinka ({n}) · Atsakyti", "👍 {n}  👎 {m}",
                        "Atsakyti | Dalintis | Pranešti"],
    "reply_marker": ["↳ Atsakymas vartotojui {user}", "Atsakymas: {user}"],
    "load_more": ["Įkelti daugiau komentarų", "Rodyti visus komentarus ({n})", "Rodyti daugiau"],
    "no_comments": ["Komentarų dar nėra.", "Būkite pirmas, parašęs komentarą."],
    "wrote_c": ["rašo:", "parašė:"],
    "anon": ["Svečias", "Skaitytojas", "Anonimas"],
    "c_open": ["Atvirai sakant, niekas iš to manęs nestebina.", "Ačiū, kad pagaliau apie tai parašėte.",
               "Mieste gyvenu daugiau nei trisdešimt metų ir nieko panašaus dar nemačiau.",
               "Pagaliau kažkas užduoda teisingus klausimus.", "Nesuprantu, kodėl tai apskritai naujiena.",
               "Kaimynas vakar pasakojo būtent apie tai.", "Gerai parašyta, bet manau, kad pražiūrėjote platesnį vaizdą.",
               "Ir vėl ta pati daina."],
    "c_mid": ["{k} metų metus žada tą patį, o paprastiems žmonėms niekas nesikeičia.",
              "Tikrasis klausimas – kas už tai galiausiai sumokės, ir visi žinome atsakymą.",
              "Jei būtų klausytasi žmonių vietoje, to būtų galima išvengti.",
              "Manau, kad {k} iš šios istorijos neišeina laimėtojas, kad ir ką sakytų atstovai spaudai.",
              "Lengva kritikuoti iš šalies, bet norėčiau pamatyti, kas padarytų geriau.",
              "Įdomu, kad {k} šią savaitę visur, o kai kas nors nepavyksta – niekur.",
              "Norėčiau žinoti, iš kur tie skaičiai, nes jie nesutampa su niekuo, ką mačiau pats."],
    "c_close": ["Pamatysim, kas bus.", "Tik mano nuomonė.", "Gėda.", "Sėkmės jiems.", "Daug nesitikiu.",
                "Ačiū už straipsnį.", "Pagarba žurnalistui."],
    "c_short": ["Visiškai pritariu.", "Šaunu!", "Būtent", "Šaltinis?", "Liūdna.", "Pagaliau!", "Nesąmonė.", "👏👏"],
    "cform_head": ["Parašykite komentarą", "Komentuoti", "Prisijunkite prie diskusijos", "Jūsų komentaras"],
    "cform_notice": ["Jūsų el. pašto adreso kiti skaitytojai nematys. Laukus su * būtina užpildyti.",
                     "Komentarai prieš paskelbiant peržiūrimi moderatoriaus.",
                     "Diskutuokite mandagiai ir straipsnio tema; įžeidžiantys ir netinkami komentarai bus pašalinti be įspėjimo.",
                     "Už komentarų turinį atsako jų autoriai."],
    "cform_fields": ["Komentaras *", "Vardas *", "El. paštas *", "Svetainė",
                     "Įsiminti mano vardą ir el. paštą šiame įrenginyje kitam komentarui."],
    "cform_btn": ["Paskelbti komentarą", "Siųsti", "Skelbti"],
    "login_gate": ["Prisijunkite, kad galėtumėte komentuoti", "Norėdami komentuoti, turite prisijungti.",
                   "Prisijunkite arba nemokamai užsiregistruokite ir dalyvaukite diskusijoje.",
                   "Neturite paskyros? Registruokitės nemokamai", "Šio straipsnio komentavimas išjungtas."],
    "related_head": ["Susiję straipsniai", "Taip pat skaitykite", "Daugiau rubrikoje „{sec}“", "Rekomenduojame",
                     "Naujausi straipsniai", "Jums gali patikti"],
    "most_read_head": ["Skaitomiausi", "Populiariausi", "Dabar populiaru", "Savaitės skaitomiausi", "Top 5"],
    "promoted_head": ["Partnerių turinys", "Iš interneto", "Remiamos nuorodos", "Jums gali būti įdomu"],
    "also_on": ["Daugiau „{site}“", "Iš mūsų archyvo", "Taip pat skaitykite"],
    "comments_n": ["💬 {n}", "({n})", "Komentarų: {n}"],
    "min_read": ["{n} min. skaitymo", "{n} min."],
    "footer_heads": ["Apie mus", "Įmonė", "Pagalba", "Sekite mus", "Mūsų svetainės"],
    "footer_links": ["Apie mus", "Kontaktai", "Redakcija", "Reklama", "Karjera", "Privatumo politika",
                     "Naudojimosi taisyklės", "Slapukų politika", "Slapukų nustatymai", "Archyvas", "RSS",
                     "Komentavimo taisyklės", "Etikos kodeksas"],
    "copyright": ["© {year} {company}. Visos teisės saugomos.", "Copyright © {year} „{site}“",
                  "© {company}, {year}. Kopijuoti turinį be leidėjo sutikimo draudžiama.",
                  "Visos teisės saugomos © {year} „{site}“"],
    "imprint": ["{company}", "{street} g. {no}, LT-{ltpost} {town}", "Įmonės kodas {code9}", "PVM mokėtojo kodas {pvm}",
                "Duomenys kaupiami ir saugomi Juridinių asmenų registre", "Tel. {phone}"],
    "staff": [("Vyriausiasis redaktorius: {name}", "Vyriausioji redaktorė: {name}"),
              ("Redaktoriaus pavaduotojas: {name}", "Redaktoriaus pavaduotoja: {name}"),
              ("Leidėjas: {name}", "Leidėja: {name}")],
    "top": ["Į viršų", "↑ Į viršų", "Grįžti į puslapio viršų"],
    "follow": ["Sekite mus: Facebook · Instagram · X · YouTube", "Sekite mus", "Prisijunkite prie mūsų WhatsApp kanalo",
               "Rasite mus Facebook, Instagram ir X"],
    "follow_nets": ["Facebook", "Instagram", "X", "YouTube", "TikTok"],
    "privacy_links": ["Privatumo nustatymai", "Tvarkyti slapukus", "Slapukų nustatymai"],
    "nameday": ["Vardadienius švenčia: {first}, {first2}", "Šiandien vardadienis: {first}, {first2}",
                "Vardadieniai: {first}, {first2}"],
}

T["ca"] = {
    "cookie_short": [
        "Utilitzem galetes per millorar la vostra experiència. Si continueu navegant, n'accepteu l'ús.",
        "Aquest web utilitza galetes per personalitzar el contingut i els anuncis i per analitzar el trànsit.",
        "Si feu clic a «Accepta», accepteu que es desin galetes al vostre dispositiu.",
        "Nosaltres i els nostres socis desem i consultem informació al vostre dispositiu per mostrar-vos publicitat rellevant.",
        "La vostra privadesa ens importa. Consulteu com fem servir les galetes.",
    ],
    "cookie_btns": ["Accepta | Rebutja | Configuració", "Accepta-les totes\nGestiona les preferències", "D'acord",
                    "Entesos", "Accepta i tanca | Més informació", "Permet-les totes\nNomés les necessàries"],
    "cookie_title": ["Valorem la vostra privadesa", "Configuració de privadesa", "Galetes a {site}", "Abans de continuar"],
    "cookie_long": [
        "{site} i els nostres {n} socis de publicitat i analítica utilitzem galetes i tecnologies similars per emmagatzemar informació al vostre dispositiu i accedir-hi. Amb el vostre consentiment, tractem dades com ara el comportament de navegació i identificadors únics per mostrar-vos publicitat i continguts personalitzats, mesurar-ne el rendiment i millorar els nostres serveis.",
        "Fem servir galetes necessàries perquè el web funcioni. Amb el vostre permís, també voldríem instal·lar galetes analítiques, que ens ajuden a entendre com els lectors utilitzen el web, i galetes publicitàries de tercers que financen el nostre periodisme. Podeu retirar el consentiment en qualsevol moment.",
        "Perquè {site} continuï sent gratuït, depenem de la publicitat. Nosaltres i {n} socis seleccionats podem utilitzar dades del dispositiu per triar anuncis, mesurar l'audiència i millorar els productes. Alguns socis tracten dades sobre la base de l'interès legítim, al qual us podeu oposar des de la configuració.",
    ],
    "cookie_long2": ["Podeu canviar la vostra elecció en qualsevol moment des de l'enllaç «Configuració de privadesa» al peu de la pàgina.",
                     "Trobareu més informació a la Política de galetes i a la Política de privadesa.",
                     "El vostre consentiment és vàlid durant 12 mesos."],
    "skip": ["Vés al contingut", "Salta al contingut principal", "Salta la navegació"],
    "topbar": ["Inicia la sessió | Registra't", "Entra  Subscriu-te", "El meu compte | Butlletins", "Cerca\nEntra",
               "Edició digital · Subscripcions · Entra", "☰ Menú\nCerca", "Registra't gratis | Inicia la sessió"],
    "tagline": ["Periodisme independent des de {founded}", "Les notícies que t'importen", "Proper. Rigorós. Cada dia.",
                "Notícies de {town} i rodalia", "Fundat el {founded}", "La veu de la comarca"],
    "edition": ["Edició: Catalunya", "Edició local: {town}", "Tria la teva comarca ▾", "Edició d'avui"],
    "edition_extra": ["Edició d'avui", "Quiosc digital", "Edició en paper", "Fulleja l'edició digital"],
    "menu_head": ["Menú", "Seccions", "Explora"],
    "menu_items": ["Inici", "Notícies", "Política", "Societat", "Economia", "Món", "Esports", "Futbol", "Cultura",
                   "Espectacles", "Tecnologia", "Ciència", "Salut", "Gastronomia", "Viatges", "Opinió", "Vídeos", "Fotos",
                   "Comarques", "El temps", "Successos", "Habitatge", "Agenda", "Motor"],
    "menu_extra": ["Més ▾", "Cerca", "☰", "Totes les seccions"],
    "home": ["Inici", "Portada"],
    "crumb_prefix": ["", "", "Sou a: "],
    "ticker_label": ["ÚLTIMA HORA", "Ara", "Darrera hora", "En directe", "Urgent"],
    "trending_label": ["Tendències:", "Temes del dia:", "Més buscat:", "Ara es parla de:"],
    "trend_topics": ["Preu de la llum", "Eleccions 2025", "Sequera", "Rodalies", "Festa major de {town}", "Lloguers",
                     "Mercat de fitxatges", "Onada de calor", "Vaga de docents", "El temps"],
    "weather": ["{town} {t} °C {cond}", "El temps a {town}: {cond}, {t}°", "{cond} · {t} °C", "{town}: màx. {t}° / mín. {lo}°"],
    "conditions": ["Assolellat", "Mig ennuvolat", "Ennuvolat", "Pluja feble", "Ruixats", "Boira", "Vent", "Serè"],
    "markets_head": ["Mercats", "Borsa", "Indicadors"],
    "markets_note": ["Dades amb 15 minuts de retard", "Dades a les {time}", "Font de les dades: {pagency}"],
    "offer": ["Subscripció digital per només {cur} al mes", "Oferta especial: el primer mes gratis",
              "Llegeix sense anuncis des de {cur}", "Dona suport al periodisme de qualitat: subscriu-t'hi"],
    "kicker": ["{SEC}", "{sec}", "{sec} | {town}", "Notícies · {sec}"],
    "app_banner": ["Obre a l'aplicació", "Llegeix aquesta notícia a l'app de {site}",
                   "Descarrega't l'app de {site}\nInstal·la", "Més ràpid a l'app: gratis per a Android i iOS"],
    "roles": [("redactor", "redactora"), ("corresponsal", "corresponsal"), ("cap de secció", "cap de secció"),
              ("periodista", "periodista"), ("col·laborador", "col·laboradora")],
    "by": ["Per {name}", "{name} | {town}", "Text: {name}", "Text: {name} · Fotos: {name2}", "Redacció | {town}",
           "{name}, {role}", "{name} · {site}", "Escrit per {name}"],
    "published": ["{date}", "Publicat: {date}", "{date} | {sec}", "Data de publicació: {date}"],
    "updated": ["Actualitzat: {date}", "Darrera actualització: {date}", "Actualitzat {ago}", "Actualitzat a les {time}"],
    "meta": ["{name} | {date}", "{date} · {name} · {sec}", "{name}, {date}", "{name}\n{date}"],
    "read_time": ["Temps de lectura: {n} min", "Lectura: {n} min", "{n} min de lectura", "⏱ {n} min"],
    "share_label": ["Comparteix", "Comparteix la notícia", "Comparteix:", "COMPARTEIX"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Telegram", "Correu electrònic", "Copia l'enllaç", "LinkedIn", "Bluesky"],
    "share_extra": ["Compartit {n} vegades", "Comparteix {n}", "Copia l'enllaç", "Comentaris ({n})"],
    "listen": ["Escolta aquesta notícia", "▶ Escolta · {dur}", "Versió en àudio", "Reprodueix\n0:00 / {dur}",
               "Escolta la notícia ({dur})\nNotícia llegida per una veu sintètica."],
    "tools": ["A A A | Imprimeix", "Mida del text: A- A+", "Imprimeix la notícia", "Desa l'article", "🔖 Desa | 🖨 Imprimeix"],
    "age_note": ["Aquesta notícia té més d'un any", "Notícia d'arxiu: la informació pot no estar actualitzada", "De l'arxiu"],
    "comment_jump": ["💬 {n} comentaris", "Comentaris ({n})", "Vés als comentaris", "Comenta"],
    "follow_topic": ["Segueix el tema: {k}", "+ Segueix", "Avisa'm de novetats sobre {k}", "Segueix la secció {sec}"],
    "caption_tpl": ["{k}, en un acte recent", "Imatge d'arxiu", "Imatge il·lustrativa", "{k} (arxiu)",
                    "Una vista de {town}, en una imatge d'arxiu", "A la imatge, {k}"],
    "credit_tpl": ["Foto: {name}", "Foto: {pagency}", "Foto: {site}", "FOTO: {NAME} / {pagency}", "Foto: arxiu",
                   "Font: {pagency}", "Imatge: {name}"],
    "photo_extra": ["Amplia", "Imatge {i} de {n}", "Obre la galeria"],
    "ad": ["Publicitat", "PUBLICITAT", "Anunci", "Advertisement", "La notícia continua després de l'anunci",
           "- Publicitat -", "Patrocinat"],
    "continue": ["Continua llegint a sota", "Segueix llegint", "El text continua a sota", "Continua després de la publicitat"],
    "sponsored_label": ["Contingut patrocinat", "Publireportatge", "Contingut de marca", "En col·laboració amb {brand}",
                        "Contingut pagat"],
    "ad_heads": ["Els veïns de {town} es passen en massa a aquesta tarifa", "Els metges recomanen aquest hàbit matinal tan senzill",
                 "El nou SUV elèctric del qual parla tothom", "Els jubilats s'emporten aquests apartaments a primera línia",
                 "Com les famílies redueixen a la meitat les despeses de casa", "Cinc destinacions que encara són barates"],
    "ad_cta": ["Més informació", "Descobreix-ho", "Compra ara", "Apunta't"],
    "read_also": ["Llegeix també: {h}", "LLEGEIX TAMBÉ: {h}", "Relacionat: {h}", "Et pot interessar: {h}", "► {h}",
                  "No t'ho perdis: {h}", "Més informació: {h}"],
    "inline_related_head": ["Notícies relacionades", "Llegeix també", "Et recomanem", "Més a {sec}"],
    "nl_head": ["Subscriu-te al nostre butlletí gratuït", "El resum del matí de {site}", "No et perdis cap notícia important",
                "Butlletí de {site}"],
    "nl_desc": ["Les notícies més importants del dia, cada matí a la teva bústia.",
                "Els editors trien les històries que has de saber, cada dia feiner a les 7.",
                "Afegeix-te als lectors que comencen el dia amb nosaltres."],
    "nl_field": ["Escriu el teu correu electrònic", "Adreça electrònica", "El teu correu"],
    "nl_btn": ["Subscriu-me", "Apunta-m'hi", "Envia"],
    "nl_fine": ["En subscriure't acceptes les condicions d'ús i la política de privadesa.",
                "Et pots donar de baixa en qualsevol moment.", "Gràcies per subscriure't!"],
    "poll_label": ["Enquesta", "Vota", "La teva opinió", "Enquesta ràpida"],
    "poll_q": ["Estàs d'acord amb aquesta decisió?", "Què en penses, de les últimes notícies sobre {k}?",
               "Segueixes aquesta història?", "Això t'afectarà a tu?"],
    "poll_opts": [["Sí", "No", "No ho sé"], ["D'acord", "En desacord", "No en tinc opinió"], ["Molt", "Una mica", "Gens"]],
    "poll_vote": ["Vota", "Envia el vot", "Mostra els resultats"],
    "poll_count": ["{n} vots", "Han votat {n} lectors", "Total de vots: {n}"],
    "video_label": ["VÍDEO: {h}", "Vídeo: {h}", "▶ Mira el vídeo", "Mira: {k}", "Vídeo relacionat"],
    "video_extra": ["Reprodueix el vídeo", "Més vídeos", "Vídeo: {pagency}", "{dur}", "Fes clic per reproduir"],
    "promo_inline": ["Segueix {site} a WhatsApp i assabenta't de tot abans que ningú",
                     "Descarrega't la nostra app per a les últimes notícies", "Tens una notícia? Escriu-nos a {email}",
                     "Segueix-nos a Instagram"],
    "gallery": ["Galeria: {n} fotos", "Mira la galeria ({n} imatges)", "1 / {n}", "Obre la galeria",
                "Llisca per veure la foto següent"],
    "tags_label": ["Etiquetes:", "Temes:", "Paraules clau:", "Arxivat a:"],
    "topics_head": ["Temes", "Temes relacionats", "Segueix aquests temes", "Més sobre el tema"],
    "follow_btn": ["+ Segueix", "Segueix"],
    "bio_head": [("Sobre l'autor", "Sobre l'autora")],
    "bio": [
        ("{name} és {role} de {site} i s'ocupa de {beat}. Es va incorporar a la redacció el {year0} després de diversos anys en diaris comarcals, i l'interessen sobretot les històries que rarament arriben a portada.",
         "{name} és {role} de {site} i s'ocupa de {beat}. Es va incorporar a la redacció el {year0} després de diversos anys en diaris comarcals, i l'interessen sobretot les històries que rarament arriben a portada."),
        ("{name} fa més de {nyears} anys que escriu sobre {beat}. Abans d'arribar a {site}, va presentar programes en una ràdio local i va fer classes de periodisme a la universitat.",
         "{name} fa més de {nyears} anys que escriu sobre {beat}. Abans d'arribar a {site}, va presentar programes en una ràdio local i va fer classes de periodisme a la universitat."),
        ("{name} escriu sobre {beat} i edita les pàgines del cap de setmana. Va ser finalista del premi {award} i continua pensant que les millors històries comencen amb una trucada que ningú més s'havia molestat a fer.",
         "{name} escriu sobre {beat} i edita les pàgines del cap de setmana. Va ser finalista del premi {award} i continua pensant que les millors històries comencen amb una trucada que ningú més s'havia molestat a fer."),
        ("{name} va entrar a la redacció com a becari el {year0} i ara coordina la secció. Quan no persegueix una història, segurament és en un camp de futbol o discutint on es fa el millor pa amb tomàquet de {town}.",
         "{name} va entrar a la redacció com a becària el {year0} i ara coordina la secció. Quan no persegueix una història, segurament és en un camp de futbol o discutint on es fa el millor pa amb tomàquet de {town}."),
    ],
    "beats": ["la política municipal", "l'economia i l'empresa", "els tribunals i els successos",
              "l'esport, sobretot el futbol i l'handbol", "la tecnologia i el consum", "la cultura, la música i la televisió",
              "la sanitat", "la mobilitat i l'urbanisme", "l'educació", "el medi ambient"],
    "awards": ["Ploma de Plata", "Premi Comarques", "Premi Mirador de Periodisme Local"],
    "bio_extra": ["Tots els articles de {name}", "Més de {name}", "Contacte: {email}", "A X: @{handle}"],
    "correction": ["Fe d'errades: en una versió anterior d'aquesta notícia es donava una data errònia. S'ha corregit.",
                   "Notícia modificada el {date} per corregir l'ortografia d'un nom.",
                   "Nota de la redacció: el text s'ha ampliat amb una resposta rebuda posteriorment.",
                   "Demanem disculpes per una dada errònia a la primera versió d'aquesta notícia."],
    "agency": ["Font: {agency}", "({ABBR})", "{ABBR} / Redacció", "Amb informació d'agències", "Redacció",
               "Notícia elaborada a partir d'informació de l'agència {ABBR}."],
    "print_note": ["Aquesta notícia es va publicar a l'edició impresa de {site} el {date}.",
                   "Text publicat originalment a l'edició en paper, a la pàgina {n}."],
    "disclaimer": ["Les opinions dels comentaris són responsabilitat dels seus autors i no representen necessàriament la línia de {site}.",
                   "Text d'agència reproduït sense canvis; la redacció només n'ha escrit el titular.",
                   "El contingut d'aquest article és informatiu i no constitueix una recomanació d'inversió."],
    "more_from": ["Més de {name}", "Últims articles de {name}", "Altres articles de {name}"],
    "feedback": ["T'ha estat útil aquesta notícia?", "Has vist un error? Fes-nos-ho saber", "Valora aquesta notícia"],
    "feedback_opts": ["Sí | No", "👍 Sí  👎 No", "★★★★★"],
    "report_error": ["Informa d'un error", "Denuncia un contingut"],
    "reactions_head": ["Com t'ha fet sentir aquesta notícia?", "La teva reacció", "Què t'ha semblat?"],
    "reactions": ["Alegria", "Tristesa", "Enuig", "Sorpresa", "Inspiració", "Diversió", "Preocupació"],
    "next_label": ["Notícia següent", "Següent:", "Endavant"],
    "prev_label": ["Notícia anterior", "Anterior"],
    "donate_head": ["Dona suport al periodisme independent", "Abans de marxar…", "Un missatge de la redacció",
                    "Gràcies per llegir-nos"],
    "donate_body": [
        "Si has llegit fins aquí, ets un dels molts lectors que confien en {site} per estar al dia del que passa a {town}. No tenim cap propietari milionari ni mur de pagament, i cada notícia que publiquem la paguen els lectors. Qualsevol aportació, per petita que sigui, ens ajuda a continuar.",
        "El periodisme local viu un moment de pressió sense precedents. Els ingressos per publicitat han caigut més de la meitat en deu anys i han tancat redaccions arreu del país. Volem que els nostres periodistes continuïn als jutjats, als plens municipals i a peu de camp, però només ho podem fer amb el teu suport.",
        "Cada mes, milers de lectors decideixen donar suport a la nostra feina. Les seves aportacions paguen periodistes, fotògrafs i desplaçaments. Si valores el que fem, afegeix-t'hi avui mateix; pots cancel·lar l'aportació quan vulguis.",
    ],
    "donate_btn": ["Fes-te'n soci", "Fes una aportació", "Des de {cur}", "Dona suport a {site}", "Puntual | Mensual"],
    "donate_extra": ["Pots pagar amb targeta o per domiciliació bancària.", "Recorda-m'ho més tard"],
    "paywall_count": ["Aquest mes has llegit {n} de {m} articles gratuïts.", "Articles gratuïts: {n}/{m}"],
    "paywall": ["Aquest article és exclusiu per a subscriptors.", "Subscriu-te per continuar llegint. Ja en tens? Inicia la sessió.",
                "Vols continuar llegint? Accés il·limitat des de {cur}.",
                "Els subscriptors llegeixen sense anuncis, tenen accés a tot l'arxiu i reben cada matí l'edició digital del diari. Subscriu-te des de {cur} al mes i cancel·la quan vulguis.",
                "Contingut prèmium"],
    "app_promo": ["Descarrega't l'app de {site}", "Disponible a l'App Store i Google Play",
                  "Llegeix les notícies on vulguis amb la nostra app gratuïta.", "Escaneja el codi QR per descarregar l'app"],
    "tip": ["Tens una notícia? Escriu-nos a {email}", "Contacta amb nosaltres al {phone} o a {email}.",
            "Si tens informació sobre aquest cas, posa't en contacte amb nosaltres de manera confidencial a {email}."],
    "comments_head": ["Comentaris", "Comentaris ({n})", "Comenta", "Què en penses?", "Opinions dels lectors", "Debat ({n})"],
    "comments_count": ["{n} comentaris", "Es mostren {m} de {n} comentaris"],
    "comments_sort": ["Ordena per: més recents", "Més recents | Més antics | Més valorats", "Ordena per popularitat"],
    "comment_actions": ["Respon", "Respon · Denuncia", "M'agrada ({n}) · Respon", "👍 {n}  👎 {m}",
                        "Respon | Comparteix | Denuncia"],
    "reply_marker": ["↳ Resposta a {user}", "En resposta a {user}"],
    "load_more": ["Carrega més comentaris", "Mostra tots els comentaris ({n})", "Mostra'n més"],
    "no_comments": ["Encara no hi ha comentaris.", "Sigues el primer a comentar."],
    "wrote_c": ["diu:", "escriu:"],
    "anon": ["Anònim", "Convidat", "Un lector de {town}"],
    "c_open": ["Sincerament, res d'això no em sorprèn.", "Gràcies per explicar-ho per fi.",
               "Visc a {town} des de fa més de trenta anys i no havia vist mai res semblant.",
               "Per fi algú fa les preguntes adequades.", "No sé per què això és notícia.", "El meu veí en parlava ahir mateix.",
               "Ben escrit, però crec que se us escapa la visió de conjunt.", "I tornem-hi."],
    "c_mid": ["{k} fa anys que promet el mateix i a la gent normal no li canvia res.",
              "La pregunta de debò és qui ho acabarà pagant, i tots sabem la resposta.",
              "Si s'hagués escoltat la gent del territori, això s'hauria pogut evitar.",
              "Em sembla que {k} no en surt gaire ben parat, diguin el que diguin els portaveus.",
              "És fàcil criticar des de fora, però m'agradaria veure algú que ho fes millor.",
              "Curiós que {k} surti a tot arreu aquesta setmana i desaparegui quan alguna cosa va malament.",
              "M'agradaria saber d'on surten aquestes xifres, perquè no quadren amb res del que he vist."],
    "c_close": ["Ja veurem què passa.", "És només la meva opinió.", "Vergonyós.", "Molta sort.", "No hi tinc gaires esperances.",
                "Gràcies per l'article.", "Bona feina, periodistes."],
    "c_short": ["Totalment d'acord.", "Molt bé!", "Exacte", "Font?", "Trist.", "Ja era hora!", "Quina bestiesa.", "👏👏"],
    "cform_head": ["Deixa un comentari", "Escriu un comentari", "Participa en el debat", "El teu comentari"],
    "cform_notice": ["No mostrarem la teva adreça electrònica. Cal omplir els camps marcats amb *.",
                     "Els comentaris es moderen abans de publicar-se.",
                     "Comenta amb respecte i sobre el tema de la notícia; eliminarem sense avís els missatges ofensius o inadequats.",
                     "Els autors són els únics responsables del contingut dels comentaris."],
    "cform_fields": ["Comentari *", "Nom *", "Correu electrònic *", "Lloc web",
                     "Recorda el meu nom i correu en aquest dispositiu per al proper comentari."],
    "cform_btn": ["Publica el comentari", "Envia", "Publica"],
    "login_gate": ["Inicia la sessió per comentar", "Has d'iniciar la sessió per publicar un comentari.",
                   "Inicia la sessió o registra't gratis per participar en el debat.", "No tens compte? Registra't gratis",
                   "Els comentaris d'aquesta notícia estan tancats."],
    "related_head": ["Notícies relacionades", "Llegeix també", "Més a {sec}", "Et recomanem", "Últimes notícies",
                     "Destacats"],
    "most_read_head": ["Les més llegides", "El més vist", "Tendències", "El més llegit de la setmana", "Top 5"],
    "promoted_head": ["Contingut patrocinat", "De la xarxa", "Enllaços patrocinats", "Et pot interessar"],
    "also_on": ["També a {site}", "De la nostra hemeroteca", "Llegeix també"],
    "comments_n": ["💬 {n}", "({n})", "{n} comentaris"],
    "min_read": ["{n} min de lectura", "{n} min"],
    "footer_heads": ["Qui som", "Empresa", "Ajuda", "Segueix-nos", "Els nostres webs"],
    "footer_links": ["Qui som", "Contacte", "Redacció", "Publicitat", "Treballa amb nosaltres", "Política de privadesa",
                     "Avís legal", "Política de galetes", "Configuració de galetes", "Hemeroteca", "RSS",
                     "Normes de participació", "Codi ètic"],
    "copyright": ["© {year} {company}. Tots els drets reservats.", "Copyright © {year} {site}",
                  "© {company}, {year}. Queda prohibida la reproducció total o parcial dels continguts sense permís.",
                  "Tots els drets reservats © {year} {site}"],
    "imprint": ["{company}", "C/ {street}, {no}, {cp} {town}", "NIF: {nif}", "Dipòsit legal: B-{dl}-{founded}",
                "Editat per {company}, C/ {street}, {no}, {town}", "Tel. {phone}"],
    "staff": [("Director: {name}", "Directora: {name}"), ("Subdirector: {name}", "Subdirectora: {name}"),
              ("Cap de redacció: {name}", "Cap de redacció: {name}")],
    "top": ["Torna a dalt", "↑ Amunt", "Tornar a l'inici"],
    "follow": ["Segueix-nos: Facebook · Instagram · X · YouTube", "Segueix-nos a", "Afegeix-te al nostre canal de WhatsApp",
               "Som a Facebook, Instagram i X"],
    "follow_nets": ["Facebook", "Instagram", "X", "YouTube", "TikTok", "Bluesky"],
    "privacy_links": ["Configuració de privadesa", "Gestiona les galetes", "Preferències de galetes"],
    "nameday": [],
}


# --------------------------------------------------------------------------------------
# Filling patterns


def _P(ctx, key):
    site = ctx.site
    if site["lang"] == "en":
        regional = EN_REG[site["loc"]]
        if key in regional:
            return regional[key]
    return T[site["lang"]][key]


def _fixed(ctx, key, make):
    """A per-site choice local to this piece's place in the layout."""
    return ctx.fixed(f"{key}@{ctx.slot}", make)


def _kws(ctx, k):
    found = ctx.keywords(k)
    return found if found else [ctx.section]


def _handle(name):
    parts = _slug(name, " ").split()
    return (parts[0][:1] + parts[-1]) if len(parts) > 1 else (parts[0] if parts else "newsroom")


def _initials(rng):
    return "".join(rng.choice("abcdefghijklmnoprstuwy") for _ in range(3))


def _dur(rng, seconds):
    return f"{seconds // 60}:{seconds % 60:02d}"


def _field(ctx, key):
    site, r = ctx.site, ctx.rng
    simple = {"site": site["name"], "SITE": site["name"].upper(), "host": site["bare"], "town": site["town"],
              "town2": site["town2"], "company": site["company"], "founded": str(site["founded"]),
              "street": site["street"], "email": site["email"], "phone": site["phone"],
              "agency": site["agency"][0], "ABBR": site["agency"][1], "abbr": site["agency"][1].lower()}
    if key in simple:
        return simple[key]
    if key in site["nums"]:
        return site["nums"][key]
    if key == "sec":
        return ctx.section
    if key == "SEC":
        return ctx.section.upper()
    if key == "sec_l":
        return ctx.section.lower()
    if key == "year":
        return str(ctx.published.year)
    if key == "year0":
        return str(r.randint(2004, 2021))
    if key == "nyears":
        return str(r.randint(5, 19))
    if key == "cur":
        return r.choice(CUR[site["loc"]])
    if key == "n":
        return str(r.randint(3, 48))
    if key in ("k", "k2"):
        return _kws(ctx, 1)[0]
    if key == "h":
        return ctx.headlines(1)[0]
    if key in ("name", "name2"):
        return _person(r, site["loc"])[0]
    if key == "NAME":
        return _person(r, site["loc"])[0].upper()
    if key == "pagency":
        return r.choice(PHOTO_AGENCIES[site["lang"]])
    if key == "brand":
        return r.choice(BRANDS[site["lang"]])
    if key == "dur":
        return _dur(r, max(40, ctx.words * 60 // r.randint(140, 170)))
    if key == "date":
        return _date(ctx, ctx.published, "pub")
    if key == "time":
        return _time(site, ctx.published)
    if key == "ago":
        return _ago(site["lang"], r)
    if key == "weekday":
        return DAYS[site["lang"]][ctx.published.weekday()]
    if key in ("ini", "ini2"):
        return _initials(r)
    if key == "award":
        return r.choice(_P(ctx, "awards"))
    if key == "beat":
        return r.choice(_P(ctx, "beats"))
    if key in ("first", "first2"):
        return r.choice(FIRST[site["loc"]][r.randrange(2)])
    if key == "handle":
        return _handle(_person(r, site["loc"])[0])
    if key in ("i",):
        return "1"
    raise KeyError(key)


class _Fields(dict):
    def __init__(self, ctx, values):
        super().__init__(values)
        self.ctx = ctx

    def __missing__(self, key):
        value = _field(self.ctx, key)
        self[key] = value
        return value


def _fill(ctx, text, **values):
    out = text.format_map(_Fields(ctx, {k: str(v) for k, v in values.items()}))
    if ctx.site["loc"] == "us":
        for a, b in US_SPELL:
            out = out.replace(a, b)
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", out)


def _gendered(item, gender):
    return item[gender] if isinstance(item, tuple) else item


def _tpl(ctx, key, gender=0, **values):
    """The site's fixed pattern of `key` for this slot, filled with variable parts."""
    pool = _P(ctx, key)
    index = _fixed(ctx, "tpl:" + key, lambda r: r.randrange(len(pool)))
    return _fill(ctx, _gendered(pool[index], gender), **values)


def _pick(ctx, key, gender=0, **values):
    """A pattern of `key` drawn per page."""
    return _fill(ctx, _gendered(ctx.rng.choice(_P(ctx, key)), gender), **values)


def _split(*texts):
    out = []
    for text in texts:
        if text is None:
            continue
        if isinstance(text, (list, tuple)):
            out.extend(_split(*text))
        else:
            out.extend(text.split("\n"))
    return out


def _date(ctx, d, purpose):
    variants = _date_variants(ctx.site, d)
    index = ctx.fixed("datefmt:" + purpose, lambda r: r.randrange(len(variants)))
    return variants[index]


def _role(ctx, gender):
    role = ctx.rng.choice(_P(ctx, "roles"))
    return _gendered(role, gender)


def _headline_case(text):
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "as"}
    words = text.split()
    return " ".join(w if (i and w.lower() in small) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _hashtag(text):
    return "#" + "".join(w[:1].upper() + w[1:] for w in re.findall(r"[^\W_]+", text))


def _sec_label(ctx):
    pools = _section_pool(ctx)
    return ctx.rng.choice(pools[ctx.rng.choice(sorted(pools))])


ITEM_STYLES = 14


def _items(ctx, heads, style):
    """Lines of a list of other headlines in one of ITEM_STYLES styles."""
    r, lang = ctx.rng, ctx.site["lang"]
    out = []
    for i, head in enumerate(heads, 1):
        when = ctx.published - timedelta(minutes=r.randint(45, 60 * 24 * 40))
        if style == 0:
            out.append(head)
        elif style == 1:
            out.append("• " + head)
        elif style == 2:
            out.append(f"{i}. {head}")
        elif style == 3:
            out.append(f"{head} — {_date(ctx, when, 'item')}")
        elif style == 4:
            out.append(f"{_sec_label(ctx).upper()} | {head}")
        elif style == 5:
            out.append(f"{head} {_tpl(ctx, 'comments_n', n=r.randint(0, 240))}")
        elif style == 6:
            out += [head, _date(ctx, when, "item")]
        elif style == 7:
            out.append(f"{head} · {_tpl(ctx, 'min_read', n=r.randint(2, 9))}")
        elif style == 8:
            out.append("→ " + head)
        elif style == 9:
            out.append(f"{i:02d} {head}")
        elif style == 10:
            out += [head, f"{_sec_label(ctx)} · {_ago(lang, r)}"]
        elif style == 11:
            out += [_sec_label(ctx), head]
        elif style == 12:
            out.append("- " + head)
        else:
            out += [head, _tpl(ctx, "comments_n", n=r.randint(1, 90))]
    return out


def _headlist(ctx, k):
    heads = ctx.headlines(k)
    if ctx.site["loc"] == "us" and _fixed(ctx, "titlecase", lambda r: r.random() < 0.4):
        heads = [_headline_case(h) for h in heads]
    return heads


# --------------------------------------------------------------------------------------
# Head pieces


def cookie_banner(ctx):
    text = _tpl(ctx, "cookie_short")
    buttons = _tpl(ctx, "cookie_btns")
    if _fixed(ctx, "joined", lambda r: r.random() < 0.3):
        lines = [text + " " + buttons.replace("\n", " ")]
    else:
        lines = [text] + buttons.split("\n")
    if ctx.site["loc"] == "us" and _fixed(ctx, "ccpa", lambda r: r.random() < 0.5):
        lines.append("Do Not Sell or Share My Personal Information")
    return lines


def cookie_consent_long(ctx):
    vendors = ctx.fixed("vendors", lambda r: r.randint(38, 870))
    shape = _fixed(ctx, "shape", lambda r: (r.random() < 0.8, r.random() < 0.6, r.random() < 0.5))
    lines = []
    if shape[0]:
        lines.append(_tpl(ctx, "cookie_title"))
    lines.append(_tpl(ctx, "cookie_long", n=vendors))
    if shape[1]:
        if shape[2]:
            lines.append("")
        lines.append(_tpl(ctx, "cookie_long2"))
    lines += _split(_tpl(ctx, "cookie_btns"))
    return lines


def cookie_bottom(ctx):
    lines = [_tpl(ctx, "cookie_short")] + _split(_tpl(ctx, "cookie_btns"))
    if _fixed(ctx, "policy", lambda r: r.random() < 0.4):
        lines.append(_tpl(ctx, "privacy_links"))
    return lines


def skip_links(ctx):
    pool = _P(ctx, "skip")
    chosen = _fixed(ctx, "skips", lambda r: r.sample(range(len(pool)), r.choice([1, 1, 2])))
    return [_fill(ctx, pool[i]) for i in chosen]


def account_bar(ctx):
    lines = _split(_tpl(ctx, "topbar"))
    if _fixed(ctx, "offer", lambda r: r.random() < 0.25):
        lines.append(_tpl(ctx, "offer"))
    return lines


def masthead(ctx):
    site = ctx.site
    shape = _fixed(ctx, "shape", lambda r: (r.randrange(4), r.random() < 0.55, r.random() < 0.3))
    name = site["name"]
    first = [name, name.upper(), site["bare"], name][shape[0]]
    lines = [first]
    if shape[1]:
        tagline = _tpl(ctx, "tagline")
        if shape[0] == 3:
            lines = [f"{name} — {tagline}"]
        else:
            lines.append(tagline)
    if shape[2]:
        lines.append(_tpl(ctx, "edition"))
    return lines


def edition_dateline(ctx):
    site, r = ctx.site, ctx.rng
    shape = _fixed(ctx, "shape", lambda q: (q.randrange(3), q.random() < 0.5))
    day = _longdate(site, ctx.published)
    lines = [day]
    if shape[0] == 1:
        lines = [f"{day} | {_tpl(ctx, 'edition_extra')}"]
    elif shape[0] == 2:
        lines.append(_tpl(ctx, "edition_extra"))
    if shape[1] and _P(ctx, "nameday"):
        lines.append(_pick(ctx, "nameday"))
    elif shape[1] and site["lang"] == "en" and r.random() < 0.5:
        lines.append(f"Updated {_time(site, ctx.published + timedelta(minutes=r.randint(5, 300)))}")
    return lines


def _menu_items(ctx, low=6, high=11):
    pool = _P(ctx, "menu_items")
    home = pool[0]

    def make(r):
        items = r.sample(pool[1:], min(len(pool) - 1, r.randint(low, high)))
        if r.random() < 0.6:
            items = [home] + items
        return items
    return _fixed(ctx, "items", make)


def menu_inline(ctx):
    items = _menu_items(ctx)
    sep = _fixed(ctx, "sep", lambda r: r.choice(SEPS))
    shape = _fixed(ctx, "shape", lambda r: (r.random() < 0.3, r.random() < 0.35, r.random() < 0.25))
    line = sep.join(items)
    if shape[1]:
        line += sep + _tpl(ctx, "menu_extra")
    lines = [line]
    if shape[0]:
        pool = [i for i in _P(ctx, "menu_items") if i not in items]
        second = _fixed(ctx, "second", lambda r: r.sample(pool, min(len(pool), r.randint(3, 6))))
        lines.append(sep.join(second))
    if shape[2]:
        lines.insert(0, _tpl(ctx, "menu_head"))
    return lines


def menu_stacked(ctx):
    items = _menu_items(ctx, 5, 10)
    deco = _fixed(ctx, "deco", lambda r: r.randrange(5))
    lines = []
    if _fixed(ctx, "head", lambda r: r.random() < 0.35):
        lines.append(_tpl(ctx, "menu_head"))
    for item in items:
        if deco == 1:
            item += " ▾" if ctx.fixed("arrow:" + item, lambda r: r.random() < 0.4) else ""
        elif deco == 2 and item != _P(ctx, "menu_items")[0]:
            item = f"{item} ({ctx.rng.randint(2, 60)})"
        elif deco == 3:
            item = "› " + item
        elif deco == 4:
            item = item + " ›"
        lines.append(item)
    if _fixed(ctx, "extra", lambda r: r.random() < 0.3):
        lines.append(_tpl(ctx, "menu_extra"))
    return lines


def breadcrumb_trail(ctx):
    home = _tpl(ctx, "home")
    sep = _fixed(ctx, "sep", lambda r: r.choice([" › ", " > ", " / ", " » ", " → ", " | "]))
    prefix = _tpl(ctx, "crumb_prefix")
    shape = _fixed(ctx, "shape", lambda r: (r.randrange(4), r.random() < 0.2))
    crumbs = [home, ctx.section]
    if shape[0] == 1:
        words = ctx.headline.split()
        crumbs.append(" ".join(words[:5]) + ("…" if len(words) > 5 else ""))
    elif shape[0] == 2:
        crumbs.insert(1, _tpl(ctx, "menu_items"))
    elif shape[0] == 3:
        crumbs.append(ctx.headline)
    if shape[1]:
        return [prefix.strip()] + crumbs if prefix else crumbs
    return [prefix + sep.join(crumbs)]


def news_ticker(ctx):
    r = ctx.rng
    shape = _fixed(ctx, "shape", lambda q: q.randrange(5))
    label = _tpl(ctx, "ticker_label")
    if shape == 0:
        return [f"{label}: {ctx.headlines(1)[0]}"]
    if shape == 1:
        return [label] + ctx.headlines(r.choice([1, 2]))
    if shape == 2:
        return [f"{label} | " + " | ".join(ctx.headlines(2))]
    topics = [_fill(ctx, t) for t in r.sample(_P(ctx, "trend_topics"), r.randint(3, 5))]
    trend = _tpl(ctx, "trending_label")
    sep = _fixed(ctx, "sep", lambda q: q.choice([" · ", " | ", "  ", " • "]))
    if shape == 3:
        return [f"{trend} " + sep.join(topics)]
    return [trend] + [_hashtag(t) if ctx.fixed("hash", lambda q: q.random() < 0.4) else t for t in topics]


def weather_widget(ctx):
    site, r = ctx.site, ctx.rng
    t = _temp(site["loc"], ctx.published.month, r)
    lo = t - r.randint(3, 9)
    cond = r.choice(_P(ctx, "conditions"))
    line = _tpl(ctx, "weather", t=t, lo=lo, cond=cond, cond_l=cond.lower())
    if site["loc"] == "us":
        line = line.replace("°C", "°F")
    lines = [line]
    if _fixed(ctx, "forecast", lambda q: q.random() < 0.4):
        abbr = DAY_ABBR[site["lang"]]
        w = ctx.published.weekday()
        parts = [f"{abbr[(w + i) % 7]} {t + r.randint(-4, 4)}°" for i in range(1, 4)]
        lines.append("  ".join(parts))
    return lines


def market_strip(ctx):
    site, r = ctx.site, ctx.rng
    pool = MARKETS[site["loc"]]
    chosen = _fixed(ctx, "names", lambda q: sorted(q.sample(range(len(pool)), min(len(pool), q.randint(3, 5)))))
    shape = _fixed(ctx, "shape", lambda q: (q.randrange(4), q.random() < 0.5, q.random() < 0.3))
    parts = []
    for index in chosen:
        name, base, dec = pool[index]
        value = base * (1 + r.uniform(-0.06, 0.06))
        change = r.uniform(-2.4, 2.4)
        pct = _num(site["lang"], abs(change), 2)
        arrow = "▲" if change >= 0 else "▼"
        sign = "+" if change >= 0 else "-"
        text = _num(site["lang"], value, dec)
        parts.append([f"{name} {text} {arrow}{pct}%", f"{name} {text} ({sign}{pct}%)",
                      f"{name}\n{text} {arrow} {pct}%", f"{name}: {text} {sign}{pct}%"][shape[0]])
    if shape[0] in (0, 1) and shape[1]:
        lines = [" | ".join(parts)]
    else:
        lines = _split(parts)
    if shape[2]:
        lines.insert(0, _tpl(ctx, "markets_head"))
    if _fixed(ctx, "note", lambda q: q.random() < 0.3):
        lines.append(_tpl(ctx, "markets_note"))
    return lines


def offer_strip(ctx):
    lines = [_tpl(ctx, "offer")]
    if _fixed(ctx, "cta", lambda q: q.random() < 0.4):
        lines.append(_tpl(ctx, "nl_btn") if ctx.site["lang"] != "en" else
                     _fixed(ctx, "en_cta", lambda q: q.choice(["Subscribe now", "See offers", "Claim offer"])))
    return lines


def section_kicker(ctx):
    return [_tpl(ctx, "kicker")]


def page_title(ctx):
    site = ctx.site
    shape = _fixed(ctx, "shape", lambda q: (q.randrange(3), q.choice([" | ", " - ", " – ", " :: "])))
    if shape[0] == 0:
        return [f"{ctx.headline}{shape[1]}{site['name']}"]
    if shape[0] == 1:
        return [f"{site['name']}{shape[1]}{ctx.headline}"]
    return [f"{ctx.headline}{shape[1]}{ctx.section}{shape[1]}{site['name']}"]


def app_banner(ctx):
    return _split(_tpl(ctx, "app_banner"))


# --------------------------------------------------------------------------------------
# Lead pieces


def _byline_values(ctx):
    site, r = ctx.site, ctx.rng
    name, gender = _person(r, site["loc"])
    name2 = _person(r, site["loc"])[0]
    words = GW[site["lang"]]
    return gender, {"name": name, "name2": name2, "NAME": name.upper(), "role": _role(ctx, gender),
                    "author": words["author"][gender], "wrote": words["wrote"][gender], "handle": _handle(name)}


def byline(ctx):
    gender, values = _byline_values(ctx)
    lines = _split(_tpl(ctx, "by", **values))
    if ctx.site["lang"] == "en" and _fixed(ctx, "handle", lambda q: q.random() < 0.15):
        lines.append(f"@{values['handle']}")
    return lines


def byline_meta(ctx):
    gender, values = _byline_values(ctx)
    return _split(_tpl(ctx, "meta", **values))


def published_line(ctx):
    return [_tpl(ctx, "published")]


def updated_line(ctx):
    site, r = ctx.site, ctx.rng
    later = ctx.published + timedelta(minutes=r.randint(20, 2880))
    return [_tpl(ctx, "updated", date=_date(ctx, later, "upd"), time=_time(site, later), ago=_ago(site["lang"], r))]


def reading_time(ctx):
    minutes = max(1, round(ctx.words / ctx.fixed("wpm", lambda q: q.choice([200, 220, 238, 250]))))
    return [_tpl(ctx, "read_time", n=minutes)]


def comment_jump(ctx):
    return [_tpl(ctx, "comment_jump", n=ctx.rng.choice([0, 1, 2, 4, 7, 12, 19, 33, 58, 140]))]


def _share_row(ctx):
    r = ctx.rng
    nets = _fixed(ctx, "nets", lambda q: q.sample(_P(ctx, "share_nets"), q.randint(3, 6)))
    style = _fixed(ctx, "style", lambda q: q.randrange(6))
    label = _tpl(ctx, "share_label")
    sep = _fixed(ctx, "sep", lambda q: q.choice(SEPS))
    if style == 0:
        return [label + " " + sep.join(nets)]
    if style == 1:
        return [label] + nets
    if style == 2:
        return nets
    if style == 3:
        return [" ".join(re.sub(r"\W+", "-", n.lower()).strip("-") for n in nets)]
    if style == 4:
        return [_tpl(ctx, "share_extra", n=r.choice([2, 5, 14, 37, 112, 486, 1300]))] + [sep.join(nets)]
    icons = {"Facebook": "f", "X": "𝕏", "Twitter": "🐦", "WhatsApp": "✆", "Email": "✉", "E-mail": "✉"}
    return [label + "  " + "  ".join(icons.get(n, n) for n in nets)]


def share_top(ctx):
    return _share_row(ctx)


def share_bottom(ctx):
    return _share_row(ctx)


def _photo(ctx):
    site, r = ctx.site, ctx.rng
    name, gender = _person(r, site["loc"])
    cap = _pick(ctx, "caption_tpl", k=_kws(ctx, 1)[0])
    credit = _tpl(ctx, "credit_tpl", name=name, NAME=name.upper(), shot=GW[site["lang"]]["shot"][gender])
    style = _fixed(ctx, "style", lambda q: q.randrange(6))
    if style == 0:
        return [cap, credit]
    if style == 1:
        return [cap + (" " if cap[-1:] in ".!?)" else ". ") + credit]
    if style == 2:
        return [credit, cap]
    if style == 3:
        return [f"{cap} | {credit}"]
    if style == 4:
        n = r.randint(3, 14)
        return [_tpl(ctx, "photo_extra", i=1, n=n), cap, credit]
    return [cap + " (" + credit.strip("()") + ")"]


def lead_photo(ctx):
    return _photo(ctx)


def audio_player(ctx):
    return _split(_tpl(ctx, "listen"))


def article_tools(ctx):
    return _split(_tpl(ctx, "tools"))


def archive_notice(ctx):
    return [_tpl(ctx, "age_note", n=ctx.rng.randint(2, 4))]


def follow_topic(ctx):
    return [_tpl(ctx, "follow_topic")]


# --------------------------------------------------------------------------------------
# Inline pieces


def ad_slot(ctx):
    return [_tpl(ctx, "ad")]


def continue_marker(ctx):
    return [_tpl(ctx, "continue")]


def sponsored_inline(ctx):
    r = ctx.rng
    shape = _fixed(ctx, "shape", lambda q: (q.randrange(3), q.random() < 0.6))
    brand = r.choice(BRANDS[ctx.site["lang"]])
    label = _tpl(ctx, "sponsored_label", brand=brand)
    head = _pick(ctx, "ad_heads")
    if shape[0] == 0:
        lines = [label, head, brand]
    elif shape[0] == 1:
        lines = [f"{label}: {head}"]
    else:
        lines = [head, f"{label} · {brand}"]
    if shape[1]:
        lines.append(_tpl(ctx, "ad_cta"))
    return lines


def read_also(ctx):
    count = ctx.rng.choice([1, 1, 1, 2])
    return [_tpl(ctx, "read_also", h=h) for h in ctx.headlines(count)]


def inline_related(ctx):
    style = _fixed(ctx, "style", lambda q: q.choice([0, 1, 8, 12, 2, 4]))
    return [_tpl(ctx, "inline_related_head")] + _items(ctx, _headlist(ctx, ctx.rng.randint(2, 3)), style)


def _newsletter(ctx):
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.8, q.random() < 0.7, q.random() < 0.6, q.random() < 0.5))
    lines = [_tpl(ctx, "nl_head")]
    if shape[0]:
        lines.append(_tpl(ctx, "nl_desc", n=ctx.fixed("nl_readers", lambda q: q.randint(3, 90))))
    if shape[1]:
        lines.append(_tpl(ctx, "nl_field"))
    if shape[2]:
        lines.append(_tpl(ctx, "nl_btn"))
    if shape[3]:
        lines.append(_tpl(ctx, "nl_fine"))
    return lines


def newsletter_box(ctx):
    return _newsletter(ctx)


def newsletter_tail(ctx):
    return _newsletter(ctx)


def reader_poll(ctx):
    r = ctx.rng
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.7, q.random() < 0.7, q.random() < 0.5,
                                            q.randrange(len(_P(ctx, "poll_opts")))))
    lines = []
    if shape[0]:
        lines.append(_tpl(ctx, "poll_label"))
    lines.append(_pick(ctx, "poll_q", k=_kws(ctx, 1)[0]))
    options = _P(ctx, "poll_opts")[shape[3]]
    if shape[2]:
        votes = [r.randint(3, 400) for _ in options]
        total = sum(votes)
        lines += [f"{o} {round(100 * v / total)}%" for o, v in zip(options, votes)]
    else:
        lines += list(options)
    if shape[1]:
        lines.append(_tpl(ctx, "poll_vote"))
    lines.append(_tpl(ctx, "poll_count", n=r.randint(12, 4800)))
    return lines


def video_embed(ctx):
    r = ctx.rng
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.6, q.random() < 0.5))
    lines = [_tpl(ctx, "video_label")]
    if shape[0]:
        lines.append(_dur(r, r.randint(35, 290)))
    if shape[1]:
        lines.append(_tpl(ctx, "video_extra", dur=_dur(r, r.randint(35, 290))))
    return lines


def inline_photo(ctx):
    return _photo(ctx)


def inline_promo(ctx):
    return [_tpl(ctx, "promo_inline")]


def photo_gallery(ctx):
    r = ctx.rng
    lines = [_tpl(ctx, "gallery", n=r.randint(4, 36), k=_kws(ctx, 1)[0])]
    if _fixed(ctx, "cap", lambda q: q.random() < 0.4):
        lines += _photo(ctx)
    return lines


# --------------------------------------------------------------------------------------
# Tail pieces


def tags_line(ctx):
    r = ctx.rng
    tags = list(dict.fromkeys(_kws(ctx, r.randint(2, 5)) + [ctx.section]))
    if ctx.fixed("tags_town", lambda q: q.random() < 0.3):
        tags.append(ctx.site["town"])
    style = _fixed(ctx, "style", lambda q: q.randrange(5))
    label = _tpl(ctx, "tags_label")
    if style == 0:
        return [f"{label} " + ", ".join(tags)]
    if style == 1:
        return [f"{label} " + " · ".join(tags)]
    if style == 2:
        return [label.rstrip(":")] + tags
    if style == 3:
        return [" ".join(_hashtag(t) for t in tags)]
    return [label.rstrip(":") + " " + " | ".join(tags)]


def topics_list(ctx):
    r = ctx.rng
    topics = list(dict.fromkeys(_kws(ctx, r.randint(2, 4)) + [ctx.section]))
    follow = _fixed(ctx, "follow", lambda q: q.random() < 0.4)
    btn = _tpl(ctx, "follow_btn")
    return [_tpl(ctx, "topics_head")] + [f"{t} {btn}" if follow else t for t in topics]


def author_bio(ctx):
    site, r = ctx.site, ctx.rng
    name, gender = _person(r, site["loc"])
    role = _role(ctx, gender)
    values = {"name": name, "role": role, "handle": _handle(name)}
    if site["lang"] == "en":
        values.update({"he": ["he", "she"][gender], "He": ["He", "She"][gender], "his": ["his", "her"][gender],
                       "His": ["His", "Her"][gender], "role_l": role.lower(),
                       "a_role": ("an " if role[0].lower() in "aeiou" else "a ") + role.lower()})
    elif site["lang"] == "id":
        values["role"] = role.lower()
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.45, q.random() < 0.6, q.random() < 0.4))
    lines = []
    if shape[0]:
        lines.append(_tpl(ctx, "bio_head", gender))
    if shape[2]:
        lines.append(name)
    lines.append(_pick(ctx, "bio", gender, **values))
    if shape[1]:
        lines.append(_tpl(ctx, "bio_extra", **values))
    return lines


def correction_note(ctx):
    later = ctx.published + timedelta(minutes=ctx.rng.randint(60, 4000))
    return [_pick(ctx, "correction", date=_date(ctx, later, "upd"))]


def agency_credit(ctx):
    return [_tpl(ctx, "agency")]


def print_note(ctx):
    later = ctx.published + timedelta(days=ctx.rng.randint(0, 2))
    weekday = DAYS[ctx.site["lang"]][later.weekday()]
    return [_tpl(ctx, "print_note", date=_longdate(ctx.site, later), weekday=weekday, n=ctx.rng.randint(2, 46))]


def disclaimer_note(ctx):
    return [_tpl(ctx, "disclaimer")]


def more_from_author(ctx):
    r = ctx.rng
    name = _person(r, ctx.site["loc"])[0]
    style = _fixed(ctx, "style", lambda q: q.randrange(ITEM_STYLES))
    return [_tpl(ctx, "more_from", name=name)] + _items(ctx, _headlist(ctx, r.randint(2, 4)), style)


def feedback_prompt(ctx):
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.75, q.random() < 0.4))
    lines = [_tpl(ctx, "feedback")]
    if shape[0]:
        lines += _split(_tpl(ctx, "feedback_opts"))
    if shape[1]:
        lines.append(_tpl(ctx, "report_error"))
    return lines


def reactions_widget(ctx):
    r = ctx.rng
    pool = _P(ctx, "reactions")
    chosen = _fixed(ctx, "which", lambda q: q.sample(pool, q.randint(3, 6)))
    style = _fixed(ctx, "style", lambda q: q.randrange(4))
    emoji = ["😀", "😢", "😡", "😮", "🤩", "😂", "😟"]
    parts = []
    for word in chosen:
        count = r.choice([0, 0, 1, 2, 3, 5, 8, 13, 27, 64])
        mark = emoji[pool.index(word)]
        parts.append([f"{word} {count}", f"{mark} {word} ({count})", f"{mark} {count} {word}",
                      f"{word}\n{count}"][style])
    lines = [_tpl(ctx, "reactions_head")]
    if style == 0:
        lines.append(" · ".join(parts))
    else:
        lines += _split(parts)
    return lines


def next_prev(ctx):
    r = ctx.rng
    style = _fixed(ctx, "style", lambda q: q.randrange(4))
    nxt, prev = _tpl(ctx, "next_label"), _tpl(ctx, "prev_label")
    heads = ctx.headlines(2)
    if style == 0:
        return [nxt, heads[0]]
    if style == 1:
        return [f"{nxt.rstrip(':')}: {heads[0]}"]
    if style == 2:
        return [prev, heads[0], nxt, heads[1]]
    return [f"← {prev.lstrip('← ')}" + "  |  " + f"{nxt.rstrip(':')} →"]


def support_appeal(ctx):
    pool = _P(ctx, "donate_body")
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.8, q.sample(range(len(pool)), q.choice([1, 1, 2])),
                                            q.random() < 0.35, q.random() < 0.5))
    lines = []
    if shape[0]:
        lines.append(_tpl(ctx, "donate_head"))
    for index in shape[1]:
        lines.append(_fill(ctx, pool[index]))
    lines += _split(_tpl(ctx, "donate_btn"))
    if shape[2]:
        lines.append(_tpl(ctx, "donate_extra"))
    if shape[3] and ctx.site["lang"] == "en":
        editor = ctx.fixed("editor", lambda q: _person(q, ctx.site["loc"])[0])
        lines.append(f"{editor}, Editor")
    return lines


def paywall_notice(ctx):
    r = ctx.rng
    pool = _P(ctx, "paywall")
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.5, q.sample(range(len(pool)), q.choice([1, 2, 2, 3]))))
    lines = []
    if shape[0]:
        m = ctx.fixed("paywall_m", lambda q: q.choice([3, 5, 5, 10]))
        lines.append(_tpl(ctx, "paywall_count", n=r.randint(1, m), m=m))
    lines += [_fill(ctx, pool[i]) for i in shape[1]]
    return lines


def app_promo(ctx):
    pool = _P(ctx, "app_promo")
    chosen = _fixed(ctx, "which", lambda q: q.sample(range(len(pool)), q.choice([1, 2])))
    return [_fill(ctx, pool[i]) for i in chosen]


def tip_line(ctx):
    return [_tpl(ctx, "tip")]


def _reader(ctx):
    site, r = ctx.site, ctx.rng
    lang, loc = site["lang"], site["loc"]
    x = r.random()
    name = _person(r, loc)[0]
    if x < 0.3:
        user = name
    elif x < 0.5:
        parts = name.split()
        user = f"{parts[0]} {parts[-1][0]}."
    elif x < 0.85:
        user = r.choice(HANDLES[lang]) + r.choice(["", str(r.randint(1, 99)), str(r.randint(1950, 2006)), "_" + _initials(r)])
    else:
        user = _pick(ctx, "anon")
    if lang == "lt" and r.random() < 0.3:
        user += f" (IP: {r.randint(78, 95)}.{r.randint(10, 250)}.*.*)"
    return user


def _comment_text(ctx):
    r = ctx.rng
    if r.random() < 0.2:
        return _pick(ctx, "c_short")
    parts = []
    if r.random() < 0.75:
        parts.append(_pick(ctx, "c_open"))
    mids = _P(ctx, "c_mid")
    for index in r.sample(range(len(mids)), 2 if r.random() < 0.3 else 1):
        parts.append(_fill(ctx, mids[index]))
    if r.random() < 0.55:
        parts.append(_pick(ctx, "c_close"))
    text = " ".join(parts)
    if r.random() < 0.06:
        text = text.lower()
    return text


def _comment(ctx, lay, reply_to=None):
    site, r = ctx.site, ctx.rng
    user = _reader(ctx)
    if lay["time"]:
        when = _ago(site["lang"], r)
    else:
        when = _date(ctx, ctx.published + timedelta(minutes=r.randint(10, 5000)), "comment")
    text = _comment_text(ctx)
    out = []
    if reply_to:
        out.append(_pick(ctx, "reply_marker", user=reply_to))
    form = lay["form"]
    if form == 0:
        out += [user, when, text]
    elif form == 1:
        out += [f"{user} · {when}", text]
    elif form == 2:
        out += [user, text, when]
    elif form == 3:
        out += [text, f"— {user}, {when}"]
    else:
        out += [f"{user} {_tpl(ctx, 'wrote_c')}", text, when]
    if lay["acts"]:
        out.append(_tpl(ctx, "comment_actions", n=r.randint(0, 60), m=r.randint(0, 15)))
    return user, out


def comments_section(ctx):
    r = ctx.rng
    lay = _fixed(ctx, "layout", lambda q: {"head": q.random() < 0.85, "sort": q.random() < 0.35,
                                           "count": q.random() < 0.25, "form": q.randrange(5),
                                           "acts": q.random() < 0.7, "more": q.random() < 0.5,
                                           "time": q.random() < 0.65, "gap": q.random() < 0.3})
    total = r.choice([0, 1, 2, 3, 4, 5, 8, 12, 17, 26, 41, 63, 118])
    shown = min(total, r.choice([1, 2, 2, 3, 3, 4, 5]))
    lines = []
    if lay["head"]:
        lines.append(_tpl(ctx, "comments_head", n=total))
    if lay["count"] and total:
        lines.append(_tpl(ctx, "comments_count", n=total, m=shown))
    if lay["sort"] and total > 1:
        lines.append(_tpl(ctx, "comments_sort"))
    if total == 0:
        lines.append(_pick(ctx, "no_comments"))
        return lines
    for _ in range(shown):
        user, block = _comment(ctx, lay)
        if lay["gap"]:
            lines.append("")
        lines += block
        if r.random() < 0.2:
            lines += _comment(ctx, lay, reply_to=user)[1]
    if lay["more"] and total > shown:
        lines.append(_tpl(ctx, "load_more", n=total))
    return lines


def comment_form(ctx):
    fields = _P(ctx, "cform_fields")
    shape = _fixed(ctx, "shape", lambda q: (q.random() < 0.85, q.sample(range(len(_P(ctx, "cform_notice"))), q.choice([1, 1, 2])),
                                            sorted(q.sample(range(len(fields)), q.randint(0, 4))), q.random() < 0.8))
    lines = []
    if shape[0]:
        lines.append(_tpl(ctx, "cform_head"))
    lines += [_fill(ctx, _P(ctx, "cform_notice")[i]) for i in shape[1]]
    lines += [_fill(ctx, fields[i]) for i in shape[2]]
    if shape[3]:
        lines.append(_tpl(ctx, "cform_btn"))
    return lines


def login_gate(ctx):
    pool = _P(ctx, "login_gate")
    chosen = _fixed(ctx, "which", lambda q: q.sample(range(len(pool)), q.choice([1, 1, 2])))
    return [_fill(ctx, pool[i]) for i in chosen]


def related_block(ctx):
    r = ctx.rng
    style = _fixed(ctx, "style", lambda q: q.randrange(ITEM_STYLES))
    count = r.choice([0, 3, 3, 4, 4, 5, 6]) if _fixed(ctx, "empty_ok", lambda q: q.random() < 0.15) else r.randint(3, 6)
    return [_tpl(ctx, "related_head")] + _items(ctx, _headlist(ctx, count), style) if count else \
        [_tpl(ctx, "related_head")]


def most_read(ctx):
    r = ctx.rng
    style = _fixed(ctx, "style", lambda q: q.choice([2, 2, 9, 0, 1, 5, 3]))
    return [_tpl(ctx, "most_read_head")] + _items(ctx, _headlist(ctx, r.randint(3, 5)), style)


def promoted_links(ctx):
    r = ctx.rng
    shape = _fixed(ctx, "shape", lambda q: (q.randrange(3), q.random() < 0.4))
    lines = [_tpl(ctx, "promoted_head")]
    pool = _P(ctx, "ad_heads")
    for index in r.sample(range(len(pool)), r.randint(2, 4)):
        head = _fill(ctx, pool[index])
        if shape[1] and ctx.site["lang"] == "en":
            head = _headline_case(head)
        brand = r.choice(BRANDS[ctx.site["lang"]])
        lines += [[head, brand], [f"{head} | {brand}"], [brand, head]][shape[0]]
    return lines


def site_siblings(ctx):
    r = ctx.rng
    heads = list(ctx.sibling_headlines) or ctx.headlines(r.randint(1, 3))
    style = _fixed(ctx, "style", lambda q: q.choice([0, 1, 8, 12, 3]))
    return [_tpl(ctx, "also_on")] + _items(ctx, heads, style)


def social_follow(ctx):
    lines = [_tpl(ctx, "follow")]
    if lines[0].rstrip(":").split()[-1] in ("on", "di", "na", "a", "mus") or \
            _fixed(ctx, "nets", lambda q: q.random() < 0.3):
        nets = _fixed(ctx, "netlist", lambda q: q.sample(_P(ctx, "follow_nets"), q.randint(3, 5)))
        lines += [_fixed(ctx, "netsep", lambda q: q.choice(SEPS)).join(nets)] \
            if _fixed(ctx, "oneline", lambda q: q.random() < 0.6) else nets
    return lines


def footer_links(ctx):
    links = _P(ctx, "footer_links")
    spec = _fixed(ctx, "spec", lambda q: (q.randrange(4), q.sample(links, q.randint(5, 10)), q.choice(SEPS),
                                          q.sample(_P(ctx, "footer_heads"), 2)))
    style, chosen, sep, heads = spec
    if style == 0:
        return [sep.join(chosen)]
    if style == 1:
        return list(chosen)
    if style == 2:
        half = len(chosen) // 2
        return [heads[0]] + chosen[:half] + [heads[1]] + chosen[half:]
    half = len(chosen) // 2
    return [sep.join(chosen[:half]), sep.join(chosen[half:])]


def editorial_staff(ctx):
    site = ctx.site
    pool = _P(ctx, "staff")
    chosen = _fixed(ctx, "which", lambda q: q.sample(range(len(pool)), q.choice([1, 1, 2])))
    lines = []
    for number, index in enumerate(chosen):
        who = ctx.fixed(f"staff{number}", lambda q: _person(q, site["loc"]))
        who2 = ctx.fixed(f"staff{number}b", lambda q: _person(q, site["loc"]))
        lines.append(_fill(ctx, _gendered(pool[index], who[1]), name=who[0], name2=who2[0]))
    return lines


def imprint(ctx):
    pool = _P(ctx, "imprint")
    chosen = _fixed(ctx, "which", lambda q: sorted(q.sample(range(len(pool)), q.randint(2, min(4, len(pool))))))
    return [_fill(ctx, pool[i]) for i in chosen]


def copyright_line(ctx):
    return [_tpl(ctx, "copyright")]


def privacy_links(ctx):
    pool = _P(ctx, "privacy_links")
    chosen = _fixed(ctx, "which", lambda q: q.sample(pool, q.choice([1, 2])))
    if len(chosen) > 1 and _fixed(ctx, "oneline", lambda q: q.random() < 0.5):
        return [" | ".join(chosen)]
    return list(chosen)


def back_to_top(ctx):
    return [_tpl(ctx, "top")]


# --------------------------------------------------------------------------------------
# The pieces: zone, probability a site uses it, usual rank in the zone

def _piece(kind, zone, p, rank, fn, **extra):
    return dict({"kind": kind, "zone": zone, "p": p, "rank": rank, "fn": fn}, **extra)


PIECES = [
    # head
    _piece("page_title", "head", 0.10, 0.0, page_title),
    _piece("cookie_banner", "head", 0.22, 0.5, cookie_banner, group="cookie"),
    _piece("cookie_consent_long", "head", 0.16, 0.5, cookie_consent_long, group="cookie"),
    _piece("skip_links", "head", 0.28, 1.0, skip_links),
    _piece("app_banner", "head", 0.12, 1.5, app_banner),
    _piece("account_bar", "head", 0.35, 2.0, account_bar),
    _piece("offer_strip", "head", 0.12, 2.5, offer_strip),
    _piece("edition_dateline", "head", 0.25, 3.0, edition_dateline),
    _piece("weather_widget", "head", 0.14, 3.4, weather_widget),
    _piece("market_strip", "head", 0.10, 3.6, market_strip),
    _piece("masthead", "head", 0.55, 4.0, masthead),
    _piece("menu_inline", "head", 0.40, 5.0, menu_inline, group="menu"),
    _piece("menu_stacked", "head", 0.30, 5.0, menu_stacked, group="menu"),
    _piece("news_ticker", "head", 0.22, 6.0, news_ticker),
    _piece("breadcrumb_trail", "head", 0.35, 7.0, breadcrumb_trail),
    _piece("section_kicker", "head", 0.25, 8.0, section_kicker),
    # lead
    _piece("archive_notice", "lead", 0.05, 0.0, archive_notice),
    _piece("byline", "lead", 0.50, 1.0, byline, group="byline"),
    _piece("byline_meta", "lead", 0.30, 1.0, byline_meta, group="byline"),
    _piece("published_line", "lead", 0.45, 2.0, published_line),
    _piece("updated_line", "lead", 0.20, 2.5, updated_line),
    _piece("reading_time", "lead", 0.25, 3.0, reading_time),
    _piece("comment_jump", "lead", 0.14, 3.5, comment_jump),
    _piece("share_top", "lead", 0.32, 4.0, share_top),
    _piece("audio_player", "lead", 0.12, 4.5, audio_player),
    _piece("article_tools", "lead", 0.10, 5.0, article_tools),
    _piece("follow_topic", "lead", 0.08, 5.0, follow_topic),
    _piece("lead_photo", "lead", 0.35, 6.0, lead_photo),
    # inline
    _piece("ad_slot", "inline", 0.40, 1.0, ad_slot),
    _piece("continue_marker", "inline", 0.12, 1.0, continue_marker),
    _piece("sponsored_inline", "inline", 0.12, 2.0, sponsored_inline, max=1),
    _piece("read_also", "inline", 0.35, 2.0, read_also),
    _piece("inline_related", "inline", 0.14, 3.0, inline_related, max=1),
    _piece("newsletter_box", "inline", 0.16, 3.0, newsletter_box, where="middle", max=1),
    _piece("reader_poll", "inline", 0.07, 3.0, reader_poll, where="middle", max=1),
    _piece("video_embed", "inline", 0.12, 2.5, video_embed, max=1),
    _piece("inline_photo", "inline", 0.22, 1.5, inline_photo),
    _piece("inline_promo", "inline", 0.14, 2.5, inline_promo, max=1),
    _piece("photo_gallery", "inline", 0.07, 1.5, photo_gallery, where="early", max=1),
    # tail
    _piece("agency_credit", "tail", 0.18, 0.2, agency_credit),
    _piece("correction_note", "tail", 0.07, 0.4, correction_note),
    _piece("print_note", "tail", 0.06, 0.8, print_note),
    _piece("share_bottom", "tail", 0.35, 1.0, share_bottom),
    _piece("disclaimer_note", "tail", 0.10, 1.5, disclaimer_note),
    _piece("tags_line", "tail", 0.40, 2.0, tags_line),
    _piece("topics_list", "tail", 0.14, 2.5, topics_list),
    _piece("author_bio", "tail", 0.22, 3.0, author_bio),
    _piece("more_from_author", "tail", 0.08, 3.5, more_from_author),
    _piece("feedback_prompt", "tail", 0.12, 4.0, feedback_prompt),
    _piece("reactions_widget", "tail", 0.10, 4.2, reactions_widget),
    _piece("next_prev", "tail", 0.14, 4.5, next_prev),
    _piece("support_appeal", "tail", 0.16, 5.0, support_appeal),
    _piece("paywall_notice", "tail", 0.12, 5.0, paywall_notice),
    _piece("newsletter_tail", "tail", 0.20, 5.5, newsletter_tail),
    _piece("app_promo", "tail", 0.14, 6.0, app_promo),
    _piece("tip_line", "tail", 0.12, 6.0, tip_line),
    _piece("comments_section", "tail", 0.35, 7.0, comments_section),
    _piece("comment_form", "tail", 0.20, 8.0, comment_form, group="comment_entry"),
    _piece("login_gate", "tail", 0.12, 8.0, login_gate, group="comment_entry"),
    _piece("related_block", "tail", 0.50, 9.0, related_block),
    _piece("site_siblings", "tail", 0.10, 9.5, site_siblings),
    _piece("most_read", "tail", 0.28, 10.0, most_read),
    _piece("promoted_links", "tail", 0.12, 10.5, promoted_links),
    _piece("social_follow", "tail", 0.28, 11.0, social_follow),
    _piece("footer_links", "tail", 0.42, 12.0, footer_links),
    _piece("editorial_staff", "tail", 0.14, 12.5, editorial_staff),
    _piece("imprint", "tail", 0.16, 13.0, imprint),
    _piece("back_to_top", "tail", 0.16, 13.5, back_to_top),
    _piece("copyright_line", "tail", 0.45, 14.0, copyright_line),
    _piece("privacy_links", "tail", 0.14, 14.5, privacy_links),
    _piece("cookie_bottom", "tail", 0.10, 15.0, cookie_bottom, group="cookie"),
]
