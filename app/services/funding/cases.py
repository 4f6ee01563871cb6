"""The kinds of support request other than conferences (sabbaticals, educational missions, students' study
opportunities and short courses, travel plans): their rules of each fiscal year and the checks those rules
make. A conference request keeps the conference rules of app.services.funding.rules; the year's budget is
one for every kind.

Each kind's rules say who may apply (applicant kinds, ranks), the years of service since the applicant's
last sabbatical, the minimum score of each language certificate, the cap (a sabbatical's monthly stipend by
rank and country group times its months, or a lump sum), the longest stay, the documents required and
whether a report (for a sabbatical: the return report) is due before the applicant's next request.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import audit, context
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import FundingRequest, SupportRules
from db.models.directory import ACADEMIC_RANKS
from db.models.funding import APPLICANT_KINDS, DOCUMENT_KINDS, LANGUAGE_CERTIFICATES, REQUEST_KINDS

KINDS = tuple(k for k in REQUEST_KINDS if k != "conference")
COUNTRY_GROUPS = ("1", "2", "3")
OTHER_GROUP = "3"  # a country no group names
MAX_IRR = 10**15
AWARDED = ("approved", "partly_approved", "paid", "report_received", "closed")

# The defaults of a year whose rules for a kind were never saved: what the office's regulations say today.
_GROUP_1 = ("US", "CA", "GB", "AU", "JP", "CH", "NO", "SE", "DK", "NL", "DE", "FR", "IT", "AT", "BE", "FI")
DEFAULTS: dict[str, dict[str, Any]] = {
    "sabbatical": {
        "applicant_kinds": ["faculty"],
        "ranks": ["assistant_professor", "associate_professor", "professor"],
        "min_service_years": 4,
        "min_language_scores": {"ielts": 55, "toefl_ibt": 720, "msrt": 500, "mhle": 500},
        "stipends": {
            "assistant_professor": {"1": 1_500_000_000, "2": 1_200_000_000, "3": 1_000_000_000},
            "associate_professor": {"1": 1_700_000_000, "2": 1_400_000_000, "3": 1_100_000_000},
            "professor": {"1": 1_900_000_000, "2": 1_550_000_000, "3": 1_250_000_000},
        },
        "country_groups": {code: "1" for code in _GROUP_1},
        "lump_sum_irr": None,
        "max_months": 12,
        "required_documents": ["host_acceptance", "research_plan", "language_certificate", "cv"],
        "report_required": True,
    },
    "mission": {
        "applicant_kinds": ["faculty"],
        "ranks": [],
        "min_service_years": 0,
        "min_language_scores": {},
        "stipends": {},
        "country_groups": {},
        "lump_sum_irr": 2_500_000_000,
        "max_months": 3,
        "required_documents": ["host_acceptance", "department_approval"],
        "report_required": True,
    },
    "student_study": {
        "applicant_kinds": ["phd_student", "msc_student", "resident"],
        "ranks": [],
        "min_service_years": 0,
        "min_language_scores": {"ielts": 50, "toefl_ibt": 600, "msrt": 450, "mhle": 450},
        "stipends": {},
        "country_groups": {},
        "lump_sum_irr": 3_000_000_000,
        "max_months": 9,
        "required_documents": [
            "host_acceptance",
            "research_plan",
            "supervisor_letter",
            "language_certificate",
        ],
        "report_required": True,
    },
    "travel_plan": {
        "applicant_kinds": ["faculty"],
        "ranks": [],
        "min_service_years": 0,
        "min_language_scores": {},
        "stipends": {},
        "country_groups": {},
        "lump_sum_irr": 1_500_000_000,
        "max_months": 1,
        "required_documents": ["host_acceptance", "research_plan"],
        "report_required": True,
    },
}


@dataclass(frozen=True)
class KindRules:
    """One fiscal year's rules for one kind; amounts in rials, language scores in tenths."""

    fiscal_year: int
    kind: str
    applicant_kinds: tuple[str, ...] = ()
    ranks: tuple[str, ...] = ()
    min_service_years: int = 0
    min_language_scores: dict[str, int] = field(default_factory=dict)
    stipends: dict[str, dict[str, int]] = field(default_factory=dict)  # rank -> country group -> a month
    country_groups: dict[str, str] = field(default_factory=dict)  # country -> group
    lump_sum_irr: int | None = None
    max_months: int = 12
    required_documents: tuple[str, ...] = ()
    report_required: bool = True
    stored: bool = False  # False: the defaults (no rules were saved for the kind and year)

    def group_of(self, country: str) -> str:
        return self.country_groups.get(country, OTHER_GROUP)

    def cap_irr(self, rank: str, country: str, months: int | None) -> int | None:
        """The most a request can be given: the monthly stipend of its rank and country group times its
        months when the kind has stipends, else the lump sum (None: no cap)."""
        if self.stipends:
            monthly = self.stipends.get(rank, {}).get(self.group_of(country))
            return monthly * months if monthly is not None and months else None
        return self.lump_sum_irr


