"""A request's fields checked and tidied before anything is written: its cost lines, amounts and the
applicant's kind; clean_request names every field that is wrong."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.common.money import CURRENCIES
from app.services import validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models.directory import ACADEMIC_RANKS
from db.models.funding import (
    APPLICANT_KINDS,
    LANGUAGE_CERTIFICATES,
    LINE_KINDS,
    PRESENTATION_KINDS,
    REQUEST_KINDS,
)

STUDENTS = ("phd_student", "msc_student")


MAX_AMOUNT = 10**13  # minor units of one line: far above any conference's cost


@dataclass(frozen=True)
class Line:
    kind: str
    currency: str
    amount: int  # minor units of the currency


def _lines(data: dict[str, Any]) -> list[Line]:
    raw = data.get("lines") or []
    if not isinstance(raw, list | tuple):
        raise ValidationError("lines", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    lines: list[Line] = []
    for entry in raw:
        if isinstance(entry, Line):
            entry = {"kind": entry.kind, "currency": entry.currency, "amount": entry.amount}
        if (
            not isinstance(entry, dict)
            or entry.get("kind") not in LINE_KINDS
            or entry.get("currency") not in CURRENCIES
        ):
            raise ValidationError("lines", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
        amount = entry.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
            raise ValidationError(
                "lines", QT_TRANSLATE_NOOP("errors", "Each requested amount must be more than zero.")
            )
        if any(line.kind == entry["kind"] for line in lines):
            raise ValidationError(
                "lines", QT_TRANSLATE_NOOP("errors", "Each kind of cost can be requested once.")
            )
        lines.append(Line(entry["kind"], entry["currency"], amount))
    return lines


def clean_request(data: dict[str, Any]) -> dict[str, Any]:
    """A request's fields checked and tidied; raises ValidationError for one bad field, FieldErrors naming
    every bad field when there are several (the editor shows them all at once)."""
    check = validate.FieldChecks()
    kind = check(validate.choice, {"kind": data.get("kind") or "conference"}, "kind", REQUEST_KINDS)
    conference = kind in (None, "conference")
    values: dict[str, Any] = {
        "kind": kind,
        "applicant_id": check(validate.record_id, data, "applicant_id", required=True),
        "applicant_kind": check(validate.choice, data, "applicant_kind", APPLICANT_KINDS),
        "academic_rank": check(validate.choice, data, "academic_rank", ACADEMIC_RANKS, required=False),
        "supervisor_id": check(validate.record_id, data, "supervisor_id"),
        "unit_id": check(validate.record_id, data, "unit_id"),
        "conference": check(validate.text, data, "conference", max_len=300, required=True),
        "organiser": check(validate.text, data, "organiser", max_len=250),
        "city": check(validate.text, data, "city", max_len=120),
        "country": check(validate.country, data, "country"),
        "starts_on": check(validate.date, data, "starts_on", required=True),
        "ends_on": check(validate.date, data, "ends_on", required=True),
        "presentation_kind": check(
            validate.choice, data, "presentation_kind", PRESENTATION_KINDS, required=conference
        ),
        "paper_title": check(validate.text, data, "paper_title", max_len=400, required=conference),
        "notes": check(validate.long_text, data, "notes", max_len=5000),
    }
    position = data.get("author_position", 1) if conference else 1
    values["author_position"] = check(_whole_number, position, "author_position", 1, 50) or position
    if check.passed("country", "kind"):
        with check.rule():
            _check_country(values["country"], kind or "conference")
    if check.passed("starts_on", "ends_on", "kind"):
        with check.rule():
            _check_dates(values["starts_on"], values["ends_on"], conference)
    if kind is not None:
        values.update(_case_fields(data, kind, check))
    if values["applicant_kind"] == "faculty":
        if not values["academic_rank"] and check.passed("academic_rank"):
            with check.rule():
                raise ValidationError(
                    "academic_rank", QT_TRANSLATE_NOOP("errors", "Choose the faculty member's rank.")
                )
    else:
        values["academic_rank"] = ""
    if values["applicant_kind"] in STUDENTS:
        if check.passed("supervisor_id"):
            with check.rule():
                _check_supervisor(values["supervisor_id"], values["applicant_id"])
    else:
        values["supervisor_id"] = None
    values["lines"] = check(_lines, data)
    check.done()
    return values


def _whole_number(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."),
            low=low,
            high=high,
        )
    return value


def _check_country(country: str, kind: str) -> None:
    if not country:
        raise ValidationError("country", QT_TRANSLATE_NOOP("errors", "Choose a country from the list."))
    if country == "IR" and kind != "mission":
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP("errors", "Funding is for conferences abroad.")
            if kind == "conference"
            else QT_TRANSLATE_NOOP("errors", "Only an educational mission can be inside the country."),
        )


def _check_dates(starts_on: dt.date, ends_on: dt.date, conference: bool) -> None:
    validate.date_order(starts_on, ends_on, "ends_on")
    longest = 60 if conference else 731
    if ends_on - starts_on > dt.timedelta(days=longest):
        raise ValidationError(
            "ends_on",
            QT_TRANSLATE_NOOP("errors", "A conference lasts at most {days} days.")
            if conference
            else QT_TRANSLATE_NOOP("errors", "A stay abroad lasts at most two years."),
            days=longest,
        )


def _check_supervisor(supervisor_id: int | None, applicant_id: int | None) -> None:
    if supervisor_id is None:
        raise ValidationError(
            "supervisor_id", QT_TRANSLATE_NOOP("errors", "A student's request names the supervisor.")
        )
    if supervisor_id == applicant_id:
        raise ValidationError(
            "supervisor_id", QT_TRANSLATE_NOOP("errors", "The supervisor cannot be the applicant.")
        )


def _case_fields(data: dict[str, Any], kind: str, check: validate.FieldChecks) -> dict[str, Any]:
    """The fields of the kinds other than conferences (empty on a conference request): the host, the
    months, the plan, the supervisor's approval and the language certificate with its score (in tenths).
    Each refusal is kept in `check`."""
    if kind == "conference":
        return {
            "host_institution": "",
            "host_institution_id": None,
            "duration_months": None,
            "study_plan": "",
            "supervisor_approved": False,
            "language_certificate": "",
            "language_score": None,
        }
    values: dict[str, Any] = {
        "host_institution": check(validate.text, data, "host_institution", max_len=250),
        "host_institution_id": check(validate.record_id, data, "host_institution_id"),
        "study_plan": check(
            validate.long_text,
            data,
            "study_plan",
            max_len=20_000,
            required=kind in ("sabbatical", "student_study"),
        ),
        "supervisor_approved": bool(data.get("supervisor_approved", False)),
        "language_certificate": check(
            validate.choice, data, "language_certificate", LANGUAGE_CERTIFICATES, required=False
        ),
    }
    if (
        check.passed("host_institution", "host_institution_id")
        and not values["host_institution"]
        and values["host_institution_id"] is None
    ):
        with check.rule():
            raise ValidationError(
                "host_institution",
                QT_TRANSLATE_NOOP("errors", "Name the host institution or choose a partner."),
            )
    months = data.get("duration_months")
    if months in (None, 0) and kind != "sabbatical":
        months = None
    else:
        months = check(_whole_number, months, "duration_months", 1, 24)
    values["duration_months"] = months
    score = data.get("language_score")
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 9999
    ):
        with check.rule():
            raise ValidationError(
                "language_score",
                QT_TRANSLATE_NOOP("errors", "Enter the score as printed on the certificate."),
            )
    elif check.passed("language_certificate"):
        with check.rule():
            if score is not None and not values["language_certificate"]:
                raise ValidationError(
                    "language_certificate",
                    QT_TRANSLATE_NOOP("errors", "Choose the certificate the score is of."),
                )
            if values["language_certificate"] and score is None:
                raise ValidationError(
                    "language_score",
                    QT_TRANSLATE_NOOP("errors", "Enter the score as printed on the certificate."),
                )
    values["language_score"] = score
    return values
