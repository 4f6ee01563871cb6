"""The sample data's raw material: departments, hospitals and centres, Persian and foreign names, partner
institutions, agreement titles, ranks and how often each kind of person occurs."""

from __future__ import annotations

DEPARTMENTS = [
    ("گروه آناتومی", "Department of Anatomy"),
    ("گروه فیزیولوژی", "Department of Physiology"),
    ("گروه بیوشیمی", "Department of Biochemistry"),
    ("گروه فارماکولوژی", "Department of Pharmacology"),
    ("گروه پاتولوژی", "Department of Pathology"),
    ("گروه میکروب‌شناسی", "Department of Microbiology"),
    ("گروه ایمنی‌شناسی", "Department of Immunology"),
    ("گروه ژنتیک پزشکی", "Department of Medical Genetics"),
    ("گروه داخلی", "Department of Internal Medicine"),
    ("گروه جراحی عمومی", "Department of General Surgery"),
    ("گروه کودکان", "Department of Pediatrics"),
    ("گروه زنان و زایمان", "Department of Obstetrics and Gynecology"),
    ("گروه قلب و عروق", "Department of Cardiology"),
    ("گروه مغز و اعصاب", "Department of Neurology"),
    ("گروه روان‌پزشکی", "Department of Psychiatry"),
    ("گروه رادیولوژی", "Department of Radiology"),
    ("گروه بیهوشی", "Department of Anesthesiology"),
    ("گروه ارتوپدی", "Department of Orthopedics"),
    ("گروه چشم‌پزشکی", "Department of Ophthalmology"),
    ("گروه پوست", "Department of Dermatology"),
    ("گروه عفونی", "Department of Infectious Diseases"),
    ("گروه پزشکی اجتماعی", "Department of Community Medicine"),
    ("گروه طب اورژانس", "Department of Emergency Medicine"),
    ("گروه گوش، حلق و بینی", "Department of Otolaryngology"),
]


HOSPITALS = [
    ("بیمارستان امام خمینی", "Imam Khomeini Hospital"),
    ("بیمارستان شریعتی", "Shariati Hospital"),
    ("بیمارستان سینا", "Sina Hospital"),
    ("بیمارستان مرکز طبی کودکان", "Children's Medical Center"),
    ("بیمارستان فارابی", "Farabi Eye Hospital"),
    ("بیمارستان روزبه", "Roozbeh Psychiatric Hospital"),
    ("بیمارستان بهارلو", "Baharloo Hospital"),
    ("بیمارستان ضیائیان", "Ziaeian Hospital"),
]


CENTRES = [
    ("مرکز تحقیقات قلب", "Cardiovascular Research Center"),
    ("مرکز تحقیقات غدد و متابولیسم", "Endocrinology and Metabolism Research Center"),
    ("مرکز تحقیقات سرطان", "Cancer Research Center"),
    ("مرکز تحقیقات علوم اعصاب", "Neuroscience Research Center"),
]


FIRST_NAMES = [
    ("علی", "Ali"),
    ("محمد", "Mohammad"),
    ("حسین", "Hossein"),
    ("رضا", "Reza"),
    ("مهدی", "Mahdi"),
    ("امیر", "Amir"),
    ("سعید", "Saeed"),
    ("حمید", "Hamid"),
    ("مسعود", "Masoud"),
    ("کاوه", "Kaveh"),
    ("فاطمه", "Fatemeh"),
    ("زهرا", "Zahra"),
    ("مریم", "Maryam"),
    ("سارا", "Sara"),
    ("نرگس", "Narges"),
    ("لیلا", "Leila"),
    ("شیرین", "Shirin"),
    ("مهسا", "Mahsa"),
    ("نازنین", "Nazanin"),
    ("پریسا", "Parisa"),
    ("آرش", "Arash"),
    ("بهاره", "Bahareh"),
    ("یاسمن", "Yasaman"),
    ("کیانا", "Kiana"),
    ("پویا", "Pouya"),
]


