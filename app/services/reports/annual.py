"""The annual report of international activity: every figure of a Jalali year beside the year before's,
with the records behind it, in one language (DESIGN.md 2.7, issue 17)."""

from __future__ import annotations

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
from app.services.reports.counts import Counts
from app.services.reports.definitions import (  # noqa: F401 (also re-exported here, the old path)
    DEFINITIONS,
    MONEY,
    RATIOS,
    SOURCES,
    SUMMED,
    source,
)

FIRST_YEAR, LAST_YEAR = 1304, 1434
BARS = 8  # the largest groups drawn; the table lists them all
LANGS = ("fa", "en")


def _t(lang: str) -> Callable[[str, str], str]:
    return lambda en, fa: fa if lang == "fa" else en


def check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR < year <= LAST_YEAR:
        raise ValidationError(
            "year", QT_TRANSLATE_NOOP("errors", "The year must be a Jalali year, such as 1405.")
        )
    return year


def _figure(key: str, this: Counts, last: Counts) -> Figure:
    en, fa, def_en, def_fa = DEFINITIONS[key]
    money = key in MONEY
    lang = this.lang
    return Figure(
        key,
        fa if lang == "fa" else en,
        this.value(key),
        last.value(key),
        def_fa if lang == "fa" else def_en,
        money,
        this.traces(key),  # type: ignore[arg-type] # a Sequence read when looked at, as the tuple it stands for
        percent=key in RATIOS,
    )


def _breakdown(
    key: str, figure: str, group: str, title: str, heading: str, this: Counts, last: Counts
) -> Breakdown:
    money = figure in MONEY
    now, before = this.group(figure, group), last.group(figure, group)
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


def _sections(this: Counts, last: Counts) -> tuple[ReportSection, ...]:
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
        this.monthly(),
        last.monthly(),
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
        t(
            "Outbound mobility: conferences, sabbaticals, missions and study abroad",
            "تحرک برون‌مرزی: همایش‌ها، فرصت‌های مطالعاتی، مأموریت‌ها و دوره‌های خارج از کشور",
        ),
        figures("requests", "approved", "paid"),
        (_bars(approved_by_unit, approved_by_unit.title),),
        (
            split(
                "requests_by_kind",
                "requests",
                "request_kind",
                t("Requests by kind", "درخواست‌ها به تفکیک نوع"),
                kind,
            ),
            split(
                "approved_by_kind",
                "approved",
                "request_kind",
                t("Approved by kind (rials)", "مبلغ مصوب به تفکیک نوع درخواست (ریال)"),
                kind,
            ),
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
    indicators = ReportSection(
        "indicators",
        t("Ranking indicators: QS and THE", "شاخص‌های رتبه‌بندی: QS و THE"),
        figures(
            "qs_faculty_ratio",
            "qs_faculty_international",
            "qs_faculty",
            "qs_students_ratio",
            "qs_students_international",
            "qs_students",
            "the_staff_ratio",
            "the_staff_international",
            "the_staff",
            "the_students_ratio",
            "the_students_international",
            "the_students",
            "exchange_inbound",
            "exchange_outbound",
        ),
    )
    return guests, partners, mobility, office, indicators


def annual_report(year: int, lang: str) -> AnnualReport:
    """The annual report of Jalali year `year` (with `year` - 1 beside it) in `lang` ("fa" or "en")."""
    year = check_year(year)
    lang = lang if lang in LANGS else "fa"
    today = clock.today()
    with context.database().reading() as session:
        this = Counts(session, year, lang, today)  # COUNT / SUM ... GROUP BY: the records are read only
        last = Counts(session, year - 1, lang, today)  # when a figure's traces are looked at
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
