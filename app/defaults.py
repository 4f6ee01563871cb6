"""Every default setting in one place. Institution settings live in the database (shared by all the
office's PCs); interface preferences (language, calendar, window state) live in the user's QSettings."""

from __future__ import annotations

INSTITUTION_DEFAULTS: dict[str, str] = {
    "university_fa": "دانشگاه علوم پزشکی",
    "university_en": "University of Medical Sciences",
    "faculty_fa": "دانشکده پزشکی",
    "faculty_en": "School of Medicine",
    "office_fa": "معاونت بین‌الملل",
    "office_en": "Office of the International Vice-Chancellor",
    "signatory_name_fa": "",
    "signatory_name_en": "",
    "signatory_title_fa": "معاون بین‌الملل دانشکده پزشکی",
    "signatory_title_en": "International Vice-Chancellor, School of Medicine",
    "invocation_fa": "بسمه تعالی",
    "address_fa": "",
    "address_en": "",
    "phone": "",
    "email": "",
    "website": "",
    "logo": "",  # storage name of the logo image under the data folder
    "letter_number_format": "{year}/{seq:04d}/IVC",
    "letter_paper": "a4",  # the paper letters are printed on unless a letter says otherwise: "a4" or "a5"
    "setup_done": "",
}

# The ordinances register's own settings (stored under keys of their own, see services/ordinances/options.py).
ORDINANCE_NUMBER_FORMAT = "{year}/{seq:04d}/IVC-H"  # H for the decree (hokm): never a letter's number
ORDINANCE_REMINDER_DAYS = 60  # how many days before its end a term is flagged in the current holders

# The text a renewal is drafted with: it renews the earlier ordinance rather than appointing afresh.
# The first pair is for a position of a unit (a department's deputy), the second for one without a unit.
RENEWAL_BODY = {
    "fa": (
        "با سلام و احترام،\n"
        "نظر به پایان دوره حکم شماره {previous_number} مورخ {previous_date} و با سپاس از تلاش‌های جنابعالی در "
        "آن دوره، به موجب این حکم تصدی جنابعالی در سمت {position} {unit} برای دوره‌ای دیگر از {term_start} "
        "تا {term_end} تمدید می‌شود.\n"
        "امید است با بهره‌گیری از تجربه دوره گذشته، برنامه‌های بین‌المللی {unit} را با همان اهتمام پیش ببرید.\n"
        "توفیق روزافزون جنابعالی را از خداوند متعال خواستارم."
    ),
    "en": (
        "Dear {recipient_title} {recipient_name},\n"
        "As the term of Ordinance No. {previous_number} of {previous_date} comes to its end, and in "
        "appreciation of your work during it, your appointment as {position} of the {unit} is hereby renewed "
        "for a further term from {term_start} to {term_end}.\n"
        "I trust that you will carry the international programmes of the {unit} forward with the experience "
        "of the past term.\n"
        "I wish you every success."
    ),
}
RENEWAL_BODY_NO_UNIT = {
    "fa": (
        "با سلام و احترام،\n"
        "نظر به پایان دوره حکم شماره {previous_number} مورخ {previous_date}، به موجب این حکم عضویت جنابعالی "
        "به عنوان {position} برای دوره‌ای دیگر از {term_start} تا {term_end} تمدید می‌شود.\n"
        "توفیق روزافزون جنابعالی را از خداوند متعال خواستارم."
    ),
    "en": (
        "Dear {recipient_title} {recipient_name},\n"
        "As the term of Ordinance No. {previous_number} of {previous_date} comes to its end, your "
        "appointment as {position} is hereby renewed for a further term from {term_start} to {term_end}.\n"
        "I wish you every success."
    ),
}

# Interface preferences (QSettings keys) and their defaults.
UI_DEFAULTS: dict[str, str] = {
    "ui/language": "fa",
    "ui/calendar": "",  # empty: Jalali with the Persian interface, Gregorian with the English one
    "ui/profile": "",  # the secretary profile recorded in the audit log; empty: the OS user
    "today/remind_at_start": "1",  # "0": no notice of what is due and late at the first start of a day
    "today/reminded_on": "",  # the day (ISO) of the last such notice
}

SUPPORTED_LANGUAGES = ("fa", "en")
