"""The rules of each Jalali fiscal year and the checks a request must pass.

A broken rule is a Finding: which rule, and why in words, in English and in Persian (letters, annexes and
the interface show it in either language). Blocking findings stop the step (submission, approval);
the others are warnings shown with the request. The same checks run for the interface (live, on the
values being typed), the command line and the council's resolutions: no path around them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.money import format_amount
from app.common.text import digits_for
from app.services import audit, context
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.funding.names import name
from db.models import FundingDocument, FundingRequest, FundingRules
from db.models.directory import ACADEMIC_RANKS
from db.models.funding import APPLICANT_KINDS, DOCUMENT_KINDS, PRESENTATION_KINDS

CAP_DIMENSIONS = {
    "applicant_kind": APPLICANT_KINDS,
    "academic_rank": ACADEMIC_RANKS,
    "presentation_kind": PRESENTATION_KINDS,
}
MAX_IRR = 10**15
# Statuses in which a request holds an award (money approved and not given up).
AWARDED = ("approved", "partly_approved", "paid", "report_received", "closed")

DEFAULT_DOCUMENTS: dict[str, list[str]] = {
    "faculty": ["acceptance_letter", "abstract", "registration_invoice"],
    "resident": ["acceptance_letter", "abstract", "registration_invoice", "department_approval"],
    "phd_student": ["acceptance_letter", "abstract", "registration_invoice", "supervisor_letter"],
    "msc_student": ["acceptance_letter", "abstract", "registration_invoice", "supervisor_letter"],
}


@dataclass(frozen=True)
class RuleSet:
    """One fiscal year's rules; amounts in rials."""

    fiscal_year: int
    budget_irr: int = 0
    caps: dict[str, dict[str, int]] = field(default_factory=dict)  # dimension -> code -> cap
    max_awards: int = 1
    award_window_years: int = 1
    min_days_before: int = 30
    report_required: bool = True
    required_documents: dict[str, list[str]] = field(default_factory=lambda: dict(DEFAULT_DOCUMENTS))
    stored: bool = False  # False: no rules have been saved for the year (these are the defaults)


# ---------------------------------------------------------------- findings

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
        "The conference starts on {starts_on}, {days} days after {on}; requests must reach the office at least "
        "{min_days} days before the conference.",
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
    "budget": (
        "Approving {amount} would exceed the budget of fiscal year {year}: {remaining} remains, {over} short.",
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
    if key in ("amount", "cap", "remaining", "over", "requested"):
        return format_amount(value, "IRR", lang)
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


# ---------------------------------------------------------------- the rules of a year


def _rule_set(row: FundingRules | None, year: int) -> RuleSet:
    if row is None:
        return RuleSet(year)
    return RuleSet(
        fiscal_year=row.fiscal_year,
        budget_irr=row.budget_irr,
        caps=json.loads(row.caps or "{}"),
        max_awards=row.max_awards,
        award_window_years=row.award_window_years,
        min_days_before=row.min_days_before,
        report_required=row.report_required,
        required_documents=json.loads(row.required_documents or "{}"),
        stored=True,
    )


def rules_in(session: Session, year: int) -> RuleSet:
    return _rule_set(session.get(FundingRules, year), year)


def get_rules(year: int) -> RuleSet:
    """The rules of a fiscal year (the defaults, with `stored` False, when none were saved)."""
    with context.database().reading() as session:
        return rules_in(session, year)


def rule_years() -> list[int]:
    with context.database().reading() as session:
        return list(
            session.execute(select(FundingRules.fiscal_year).order_by(FundingRules.fiscal_year)).scalars()
        )


def _count(data: dict[str, Any], key: str, low: int, high: int) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."), low=low, high=high
        )
    return value


