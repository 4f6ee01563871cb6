"""A visit's fields checked and tidied before anything is written: times, guests, costs; clean_visit names
the field that is wrong."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.common.money import CURRENCIES
from app.services import validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models.visits import COST_KINDS, COSTS_BY, VISIT_KINDS

MAX_AMOUNT = 10**15


def time_value(data: dict[str, Any], field: str, *, required: bool = False) -> dt.time | None:
    """A time of day (hours and minutes)."""
    value = data.get(field)
    if value is None or value == "":
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Enter a time."))
        return None
    if not isinstance(value, dt.time):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This is not a time of day."))
    return value.replace(second=0, microsecond=0, tzinfo=None)


def _guests(data: dict[str, Any]) -> list[tuple[int, bool]]:
    raw = data.get("guests") or []
    if not isinstance(raw, list | tuple):
        raise ValidationError("guests", QT_TRANSLATE_NOOP("errors", "Choose the guests from the directory."))
    guests: list[tuple[int, bool]] = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise ValidationError(
                "guests", QT_TRANSLATE_NOOP("errors", "Choose the guests from the directory.")
            )
        person = validate.record_id(entry, "person_id", required=True)
        if any(person == seen for seen, _ in guests):
            raise ValidationError("guests", QT_TRANSLATE_NOOP("errors", "A guest is listed twice."))
        guests.append((person, entry.get("is_head") is True))
    heads = sum(1 for _, head in guests if head)
    if heads > 1:
        raise ValidationError("guests", QT_TRANSLATE_NOOP("errors", "A delegation has one head."))
    if guests and not heads:
        guests[0] = (guests[0][0], True)
    return guests


def _costs(data: dict[str, Any]) -> list[dict[str, Any]]:
    raw = data.get("costs") or []
    if not isinstance(raw, list | tuple):
        raise ValidationError(
            "costs", QT_TRANSLATE_NOOP("errors", "Enter each cost with its kind, currency and amount.")
        )
    costs = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise ValidationError(
                "costs", QT_TRANSLATE_NOOP("errors", "Enter each cost with its kind, currency and amount.")
            )
        try:
            kind = validate.choice(entry, "kind", COST_KINDS)
            currency = validate.choice(entry, "currency", CURRENCIES)
            note = validate.text(entry, "note", max_len=200)
        except ValidationError as exc:
            raise ValidationError("costs", exc.message, **exc.params) from None
        amount = entry.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount < MAX_AMOUNT:
            raise ValidationError(
                "costs", QT_TRANSLATE_NOOP("errors", "A cost is a positive amount of money.")
            )
        costs.append({"kind": kind, "currency": currency, "amount": amount, "note": note})
    return costs


def clean_visit(data: dict[str, Any]) -> dict[str, Any]:
    """The visit's fields checked and tidied; raises ValidationError (FieldErrors for several bad fields)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "kind": check(validate.choice, data, "kind", VISIT_KINDS),
        "purpose_en": check(validate.text, data, "purpose_en", max_len=400) or "",
        "purpose_fa": check(validate.text, data, "purpose_fa", max_len=400) or "",
    }
    if check.passed("purpose_en", "purpose_fa") and not (values["purpose_en"] or values["purpose_fa"]):
        with check.rule():
            raise ValidationError(
                "purpose_en",
                QT_TRANSLATE_NOOP("errors", "Enter the purpose of the visit in English or in Persian."),
            )
    for name in ("institution_id", "agreement_id", "host_unit_id", "host_person_id"):
        values[name] = check(validate.record_id, data, name)
    for end in ("arrival", "departure"):
        values[f"{end}_date"] = check(validate.date, data, f"{end}_date")
        values[f"{end}_time"] = check(time_value, data, f"{end}_time")
        values[f"{end}_flight"] = (check(validate.text, data, f"{end}_flight", max_len=40) or "").upper()
        values[f"{end}_airport"] = check(validate.text, data, f"{end}_airport", max_len=120)
    if check.passed("departure_date"):
        check(validate.date_order, values["arrival_date"], values["departure_date"], "departure_date")
    if (
        check.passed("departure_date", "departure_time")
        and values["arrival_date"]
        and values["arrival_date"] == values["departure_date"]
        and values["arrival_time"]
        and values["departure_time"]
        and values["departure_time"] <= values["arrival_time"]
    ):
        with check.rule():
            raise ValidationError(
                "departure_time", QT_TRANSLATE_NOOP("errors", "The departure comes before the arrival.")
            )
    values["accommodation"] = check(validate.text, data, "accommodation", max_len=300)
    values["local_transport"] = check(validate.text, data, "local_transport", max_len=300)
    values["interpreter"] = check(validate.text, data, "interpreter", max_len=200)
    values["costs_by"] = check(validate.choice, data, "costs_by", COSTS_BY)
    values["notes"] = check(validate.long_text, data, "notes", max_len=5000)
    for name in ("report_summary", "report_meetings", "report_agreements"):
        values[name] = check(validate.long_text, data, name, max_len=20_000)
    values["guests"] = check(_guests, data)
    values["costs"] = check(_costs, data)
    check.done()
    return values
