"""What each figure of the annual report counts, in both languages, and which register it is read from."""

from __future__ import annotations

# key: (English label, Persian label, English definition, Persian definition)
DEFINITIONS: dict[str, tuple[str, str, str, str]] = {
    "visits": (
        "Visits",
        "بازدیدها",
        "Visits whose guests arrived in the year, not cancelled.",
        "بازدیدهایی که مهمانانشان در این سال وارد شدند، به‌جز بازدیدهای لغوشده.",
    ),
    "guests": (
        "Guests",
        "مهمانان",
        "Different people among the guests of those visits (a guest who came twice counts once).",
        "افراد متمایز در میان مهمانان این بازدیدها (مهمانی که دو بار آمده یک بار شمرده می‌شود).",
    ),
    "delegations": ("Delegations", "هیئت‌ها", "Visits of two guests or more.", "بازدیدهای دو مهمان یا بیشتر."),
    "days_hosted": (
        "Days hosted",
        "روزهای میزبانی",
        "Days from arrival to departure, both counted, summed over the visits.",
        "روزهای از ورود تا خروج، هر دو روز شمرده، جمع بر روی بازدیدها.",
    ),
    "agreements_active": (
        "Agreements active",
        "تفاهم‌نامه‌های فعال",
        "Agreements signed by the year's end and valid on at least one day of it (drafts and "
        "terminated agreements left out).",
        "تفاهم‌نامه‌هایی که تا پایان سال امضا شده و دست‌کم یک روز از سال معتبر بوده‌اند (به‌جز "
        "پیش‌نویس‌ها و تفاهم‌نامه‌های فسخ‌شده).",
    ),
    "agreements_new": (
        "New agreements",
        "تفاهم‌نامه‌های جدید",
        "Active agreements signed in the year.",
        "تفاهم‌نامه‌های فعالی که در این سال امضا شدند.",
    ),
    "agreements_ended": (
        "Agreements ended",
        "تفاهم‌نامه‌های پایان‌یافته",
        "Active agreements whose validity ended in the year.",
        "تفاهم‌نامه‌های فعالی که اعتبارشان در این سال به پایان رسید.",
    ),
    "agreements_dormant": (
        "Dormant agreements",
        "تفاهم‌نامه‌های راکد",
        "Active agreements with no visit of the year under them or from their partner.",
        "تفاهم‌نامه‌های فعالی که در این سال هیچ بازدیدی ذیل آن‌ها یا از دانشگاه طرف آن‌ها نبود.",
    ),
    "requests": (
        "Funding requests",
        "درخواست‌های حمایت",
        "Requests of the fiscal year, submitted (drafts and withdrawn requests left out).",
        "درخواست‌های سال مالی که ارسال شده‌اند (به‌جز پیش‌نویس‌ها و درخواست‌های پس‌گرفته‌شده).",
    ),
    "approved": (
        "Approved (rials)",
        "مبلغ مصوب (ریال)",
        "Amounts approved by the council in the year, whatever the year of the request, as the budget "
        "counts them.",
        "مبالغی که شورا در این سال تصویب کرد، از هر سالی که درخواست بوده، همان‌گونه که بودجه می‌شمارد.",
    ),
    "paid": (
        "Paid (rials)",
        "مبلغ پرداخت‌شده (ریال)",
        "Amounts paid on the approvals of the year.",
        "مبالغ پرداخت‌شده بابت مصوبات این سال.",
    ),
    "meetings": (
        "Meetings held",
        "جلسات برگزارشده",
        "Meetings that took place in the year (held, or with approved minutes).",
        "جلساتی که در این سال برگزار شدند (برگزارشده یا با صورتجلسه تأییدشده).",
    ),
    "resolutions": (
        "Resolutions",
        "مصوبات",
        "Resolutions of the meetings held in the year.",
        "مصوبات جلسات برگزارشده در این سال.",
    ),
    "actions_closed": (
        "Actions closed",
        "اقدامات انجام‌شده",
        "Action items closed as done in the year.",
        "اقدام‌هایی که در این سال انجام و بسته شدند.",
    ),
    "actions_overdue": (
        "Actions overdue",
        "اقدامات معوق",
        "Action items past their due date and still open on the year's last day (or today, in the "
        "current year).",
        "اقدام‌هایی که موعدشان گذشته و در آخرین روز سال (یا امروز، در سال جاری) هنوز باز بودند.",
    ),
    "ordinances": (
        "Ordinances issued",
        "احکام صادرشده",
        "Ordinances issued in the year (those revoked or superseded since included; void ones not).",
        "احکامی که در این سال صادر شدند (با احکامی که بعداً لغو یا جایگزین شدند؛ بدون احکام باطل‌شده).",
    ),
    "positions_filled": (
        "Deputy positions filled",
        "سمت‌های معاونت دارای متصدی",
        "Unit positions (international deputies of departments and hospitals) held on the "
        "year's last day (or today).",
        "سمت‌های واحدها (معاونان بین‌الملل گروه‌ها و بیمارستان‌ها) که در آخرین روز سال (یا امروز) متصدی داشتند.",
    ),
    "positions_vacant": (
        "Deputy positions vacant",
        "سمت‌های معاونت خالی",
        "The same positions without a holder on that day.",
        "همان سمت‌ها که در آن روز متصدی نداشتند.",
    ),
    "letters": (
        "Letters issued",
        "نامه‌های صادرشده",
        "Letters of the outgoing register issued in the year (void ones left out).",
        "نامه‌های دفتر صادره که در این سال صادر شدند (بدون نامه‌های باطل‌شده).",
    ),
    "qs_faculty_ratio": (
        "International faculty ratio (QS)",
        "نسبت هیئت علمی بین‌المللی (QS)",
        "International faculty (QS) as a share of the faculty counted for QS, the two figures below. Its "
        "records are the faculty counted, each with the citizenship it is read by.",
        "اعضای هیئت علمی بین‌المللی (QS) به‌صورت سهمی از اعضای هیئت علمی شمارش‌شده برای QS، دو شاخص بعد. "
        "سوابق آن اعضای شمارش‌شده‌اند، هر یک با تابعیتی که بر پایه آن شمرده شده است.",
    ),
    "qs_students_ratio": (
        "International student ratio (QS)",
        "نسبت دانشجویان بین‌المللی (QS)",
        "International students (QS) as a share of the students counted for QS, the two figures below.",
        "دانشجویان بین‌المللی (QS) به‌صورت سهمی از دانشجویان شمارش‌شده برای QS، دو شاخص بعد.",
    ),
    "the_staff_ratio": (
        "Proportion of international staff (THE)",
        "نسبت کارکنان علمی بین‌المللی (THE)",
        "International staff (THE) as a share of the academic staff counted for THE, the two figures below.",
        "کارکنان علمی بین‌المللی (THE) به‌صورت سهمی از کارکنان علمی شمارش‌شده برای THE، دو شاخص بعد.",
    ),
    "the_students_ratio": (
        "Proportion of international students (THE)",
        "نسبت دانشجویان بین‌المللی (THE)",
        "International students (THE) as a share of the students counted for THE, the two figures below.",
        "دانشجویان بین‌المللی (THE) به‌صورت سهمی از دانشجویان شمارش‌شده برای THE، دو شاخص بعد.",
    ),
    "qs_faculty_international": (
        "International faculty (QS)",
        "اعضای هیئت علمی بین‌المللی (QS)",
        "Faculty members counted for QS (below) whose citizenship at birth is not Iranian (a dual citizen "
        "is read by the citizenship marked as the one at birth). QS's international faculty ratio is this "
        "figure over the next.",
        "اعضای هیئت علمی شمارش‌شده برای QS (شاخص بعد) که تابعیت هنگام تولدشان ایرانی نیست (دارنده دو تابعیت "
        "با تابعیتی شمرده می‌شود که تابعیت هنگام تولد علامت خورده است). نسبت هیئت علمی بین‌المللی QS حاصل "
        "تقسیم این عدد بر عدد بعد است.",
    ),
    "qs_faculty": (
        "Faculty counted (QS)",
        "اعضای هیئت علمی شمارش‌شده (QS)",
        "Faculty members at the faculty on at least one day of the year whose stay lasts at least three "
        "months (90 days, from its first day to its last, or to today while open; a stay with no start date "
        "counts); visiting academics employed by another institution are left out.",
        "اعضای هیئت علمی حاضر در دانشکده دست‌کم در یک روز از سال که حضورشان دست‌کم سه ماه (۹۰ روز، از روز "
        "نخست تا روز آخر، یا تا امروز اگر ادامه دارد؛ حضور بدون تاریخ آغاز شمرده می‌شود) است؛ استادان مدعوی "
        "که کارمند مؤسسه دیگری هستند شمرده نمی‌شوند.",
    ),
    "qs_students_international": (
        "International students (QS)",
        "دانشجویان بین‌المللی (QS)",
        "Students counted for QS (below) whose citizenship at birth is not Iranian. QS's international "
        "student ratio is this figure over the next.",
        "دانشجویان شمارش‌شده برای QS (شاخص بعد) که تابعیت هنگام تولدشان ایرانی نیست. نسبت دانشجویان "
        "بین‌المللی QS حاصل تقسیم این عدد بر عدد بعد است.",
    ),
    "qs_students": (
        "Students counted (QS)",
        "دانشجویان شمارش‌شده (QS)",
        "Residents, PhD, MSc and other students at the faculty on at least one day of the year who study on "
        "campus (offshore and distance students are left out).",
        "دستیاران، دانشجویان دکتری، کارشناسی ارشد و سایر دانشجویان حاضر در دانشکده دست‌کم در یک روز از سال "
        "که حضوری در دانشکده تحصیل می‌کنند (دانشجویان شعبه‌های خارج از کشور و آموزش از راه دور شمرده "
        "نمی‌شوند).",
    ),
    "the_staff_international": (
        "International staff (THE)",
        "کارکنان علمی بین‌المللی (THE)",
        "Faculty members counted for THE (below) with a citizenship recorded and no Iranian citizenship. "
        "THE's proportion of international staff is this figure over the next. THE's third measure of "
        "international outlook, international co-authorship, is read from publication databases and cannot "
        "be counted from the office's registers: it is not in this pack.",
        "اعضای هیئت علمی شمارش‌شده برای THE (شاخص بعد) که تابعیتشان ثبت شده و تابعیت ایرانی ندارند. نسبت "
        "کارکنان علمی بین‌المللی THE حاصل تقسیم این عدد بر عدد بعد است. سنجه سوم چشم‌انداز بین‌المللی THE، "
        "یعنی هم‌نویسندگی بین‌المللی، از پایگاه‌های انتشارات خوانده می‌شود و از دفترهای این دفتر شمردنی "
        "نیست؛ در این بسته نیامده است.",
    ),
    "the_staff": (
        "Academic staff counted (THE)",
        "کارکنان علمی شمارش‌شده (THE)",
        "Faculty members at the faculty on at least one day of the year, however long they stay; visiting "
        "academics employed by another institution are left out.",
        "اعضای هیئت علمی حاضر در دانشکده دست‌کم در یک روز از سال، با هر مدت حضور؛ استادان مدعوی که کارمند "
        "مؤسسه دیگری هستند شمرده نمی‌شوند.",
    ),
    "the_students_international": (
        "International students (THE)",
        "دانشجویان بین‌المللی (THE)",
        "Students counted for THE (below) with a citizenship recorded and no Iranian citizenship. THE's "
        "proportion of international students is this figure over the next.",
        "دانشجویان شمارش‌شده برای THE (شاخص بعد) که تابعیتشان ثبت شده و تابعیت ایرانی ندارند. نسبت "
        "دانشجویان بین‌المللی THE حاصل تقسیم این عدد بر عدد بعد است.",
    ),
    "the_students": (
        "Students counted (THE)",
        "دانشجویان شمارش‌شده (THE)",
        "Residents, PhD, MSc and other students at the faculty on at least one day of the year, whatever "
        "their study mode.",
        "دستیاران، دانشجویان دکتری، کارشناسی ارشد و سایر دانشجویان حاضر در دانشکده دست‌کم در یک روز از سال، "
        "با هر شیوه تحصیل.",
    ),
    "exchange_inbound": (
        "Inbound exchange",
        "تبادل ورودی",
        "The year's guests, as counted above: different people among the guests of the visits that "
        "arrived in the year.",
        "مهمانان سال، همان‌گونه که بالاتر شمرده شدند: افراد متمایز در میان مهمانان بازدیدهایی که در این سال "
        "وارد شدند.",
    ),
    "exchange_outbound": (
        "Outbound exchange",
        "تبادل خروجی",
        "Funding requests of the fiscal year approved (approved, partly approved, or paid since) for a trip "
        "abroad: conferences, sabbaticals, missions and study abroad.",
        "درخواست‌های حمایت سال مالی که برای سفر به خارج از کشور (همایش، فرصت مطالعاتی، مأموریت و دوره خارج) "
        "تصویب شده‌اند (تصویب، تصویب بخشی، یا پرداخت‌شده پس از آن).",
    ),
}


