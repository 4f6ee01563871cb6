"""The annual report of international activity: every figure of a Jalali year beside the year before's,
with the records behind it, in one language (DESIGN.md 2.7, issue 17)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from app.common import clock, dates
from app.common.text import digits_for
from app.documents.report_data import (
    AnnualReport,
    BarChart,
    Breakdown,
    BreakdownRow,
    Figure,
    LineChart,
    ReportSection,
)
from app.services import context, settings
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.ordinances.holders import current_holders
from app.services.reports.records import Item, Year

FIRST_YEAR, LAST_YEAR = 1304, 1434
BARS = 8  # the largest groups drawn; the table lists them all
LANGS = ("fa", "en")


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
}
MONEY = ("approved", "paid")
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
}


def source(key: str, lang: str) -> str:
    en, fa = SOURCES.get(key, ("Partners and agreements", "دانشگاه‌های طرف همکاری و تفاهم‌نامه‌ها"))
    return fa if lang == "fa" else en


def _t(lang: str) -> Callable[[str, str], str]:
    return lambda en, fa: fa if lang == "fa" else en


def check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR < year <= LAST_YEAR:
        raise ValidationError(
            "year", QT_TRANSLATE_NOOP("errors", "The year must be a Jalali year, such as 1405.")
        )
    return year


def _value(items: list[Item], summed: bool) -> int:
    return sum(item.trace.amount or 0 for item in items) if summed else len(items)


def _figure(key: str, this: Year, last: Year) -> Figure:
    en, fa, def_en, def_fa = DEFINITIONS[key]
    money = key in MONEY
    lang = this.lang
    summed = key in SUMMED
    return Figure(
        key,
        fa if lang == "fa" else en,
        _value(this.items[key], summed),
        _value(last.items[key], summed),
        def_fa if lang == "fa" else def_en,
        money,
        tuple(item.trace for item in this.items[key]),
    )


def _groups(items: list[Item], group: str, money: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for item in items:
        label = item.groups.get(group)
        if label is not None:
            counts[label] += (item.trace.amount or 0) if money else 1
    return counts


def _breakdown(
    key: str, figure: str, group: str, title: str, heading: str, this: Year, last: Year
) -> Breakdown:
    money = figure in MONEY
    now, before = _groups(this.items[figure], group, money), _groups(last.items[figure], group, money)
    labels = sorted(set(now) | set(before), key=lambda label: (-now[label], -before[label], label))
    return Breakdown(
        key, title, heading, tuple(BreakdownRow(label, now[label], before[label]) for label in labels), money
    )


def _bars(breakdown: Breakdown, title: str) -> BarChart:
    rows = breakdown.rows[:BARS]
    return BarChart(
        breakdown.key,
        title,
        tuple(r.label for r in rows),
        tuple(r.this_year for r in rows),
        tuple(r.last_year for r in rows),
        breakdown.money,
    )


def _monthly(year: Year) -> tuple[int, ...]:
    counts = [0] * 12
    for key in ("visits", "meetings", "ordinances", "letters", "requests"):
        for item in year.items[key]:
            if item.month:
                counts[item.month - 1] += 1
    return tuple(counts)


def _sections(this: Year, last: Year) -> tuple[ReportSection, ...]:
    t = _t(this.lang)

    def figures(*keys: str) -> tuple[Figure, ...]:
        return tuple(_figure(key, this, last) for key in keys)

    def split(key: str, figure: str, group: str, title: str, heading: str) -> Breakdown:
        return _breakdown(key, figure, group, title, heading, this, last)

    country, kind = t("Country", "کشور"), t("Kind", "نوع")
    by_country = split(
        "visits_by_country", "visits", "country", t("Visits by country", "بازدیدها به تفکیک کشور"), country
    )
    guests_by_country = split(
        "guests_by_country", "guests", "country", t("Guests by country", "مهمانان به تفکیک کشور"), country
    )
    approved_by_unit = split(
        "approved_by_department",
        "approved",
        "department",
        t("Approved by department (rials)", "مبلغ مصوب به تفکیک گروه (ریال)"),
        t("Department", "گروه آموزشی"),
    )
    months = dates.JALALI_MONTHS_FA if this.lang == "fa" else dates.JALALI_MONTHS_EN
    activity = LineChart(
        "activity_by_month",
        t(
            "Activity by month: visits, meetings, ordinances, letters and requests",
            "فعالیت به تفکیک ماه: بازدیدها، جلسات، احکام، نامه‌ها و درخواست‌ها",
        ),
        tuple(months),
        _monthly(this),
        _monthly(last),
    )
    guests = ReportSection(
        "guests",
        t("Foreign guests", "مهمانان خارجی"),
        figures("visits", "guests", "delegations", "days_hosted"),
        (_bars(by_country, by_country.title),),
        (
            by_country,
            guests_by_country,
            split(
                "visits_by_purpose",
                "visits",
                "purpose",
                t("Visits by purpose", "بازدیدها به تفکیک هدف"),
                kind,
            ),
            split(
                "visits_by_host",
                "visits",
                "host",
                t("Visits by host unit", "بازدیدها به تفکیک واحد میزبان"),
                t("Host unit", "واحد میزبان"),
            ),
        ),
    )
    partners = ReportSection(
        "partners",
        t("Partners and agreements", "همکاران بین‌المللی و تفاهم‌نامه‌ها"),
        figures("agreements_active", "agreements_new", "agreements_ended", "agreements_dormant"),
        (),
        (
            split(
                "agreements_by_country",
                "agreements_active",
                "country",
                t("Active agreements by country", "تفاهم‌نامه‌های فعال به تفکیک کشور"),
                country,
            ),
        ),
    )
    mobility = ReportSection(
        "mobility",
        t("Outbound mobility: conference funding", "تحرک برون‌مرزی: حمایت از شرکت در همایش‌ها"),
        figures("requests", "approved", "paid"),
        (_bars(approved_by_unit, approved_by_unit.title),),
        (
            split(
                "requests_by_applicant",
                "requests",
                "applicant_kind",
                t("Requests by applicant", "درخواست‌ها به تفکیک متقاضی"),
                t("Applicant", "متقاضی"),
            ),
            split(
                "requests_by_presentation",
                "requests",
                "presentation",
                t("Presentations by kind", "ارائه‌ها به تفکیک نوع"),
                kind,
            ),
            approved_by_unit,
            split(
                "paid_by_department",
                "paid",
                "department",
                t("Paid by department (rials)", "مبلغ پرداخت‌شده به تفکیک گروه (ریال)"),
                t("Department", "گروه آموزشی"),
            ),
            split(
                "requests_by_country",
                "requests",
                "country",
                t("Requests by country of the conference", "درخواست‌ها به تفکیک کشور محل همایش"),
                country,
            ),
        ),
    )
    office = ReportSection(
        "office",
        t("The office's work", "کارنامه دفتر"),
        figures(
            "meetings",
            "resolutions",
            "actions_closed",
            "actions_overdue",
            "ordinances",
            "positions_filled",
            "positions_vacant",
            "letters",
        ),
        (activity,),
        (
            split(
                "meetings_by_kind",
                "meetings",
                "kind",
                t("Meetings held by kind", "جلسات برگزارشده به تفکیک نوع"),
                kind,
            ),
            split(
                "ordinances_by_kind",
                "ordinances",
                "kind",
                t("Ordinances issued by kind", "احکام صادرشده به تفکیک نوع"),
                kind,
            ),
        ),
    )
    return guests, partners, mobility, office


def annual_report(year: int, lang: str) -> AnnualReport:
    """The annual report of Jalali year `year` (with `year` - 1 beside it) in `lang` ("fa" or "en")."""
    year = check_year(year)
    lang = lang if lang in LANGS else "fa"
    today = clock.today()
    with context.database().reading() as session:
        this = Year(session, year, lang, today).gather()
        last = Year(session, year - 1, lang, today).gather()
    for y in (this, last):
        y.positions(current_holders(on=y.cut, within_days=0))
    t = _t(lang)
    s = settings.load()
    office = " — ".join(p for p in (s[f"office_{lang}"], s[f"faculty_{lang}"]) if p)
    year_text = digits_for(str(year), lang)
    return AnnualReport(
        lang=lang,
        year=year,
        title=t(f"International activity in {year_text}", f"گزارش فعالیت‌های بین‌المللی سال {year_text}"),
        subtitle=office,
        date_text=dates.written(today, lang),
        year_label=year_text,
        last_label=digits_for(str(year - 1), lang),
        sections=_sections(this, last),
        signatory_name=s[f"signatory_name_{lang}"],
        signatory_title=s[f"signatory_title_{lang}"],
    )
