"""What the checks find about a request, said in both languages: the messages, their subjects, and a finding
with its values written for the reader."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.common import dates
from app.common.money import format_amount
from app.common.text import digits_for
from app.services.funding.names import kind_with_article, name

MESSAGES: dict[str, tuple[str, str]] = {
    "no_rules": (
        "No budget and rules have been set for fiscal year {year}.",
        "بودجه و قواعد حمایت سال مالی {year} تعیین نشده است.",
    ),
    "no_lines": (
        "No amount has been requested: add at least one requested line.",
        "مبلغی درخواست نشده است: دست‌کم یک ردیف هزینه وارد کنید.",
    ),
    "min_days": (
        "The conference starts on {starts_on}, {days} days after {on}; requests must reach the office at "
        "least {min_days} days before the conference.",
        "همایش در {starts_on} آغاز می‌شود، {days} روز پس از {on}؛ درخواست باید دست‌کم {min_days} روز پیش از "
        "همایش به دفتر برسد.",
    ),
    "max_awards": (
        "The applicant already has {count} award(s) in fiscal years {first}–{last}; the rules allow at most "
        "{max_awards} in {window} year(s).",
        "متقاضی در سال‌های مالی {first} تا {last} تاکنون {count} بار حمایت شده است؛ سقف مجاز {max_awards} بار "
        "در {window} سال است.",
    ),
    "report_missing": (
        "The report of the earlier trip to {conference} (paid on {paid_on}) has not been received; a new "
        "request waits for it.",
        "گزارش سفر پیشین متقاضی به {conference} (پرداخت‌شده در {paid_on}) هنوز دریافت نشده است؛ درخواست "
        "تازه منوط به دریافت آن است.",
    ),
    "documents_missing": (
        "Required documents are missing: {documents}.",
        "مدارک لازم پیوست نشده است: {documents}.",
    ),
    "cap_applicant_kind": (
        "The {subject} of {amount} is above the {code} cap of {cap}.",
        "{subject} ({amount}) از سقف {cap} برای {code} بیشتر است.",
    ),
    "cap_academic_rank": (
        "The {subject} of {amount} is above the {code} cap of {cap}.",
        "{subject} ({amount}) از سقف {cap} برای مرتبه {code} بیشتر است.",
    ),
    "cap_presentation_kind": (
        "The {subject} of {amount} is above the {code} cap of {cap}.",
        "{subject} ({amount}) از سقف {cap} برای {code} بیشتر است.",
    ),
    "above_requested": (
        "The approved amount {amount} is more than the {requested} requested.",
        "مبلغ مصوب {amount} از مبلغ درخواستی {requested} بیشتر است.",
    ),
    "return_missing": (
        "The return report of the applicant's earlier {kind_name} ({title}, paid on {paid_on}) has not been "
        "received; a new request waits for it.",
        "گزارش بازگشت {kind_name} پیشین متقاضی ({title}، پرداخت‌شده در {paid_on}) هنوز دریافت نشده است؛ "
        "درخواست تازه منوط به دریافت آن است.",
    ),
    "kind_applicant": (
        "A {code} cannot apply for {kind} under this year's rules.",
        "طبق قواعد امسال، {code} نمی‌تواند برای {kind} درخواست دهد.",
    ),
    "kind_rank": (
        "The rank {code} is not among the ranks this year's rules allow for {kind}.",
        "مرتبه {code} در میان مرتبه‌هایی نیست که قواعد امسال برای {kind} می‌پذیرد.",
    ),
    "sabbatical_interval": (
        "The applicant's last sabbatical ended on {ended_on}, {years} year(s) before this one starts; the "
        "rules ask for at least {min_years} years of service between two sabbaticals.",
        "فرصت مطالعاتی پیشین متقاضی در {ended_on} به پایان رسیده است، {years} سال پیش از آغاز این یکی؛ "
        "قواعد دست‌کم {min_years} سال خدمت میان دو فرصت مطالعاتی می‌خواهند.",
    ),
    "language_missing": (
        "A language certificate with its score is required ({certificates}).",
        "مدرک زبان با نمره آن لازم است ({certificates}).",
    ),
    "language_score": (
        "The {certificate} score {score} is below the minimum of {minimum}.",
        "نمره {certificate} ({score}) از حداقل {minimum} کمتر است.",
    ),
    "supervisor_approval": (
        "The supervisor's approval of the study plan has not been recorded.",
        "موافقت استاد راهنما با برنامه مطالعاتی ثبت نشده است.",
    ),
    "kind_months": (
        "The rules allow at most {max} months for {kind}; this one is of {months} months.",
        "{kind} به مدت {months} ماه از سقف {max} ماه مجاز در قواعد بیشتر است.",
    ),
    "cap_stipend": (
        "The {subject} of {amount} is above the cap of {cap}: {months} months at the monthly stipend of "
        "{monthly} for {code} in country group {group}.",
        "{subject} ({amount}) از سقف {cap} بیشتر است: {months} ماه با مقرری ماهانه {monthly} برای مرتبه "
        "{code} در گروه کشوری {group}.",
    ),
    "cap_lump_sum": (
        "The {subject} of {amount} is above the lump sum of {cap} for {kind}.",
        "{subject} ({amount}) از مبلغ مقطوع {cap} برای {kind} بیشتر است.",
    ),
    "no_stipend": (
        "This year's rules set no monthly stipend for {code} in country group {group}.",
        "قواعد امسال مقرری ماهانه‌ای برای مرتبه {code} در گروه کشوری {group} تعیین نکرده است.",
    ),
    "budget": (
        "Approving {amount} would exceed the budget of fiscal year {year}: {remaining} remains, "
        "{over} short.",
        "تصویب {amount} از بودجه سال مالی {year} فراتر می‌رود: مانده بودجه {remaining} است و {over} کسر دارد.",
    ),
}
SUBJECTS = {
    "requested": ("requested total", "جمع مبلغ درخواستی"),
    "approved": ("approved amount", "مبلغ مصوب"),
}


@dataclass(frozen=True)
class Finding:
    """A rule the request breaks; `params` hold raw values, formatted for the language asked."""

    rule: str
    blocking: bool
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        template = MESSAGES[self.rule][1 if lang == "fa" else 0]
        return template.format(**{key: _format(key, value, lang) for key, value in self.params.items()})


def _format(key: str, value: Any, lang: str) -> str:
    if key in ("amount", "cap", "remaining", "over", "requested", "monthly"):
        return format_amount(value, "IRR", lang)
    if key in ("score", "minimum"):
        text = f"{value // 10}" if value % 10 == 0 else f"{value // 10}.{value % 10}"
        return digits_for(text.replace(".", "٫") if lang == "fa" else text, lang)
    if key == "kind":
        return name(value, lang) if lang == "fa" else kind_with_article(value)
    if key == "kind_name":
        return name(value, lang) if lang == "fa" else name(value, lang).lower()
    if key == "certificate":
        return name(value, lang)
    if key == "certificates":
        return ("، " if lang == "fa" else ", ").join(name(code, lang) for code in value)
    if isinstance(value, dt.date):
        return dates.written(value, lang)
    if key == "code":
        text = name(value, lang)
        return (
            text[0].lower() + text[1:]
            if lang == "en" and not text[:2].isupper() and not text.startswith(("PhD", "MSc"))
            else text
        )
    if key == "subject":
        return SUBJECTS[value][1 if lang == "fa" else 0]
    if key == "documents":
        return ("، " if lang == "fa" else ", ").join(name(code, lang) for code in value)
    return digits_for(str(value), lang)