def clean_rules(data: dict[str, Any]) -> dict[str, Any]:
    """A year's rules checked: amounts are whole rials, caps and documents name known codes."""
    values = {
        "fiscal_year": _count(data, "fiscal_year", 1304, 1435),
        "budget_irr": _count(data, "budget_irr", 0, MAX_IRR),
        "max_awards": _count(data, "max_awards", 1, 50),
        "award_window_years": _count(data, "award_window_years", 1, 20),
        "min_days_before": _count(data, "min_days_before", 0, 365),
        "report_required": bool(data.get("report_required", True)),
    }
    caps = data.get("caps") or {}
    if not isinstance(caps, dict):
        raise ValidationError("caps", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    clean_caps: dict[str, dict[str, int]] = {}
    for dimension, entries in caps.items():
        if dimension not in CAP_DIMENSIONS or not isinstance(entries, dict):
            raise ValidationError("caps", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
        for code, cap in entries.items():
            if code not in CAP_DIMENSIONS[dimension]:
                raise ValidationError(
                    "caps", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options.")
                )
            if cap is None:
                continue
            if isinstance(cap, bool) or not isinstance(cap, int) or not 0 < cap <= MAX_IRR:
                raise ValidationError(
                    "caps", QT_TRANSLATE_NOOP("errors", "A cap is a whole number of rials greater than zero.")
                )
            clean_caps.setdefault(dimension, {})[code] = cap
    documents = data.get("required_documents")
    documents = DEFAULT_DOCUMENTS if documents is None else documents
    if not isinstance(documents, dict):
        raise ValidationError(
            "required_documents", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options.")
        )
    clean_documents: dict[str, list[str]] = {}
    for kind, codes in documents.items():
        if (
            kind not in APPLICANT_KINDS
            or not isinstance(codes, list | tuple)
            or any(c not in DOCUMENT_KINDS for c in codes)
        ):
            raise ValidationError(
                "required_documents", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options.")
            )
        clean_documents[kind] = [c for c in DOCUMENT_KINDS if c in codes]
    values["caps"] = json.dumps(clean_caps, sort_keys=True)
    values["required_documents"] = json.dumps(clean_documents, sort_keys=True)
    return values


def save_rules(data: dict[str, Any]) -> None:
    """Save one fiscal year's budget and rules (one transaction, audited).

    The budget may not be set below what the year has already approved or paid.
    """
    from app.services.funding.budget import summary_in

    values = clean_rules(data)
    with context.database().writing() as session:
        used = summary_in(session, values["fiscal_year"])
        if values["budget_irr"] < used.committed_irr + used.paid_irr:
            raise ValidationError(
                "budget_irr",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Fiscal year {year} has already committed and paid {used} rials; the budget cannot be less.",
                ),
                year=values["fiscal_year"],
                used=used.committed_irr + used.paid_irr,
            )
        row = session.get(FundingRules, values["fiscal_year"])
        if row is None:
            session.add(FundingRules(**values))
            audit.record(
                session,
                "funding_rules",
                values["fiscal_year"],
                "create",
                {k: (None, v) for k, v in values.items()},
            )
        else:
            changes = audit.apply(row, values)
            if changes:
                audit.record(session, "funding_rules", values["fiscal_year"], "update", changes)


# ---------------------------------------------------------------- the checks


@dataclass(frozen=True)
class Facts:
    """What the checks look at: a request's values (saved or being typed)."""

    request_id: int | None
    applicant_id: int
    applicant_kind: str
    academic_rank: str
    presentation_kind: str
    starts_on: dt.date
    fiscal_year: int
    requested_irr: int
    lines: int  # how many requested lines
    documents: frozenset[str] = frozenset()


def documents_of(session: Session, request_id: int | None) -> frozenset[str]:
    """The kinds of document attached to a request (attachments moved to the archive do not count)."""
    if request_id is None:
        return frozenset()
    from db.models import Attachment

    rows = session.execute(
        select(FundingDocument.kind)
        .join(Attachment, Attachment.id == FundingDocument.attachment_id)
        .where(FundingDocument.request_id == request_id, Attachment.archived_at.is_(None))
    ).scalars()
    return frozenset(rows)


def caps_for(rules: RuleSet, facts: Facts) -> list[tuple[str, str, int]]:
    """The caps that apply to the request: (dimension, code, cap in rials)."""
    found = []
    for dimension, code in (
        ("applicant_kind", facts.applicant_kind),
        ("academic_rank", facts.academic_rank),
        ("presentation_kind", facts.presentation_kind),
    ):
        cap = rules.caps.get(dimension, {}).get(code) if code else None
        if cap is not None:
            found.append((dimension, code, cap))
    return found


def cap_of(rules: RuleSet, facts: Facts) -> int | None:
    """The lowest cap that applies (None when no cap applies)."""
    caps = [cap for _d, _c, cap in caps_for(rules, facts)]
    return min(caps) if caps else None


def earlier_awards(
    session: Session, applicant_id: int, first_year: int, last_year: int, exclude: int | None
) -> list[FundingRequest]:
    """The applicant's awards the council decided in fiscal years first_year to last_year (by the decision's
    year, as the budget counts them)."""
    stmt = select(FundingRequest).where(
        FundingRequest.applicant_id == applicant_id,
        FundingRequest.status.in_(AWARDED),
        FundingRequest.approved_irr > 0,
        FundingRequest.decided_on.between(
            dates.fiscal_year_bounds(first_year)[0], dates.fiscal_year_bounds(last_year)[1]
        ),
        FundingRequest.archived_at.is_(None),
    )
    if exclude is not None:
        stmt = stmt.where(FundingRequest.id != exclude)
    return list(session.execute(stmt.order_by(FundingRequest.decided_on, FundingRequest.id)).scalars())


def _missing_report(session: Session, facts: Facts, on: dt.date) -> FundingRequest | None:
    stmt = select(FundingRequest).where(
        FundingRequest.applicant_id == facts.applicant_id,
        FundingRequest.status == "paid",
        FundingRequest.ends_on < on,
        FundingRequest.archived_at.is_(None),
    )
    if facts.request_id is not None:
        stmt = stmt.where(FundingRequest.id != facts.request_id)
    return session.execute(stmt.order_by(FundingRequest.ends_on).limit(1)).scalar()


def check(session: Session, facts: Facts, on: dt.date, amount: int | None = None) -> list[Finding]:
    """Every rule the request breaks on day `on`.

    With `amount` None the request is checked for submission (caps are warnings: the council may approve
    less); with an amount, for approving that many rials (caps, the amount requested and the budget block).
    """
    from app.services.funding.budget import summary_in

    rules = rules_in(session, facts.fiscal_year)
    findings: list[Finding] = []
    if not rules.stored:
        findings.append(Finding("no_rules", True, {"year": facts.fiscal_year}))
    if amount is None:
        if facts.lines == 0:
            findings.append(Finding("no_lines", True))
        days = (facts.starts_on - on).days
        if days < rules.min_days_before:
            findings.append(
                Finding(
                    "min_days",
                    True,
                    {"starts_on": facts.starts_on, "days": days, "on": on, "min_days": rules.min_days_before},
                )
            )
        missing = [
            c for c in rules.required_documents.get(facts.applicant_kind, []) if c not in facts.documents
        ]
        if missing:
            findings.append(Finding("documents_missing", True, {"documents": missing}))
    first = facts.fiscal_year - rules.award_window_years + 1
    awards = earlier_awards(session, facts.applicant_id, first, facts.fiscal_year, facts.request_id)
    if len(awards) >= rules.max_awards:
        findings.append(
            Finding(
                "max_awards",
                True,
                {
                    "count": len(awards),
                    "first": first,
                    "last": facts.fiscal_year,
                    "max_awards": rules.max_awards,
                    "window": rules.award_window_years,
                },
            )
        )
    if rules.report_required:
        unreported = _missing_report(session, facts, on)
        if unreported is not None:
            findings.append(
                Finding(
                    "report_missing",
                    True,
                    {"conference": unreported.conference, "paid_on": unreported.paid_on},
                )
            )
    subject, value = ("requested", facts.requested_irr) if amount is None else ("approved", amount)
    for dimension, code, cap in caps_for(rules, facts):
        if value > cap:
            findings.append(
                Finding(
                    f"cap_{dimension}",
                    amount is not None,
                    {"subject": subject, "amount": value, "cap": cap, "code": code},
                )
            )
    if amount is not None:
        if amount > facts.requested_irr:
            findings.append(
                Finding("above_requested", True, {"amount": amount, "requested": facts.requested_irr})
            )
        if rules.stored:
            remaining = summary_in(session, facts.fiscal_year).remaining_irr
            if amount > remaining:
                findings.append(
                    Finding(
                        "budget",
                        True,
                        {
                            "amount": amount,
                            "year": facts.fiscal_year,
                            "remaining": remaining,
                            "over": amount - remaining,
                        },
                    )
                )
    return findings


def validate_year(value: object) -> int:
    """A fiscal year the office can use, or a ValidationError."""
    return _count({"fiscal_year": value}, "fiscal_year", 1304, 1435)
