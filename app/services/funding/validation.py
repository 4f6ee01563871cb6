"""A request's fields checked and tidied before anything is written: its cost lines, amounts and the
applicant's kind; clean_request names the field that is wrong."""

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
    """A request's fields checked and tidied; raises ValidationError naming the first bad field."""
    kind = validate.choice({"kind": data.get("kind") or "conference"}, "kind", REQUEST_KINDS)
    conference = kind == "conference"
    values: dict[str, Any] = {
        "kind": kind,
        "applicant_id": validate.record_id(data, "applicant_id", required=True),
        "applicant_kind": validate.choice(data, "applicant_kind", APPLICANT_KINDS),
        "academic_rank": validate.choice(data, "academic_rank", ACADEMIC_RANKS, required=False),
        "supervisor_id": validate.record_id(data, "supervisor_id"),
        "unit_id": validate.record_id(data, "unit_id"),
        "conference": validate.text(data, "conference", max_len=300, required=True),
        "organiser": validate.text(data, "organiser", max_len=250),
        "city": validate.text(data, "city", max_len=120),
        "country": validate.country(data, "country"),
        "starts_on": validate.date(data, "starts_on", required=True),
        "ends_on": validate.date(data, "ends_on", required=True),
        "presentation_kind": validate.choice(
            data, "presentation_kind", PRESENTATION_KINDS, required=conference
        ),
        "paper_title": validate.text(data, "paper_title", max_len=400, required=conference),
        "notes": validate.long_text(data, "notes", max_len=5000),
    }
    position = data.get("author_position", 1) if conference else 1
    if isinstance(position, bool) or not isinstance(position, int) or not 1 <= position <= 50:
        raise ValidationError(
            "author_position",
            QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."),
            low=1,
            high=50,
        )
    values["author_position"] = position
    if not values["country"]:
        raise ValidationError("country", QT_TRANSLATE_NOOP("errors", "Choose a country from the list."))
    if values["country"] == "IR" and kind != "mission":
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP("errors", "Funding is for conferences abroad.")
            if conference
            else QT_TRANSLATE_NOOP("errors", "Only an educational mission can be inside the country."),
        )
    validate.date_order(values["starts_on"], values["ends_on"], "ends_on")
    longest = 60 if conference else 731
    if values["ends_on"] - values["starts_on"] > dt.timedelta(days=longest):
        raise ValidationError(
            "ends_on",
            QT_TRANSLATE_NOOP("errors", "A conference lasts at most {days} days.")
            if conference
            else QT_TRANSLATE_NOOP("errors", "A stay abroad lasts at most two years."),
            days=longest,
        )
    values.update(_case_fields(data, kind))
    if values["applicant_kind"] == "faculty":
        if not values["academic_rank"]:
            raise ValidationError(
                "academic_rank", QT_TRANSLATE_NOOP("errors", "Choose the faculty member's rank.")
            )
    else:
        values["academic_rank"] = ""
    if values["applicant_kind"] in STUDENTS:
        if values["supervisor_id"] is None:
            raise ValidationError(
                "supervisor_id", QT_TRANSLATE_NOOP("errors", "A student's request names the supervisor.")
            )
        if values["supervisor_id"] == values["applicant_id"]:
            raise ValidationError(
                "supervisor_id", QT_TRANSLATE_NOOP("errors", "The supervisor cannot be the applicant.")
            )
    else:
        values["supervisor_id"] = None
    values["lines"] = _lines(data)
    return values


def _case_fields(data: dict[str, Any], kind: str) -> dict[str, Any]:
    """The fields of the kinds other than conferences (empty on a conference request): the host, the
    months, the plan, the supervisor's approval and the language certificate with its score (in tenths)."""
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
        "host_institution": validate.text(data, "host_institution", max_len=250),
        "host_institution_id": validate.record_id(data, "host_institution_id"),
        "study_plan": validate.long_text(
            data, "study_plan", max_len=20_000, required=kind in ("sabbatical", "student_study")
        ),
        "supervisor_approved": bool(data.get("supervisor_approved", False)),
        "language_certificate": validate.choice(
            data, "language_certificate", LANGUAGE_CERTIFICATES, required=False
        ),
    }
    if not values["host_institution"] and values["host_institution_id"] is None:
        raise ValidationError(
            "host_institution", QT_TRANSLATE_NOOP("errors", "Name the host institution or choose a partner.")
        )
    months = data.get("duration_months")
    if months in (None, 0) and kind != "sabbatical":
        months = None
    elif isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 24:
        raise ValidationError(
            "duration_months",
            QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."),
            low=1,
            high=24,
        )
    values["duration_months"] = months
    score = data.get("language_score")
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 9999
    ):
        raise ValidationError(
            "language_score", QT_TRANSLATE_NOOP("errors", "Enter the score as printed on the certificate.")
        )
    if score is not None and not values["language_certificate"]:
        raise ValidationError(
            "language_certificate", QT_TRANSLATE_NOOP("errors", "Choose the certificate the score is of.")
        )
    if values["language_certificate"] and score is None:
        raise ValidationError(
            "language_score", QT_TRANSLATE_NOOP("errors", "Enter the score as printed on the certificate.")
        )
    values["language_score"] = score
    return values