def _defaults(year: int, kind: str) -> KindRules:
    values = DEFAULTS[kind]
    return KindRules(
        fiscal_year=year,
        kind=kind,
        applicant_kinds=tuple(values["applicant_kinds"]),
        ranks=tuple(values["ranks"]),
        min_service_years=values["min_service_years"],
        min_language_scores=dict(values["min_language_scores"]),
        stipends={rank: dict(groups) for rank, groups in values["stipends"].items()},
        country_groups=dict(values["country_groups"]),
        lump_sum_irr=values["lump_sum_irr"],
        max_months=values["max_months"],
        required_documents=tuple(values["required_documents"]),
        report_required=values["report_required"],
    )


def kind_rules_in(session: Session, year: int, kind: str) -> KindRules:
    row = session.get(SupportRules, (year, kind))
    if row is None:
        return _defaults(year, kind)
    return KindRules(
        fiscal_year=year,
        kind=kind,
        applicant_kinds=tuple(json.loads(row.applicant_kinds)),
        ranks=tuple(json.loads(row.ranks)),
        min_service_years=row.min_service_years,
        min_language_scores=json.loads(row.min_language_scores),
        stipends=json.loads(row.stipends),
        country_groups=json.loads(row.country_groups),
        lump_sum_irr=row.lump_sum_irr,
        max_months=row.max_months,
        required_documents=tuple(json.loads(row.required_documents)),
        report_required=row.report_required,
        stored=True,
    )


def get_kind_rules(year: int, kind: str) -> KindRules:
    """A kind's rules of a fiscal year (the defaults, `stored` False, when none were saved)."""
    _kind(kind)
    with context.database().reading() as session:
        return kind_rules_in(session, year, kind)


def _kind(kind: object) -> str:
    if kind not in KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return str(kind)


def _whole(data: dict[str, Any], key: str, low: int, high: int, required: bool = True) -> int | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."), low=low, high=high
        )
    return value


def _codes(data: dict[str, Any], key: str, allowed: tuple[str, ...]) -> list[str]:
    codes = data.get(key) or []
    if not isinstance(codes, list | tuple) or any(c not in allowed for c in codes):
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return [c for c in allowed if c in codes]