MONEY = ("approved", "paid")


# A share (in tenths of a percent) -> (the figure counted, the figure it is a share of)
RATIOS = {
    "qs_faculty_ratio": ("qs_faculty_international", "qs_faculty"),
    "qs_students_ratio": ("qs_students_international", "qs_students"),
    "the_staff_ratio": ("the_staff_international", "the_staff"),
    "the_students_ratio": ("the_students_international", "the_students"),
}


def share(part: int, whole: int) -> int:
    """`part` of `whole` in tenths of a percent, rounded half up (5 of 9 is 556, 55.6%); 0 of nothing."""
    return (2000 * part + whole) // (2 * whole) if whole else 0


SUMMED = (*MONEY, "days_hosted")  # figures that add up their records' amounts rather than count them


SOURCES: dict[str, tuple[str, str]] = {
    "visits": ("Visits register", "دفتر بازدیدها"),
    "guests": ("Visits register and directory", "دفتر بازدیدها و فهرست افراد"),
    "delegations": ("Visits register", "دفتر بازدیدها"),
    "days_hosted": ("Visits register", "دفتر بازدیدها"),
    "requests": ("Funding requests", "درخواست‌های حمایت"),
    "approved": ("Funding requests (council decisions)", "درخواست‌های حمایت (تصمیمات شورا)"),
    "paid": ("Funding requests (payments)", "درخواست‌های حمایت (پرداخت‌ها)"),
    "meetings": ("Meetings", "جلسات"),
    "resolutions": ("Meetings (minutes)", "جلسات (صورتجلسه‌ها)"),
    "actions_closed": ("Meetings (action items)", "جلسات (اقدامات)"),
    "actions_overdue": ("Meetings (action items)", "جلسات (اقدامات)"),
    "ordinances": ("Ordinances register", "دفتر احکام"),
    "positions_filled": ("Ordinances (current holders)", "احکام (متصدیان فعلی)"),
    "positions_vacant": ("Ordinances (current holders)", "احکام (متصدیان فعلی)"),
    "letters": ("Outgoing letters register", "دفتر نامه‌های صادره"),
    **{
        key: (
            f"Directory (people); definition after {ranking}'s methodology",
            f"فهرست افراد؛ تعریف بر پایه روش‌شناسی {ranking}",
        )
        for ranking, keys in (
            ("QS", ("qs_faculty_ratio", "qs_faculty_international", "qs_faculty")),
            ("QS", ("qs_students_ratio", "qs_students_international", "qs_students")),
            ("THE", ("the_staff_ratio", "the_staff_international", "the_staff")),
            ("THE", ("the_students_ratio", "the_students_international", "the_students")),
        )
        for key in keys
    },
    "exchange_inbound": ("Visits register and directory", "دفتر بازدیدها و فهرست افراد"),
    "exchange_outbound": ("Funding requests (council decisions)", "درخواست‌های حمایت (تصمیمات شورا)"),
}


def source(key: str, lang: str) -> str:
    en, fa = SOURCES.get(key, ("Partners and agreements", "دانشگاه‌های طرف همکاری و تفاهم‌نامه‌ها"))
    return fa if lang == "fa" else en