LAST_NAMES = [
    ("رضایی", "Rezaei"),
    ("محمدی", "Mohammadi"),
    ("حسینی", "Hosseini"),
    ("احمدی", "Ahmadi"),
    ("کریمی", "Karimi"),
    ("موسوی", "Mousavi"),
    ("جعفری", "Jafari"),
    ("صادقی", "Sadeghi"),
    ("رحیمی", "Rahimi"),
    ("نوری", "Nouri"),
    ("کاظمی", "Kazemi"),
    ("طاهری", "Taheri"),
    ("قاسمی", "Ghasemi"),
    ("یزدانی", "Yazdani"),
    ("اکبری", "Akbari"),
    ("شریفی", "Sharifi"),
    ("نجفی", "Najafi"),
    ("میرزایی", "Mirzaei"),
    ("عباسی", "Abbasi"),
    ("فرهادی", "Farhadi"),
    ("تهرانی", "Tehrani"),
    ("شیرازی", "Shirazi"),
    ("اصفهانی", "Esfahani"),
    ("بهرامی", "Bahrami"),
]


FOREIGN = [
    ("Anna", "Schmidt", "DE"),
    ("Thomas", "Müller", "DE"),
    ("Marie", "Dubois", "FR"),
    ("Luca", "Rossi", "IT"),
    ("Sofia", "García", "ES"),
    ("James", "Wilson", "GB"),
    ("Emily", "Clarke", "GB"),
    ("Kenji", "Tanaka", "JP"),
    ("Wei", "Zhang", "CN"),
    ("Elif", "Yılmaz", "TR"),
    ("Ivan", "Petrov", "RU"),
    ("Lars", "Andersson", "SE"),
    ("Priya", "Sharma", "IN"),
    ("Ahmad", "Rahman", "MY"),
    ("Olga", "Kovalenko", "UA"),
    ("Jan", "de Vries", "NL"),
    ("Sarah", "Miller", "US"),
    ("Michael", "Brown", "CA"),
    ("Aigerim", "Nurlanovna", "KZ"),
    ("Omar", "Haddad", "LB"),
]


PARTNERS = [
    ("Karolinska Institutet", "مؤسسه کارولینسکا", "SE", "Stockholm"),
    ("Charité – Universitätsmedizin Berlin", "بیمارستان دانشگاهی شاریته برلین", "DE", "Berlin"),
    ("University of Oxford", "دانشگاه آکسفورد", "GB", "Oxford"),
    ("Sorbonne Université", "دانشگاه سوربن", "FR", "Paris"),
    ("University of Bologna", "دانشگاه بولونیا", "IT", "Bologna"),
    ("Hacettepe University", "دانشگاه حاجت‌تپه", "TR", "Ankara"),
    ("Istanbul University", "دانشگاه استانبول", "TR", "Istanbul"),
    ("Kyoto University", "دانشگاه کیوتو", "JP", "Kyoto"),
    ("Peking University Health Science Center", "مرکز علوم سلامت دانشگاه پکن", "CN", "Beijing"),
    ("University of Malaya", "دانشگاه مالایا", "MY", "Kuala Lumpur"),
    ("Sechenov University", "دانشگاه سچنوف", "RU", "Moscow"),
    ("University of Toronto", "دانشگاه تورنتو", "CA", "Toronto"),
    ("Aga Khan University", "دانشگاه آقاخان", "PK", "Karachi"),
    ("American University of Beirut", "دانشگاه آمریکایی بیروت", "LB", "Beirut"),
    ("University of Vienna", "دانشگاه وین", "AT", "Vienna"),
    ("Yerevan State Medical University", "دانشگاه علوم پزشکی دولتی ایروان", "AM", "Yerevan"),
    ("University of Baghdad", "دانشگاه بغداد", "IQ", "Baghdad"),
    ("Kabul University of Medical Sciences", "دانشگاه علوم طبی کابل", "AF", "Kabul"),
    ("University of Melbourne", "دانشگاه ملبورن", "AU", "Melbourne"),
    ("Erasmus MC", "مرکز پزشکی اراسموس", "NL", "Rotterdam"),
]


AGREEMENT_TITLES = (
    "Memorandum of understanding",
    "Student exchange agreement",
    "Research collaboration agreement",
)


RANKS = ("instructor", "assistant_professor", "associate_professor", "professor")


KIND_WEIGHTS = (
    ("faculty", 40),
    ("resident", 20),
    ("phd_student", 10),
    ("msc_student", 10),
    ("student", 10),
    ("staff", 5),
    ("foreign_guest", 5),
)

# first names of women among FIRST_NAMES: how the sample people are addressed (سرکار خانم / Ms)
WOMEN = {
    "فاطمه",
    "زهرا",
    "مریم",
    "سارا",
    "نرگس",
    "لیلا",
    "شیرین",
    "مهسا",
    "نازنین",
    "پریسا",
    "بهاره",
    "یاسمن",
    "کیانا",
}