def clean_kind_rules(data: dict[str, Any]) -> dict[str, Any]:
    """A kind's rules checked: known codes, whole rials and months, scores in tenths."""
    from app.common.countries import COUNTRIES

    values: dict[str, Any] = {
        "fiscal_year": _whole(data, "fiscal_year", 1304, 1435),
        "kind": _kind(data.get("kind")),
        "min_service_years": _whole(data, "min_service_years", 0, 30),
        "max_months": _whole(data, "max_months", 1, 24),
        "lump_sum_irr": _whole(data, "lump_sum_irr", 1, MAX_IRR, required=False),
        "report_required": bool(data.get("report_required", True)),
        "applicant_kinds": json.dumps(_codes(data, "applicant_kinds", APPLICANT_KINDS)),
        "ranks": json.dumps(_codes(data, "ranks", ACADEMIC_RANKS)),
        "required_documents": json.dumps(_codes(data, "required_documents", DOCUMENT_KINDS)),
    }
    scores = data.get("min_language_scores") or {}
    if not isinstance(scores, dict) or any(c not in LANGUAGE_CERTIFICATES for c in scores):
        raise ValidationError(
            "min_language_scores", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options.")
        )
    values["min_language_scores"] = json.dumps(
        {c: _whole(scores, c, 0, 9999) for c in LANGUAGE_CERTIFICATES if scores.get(c) is not None},
        sort_keys=True,
    )
    stipends = data.get("stipends") or {}
    if not isinstance(stipends, dict) or any(
        rank not in ACADEMIC_RANKS
        or not isinstance(groups, dict)
        or any(g not in COUNTRY_GROUPS for g in groups)
        for rank, groups in stipends.items()
    ):
        raise ValidationError("stipends", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    clean_stipends = {
        rank: {g: _whole(groups, g, 1, MAX_IRR) for g in COUNTRY_GROUPS if groups.get(g) is not None}
        for rank, groups in stipends.items()
    }
    values["stipends"] = json.dumps({r: g for r, g in clean_stipends.items() if g}, sort_keys=True)
    groups = data.get("country_groups") or {}
    if not isinstance(groups, dict) or any(
        c not in COUNTRIES or g not in COUNTRY_GROUPS for c, g in groups.items()
    ):
        raise ValidationError(
            "country_groups", QT_TRANSLATE_NOOP("errors", "Choose a country from the list.")
        )
    values["country_groups"] = json.dumps(dict(sorted(groups.items())))
    return values


def save_kind_rules(data: dict[str, Any]) -> None:
    """Save one kind's rules of one fiscal year (one transaction, audited)."""
    values = clean_kind_rules(data)
    with context.database().writing() as session:
        row = session.get(SupportRules, (values["fiscal_year"], values["kind"]))
        key = values["fiscal_year"] * 100 + KINDS.index(values["kind"])  # one audit id per year and kind
        if row is None:
            session.add(SupportRules(**values))
            audit.record(session, "support_rules", key, "create", {k: (None, v) for k, v in values.items()})
        else:
            changes = audit.apply(row, values)
            if changes:
                audit.record(session, "support_rules", key, "update", changes)


def kind_rule_years() -> list[tuple[int, str]]:
    with context.database().reading() as session:
        return list(session.execute(select(SupportRules.fiscal_year, SupportRules.kind)).tuples())


# ---------------------------------------------------------------- the checks


def last_sabbatical(session: Session, applicant_id: int, exclude: int | None) -> FundingRequest | None:
    """The applicant's latest sabbatical the council gave money to (not given up)."""
    stmt = select(FundingRequest).where(
        FundingRequest.applicant_id == applicant_id,
        FundingRequest.kind == "sabbatical",
        FundingRequest.status.in_(AWARDED),
        FundingRequest.approved_irr > 0,
        FundingRequest.archived_at.is_(None),
    )
    if exclude is not None:
        stmt = stmt.where(FundingRequest.id != exclude)
    return session.execute(stmt.order_by(FundingRequest.ends_on.desc()).limit(1)).scalar()


def years_between(first: dt.date, later: dt.date) -> int:
    """Whole years from `first` to `later` (a 29 February counts its year from 28 February)."""
    years = later.year - first.year
    if (later.month, later.day) < (first.month, first.day):
        years -= 1
    return years


def check_kind(session: Session, facts: Any, rules: KindRules, amount: int | None) -> list[Any]:
    """The findings of a kind's own rules (who may apply, the interval since the last sabbatical, the
    language score, the supervisor's approval, the longest stay, the cap)."""
    from app.services.funding.rules import Finding

    findings: list[Finding] = []
    if rules.applicant_kinds and facts.applicant_kind not in rules.applicant_kinds:
        findings.append(Finding("kind_applicant", True, {"kind": facts.kind, "code": facts.applicant_kind}))
    if rules.ranks and facts.applicant_kind == "faculty" and facts.academic_rank not in rules.ranks:
        findings.append(Finding("kind_rank", True, {"kind": facts.kind, "code": facts.academic_rank}))
    if rules.min_service_years and facts.kind == "sabbatical":
        last = last_sabbatical(session, facts.applicant_id, facts.request_id)
        if last is not None and years_between(last.ends_on, facts.starts_on) < rules.min_service_years:
            findings.append(
                Finding(
                    "sabbatical_interval",
                    True,
                    {
                        "ended_on": last.ends_on,
                        "years": years_between(last.ends_on, facts.starts_on),
                        "min_years": rules.min_service_years,
                    },
                )
            )
    if rules.min_language_scores:
        minimum = rules.min_language_scores.get(facts.language_certificate)
        if minimum is None or facts.language_score is None:
            findings.append(
                Finding("language_missing", True, {"certificates": sorted(rules.min_language_scores)})
            )
        elif facts.language_score < minimum:
            findings.append(
                Finding(
                    "language_score",
                    True,
                    {
                        "certificate": facts.language_certificate,
                        "score": facts.language_score,
                        "minimum": minimum,
                    },
                )
            )
    if facts.applicant_kind in ("phd_student", "msc_student") and not facts.supervisor_approved:
        findings.append(Finding("supervisor_approval", True))
    if facts.duration_months is not None and facts.duration_months > rules.max_months:
        findings.append(
            Finding(
                "kind_months",
                True,
                {"kind": facts.kind, "months": facts.duration_months, "max": rules.max_months},
            )
        )
    cap = rules.cap_irr(facts.academic_rank, facts.country, facts.duration_months)
    value = facts.requested_irr if amount is None else amount
    if cap is not None and value > cap:
        subject = "requested" if amount is None else "approved"
        if rules.stipends:
            monthly = cap // facts.duration_months
            findings.append(
                Finding(
                    "cap_stipend",
                    amount is not None,
                    {
                        "subject": subject,
                        "amount": value,
                        "cap": cap,
                        "monthly": monthly,
                        "months": facts.duration_months,
                        "code": facts.academic_rank,
                        "group": rules.group_of(facts.country),
                    },
                )
            )
        else:
            findings.append(
                Finding(
                    "cap_lump_sum",
                    amount is not None,
                    {"subject": subject, "amount": value, "cap": cap, "kind": facts.kind},
                )
            )
    elif rules.stipends and cap is None and facts.academic_rank:
        findings.append(
            Finding("no_stipend", True, {"code": facts.academic_rank, "group": rules.group_of(facts.country)})
        )
    return findings
