"""How the funding documents write things in either language: amounts, numbers and days, the unit, the
signatory, and a request's reference, kind and place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.common import dates
from app.common.countries import country_name
from app.common.money import format_amount
from app.common.text import code_for, isolate
from app.services import settings
from app.services.funding.names import name
from db.models import FundingRequest, Unit

LANGS = ("fa", "en")


def _langs(lang: str | None) -> list[str]:
    return ["fa", "en"] if lang == "both" else [lang if lang in LANGS else "fa"]


def _money(value: int | None, lang: str) -> str:
    return format_amount(value, "IRR", lang) if value is not None else "—"


def _num(value: int | None, lang: str) -> str:
    """An amount of rials in a table whose heading names the currency."""
    return format_amount(value, "IRR", lang, with_currency=False) if value is not None else "—"


def _day(day: dt.date | None, lang: str) -> str:
    return dates.written(day, lang) if day else "—"


def _t(lang: str) -> Callable[[str, str], str]:
    return lambda en, fa: fa if lang == "fa" else en


def _unit(session: Session, unit_id: int | None, lang: str) -> str:
    unit = session.get(Unit, unit_id) if unit_id else None
    if unit is None:
        return "—"
    return unit.name_fa if lang == "fa" else (unit.name_en or unit.name_fa)


def _signatory(lang: str) -> tuple[str, str]:
    """The default signatory's name and position in `lang`; with none, the position alone (the document
    then leaves a line for the name)."""
    from app.services import signatories

    for signatory in signatories.list_signatories():
        if signatory.name(lang):
            return signatory.name(lang), signatory.title(lang)
    return "", settings.load()[f"signatory_title_{lang}"]


def reference(request: FundingRequest, lang: str) -> str:
    return code_for(f"FR-{request.fiscal_year}-{request.id:04d}", lang)


def _kind(request: FundingRequest, lang: str) -> str:
    text = name(request.applicant_kind, lang)
    return f"{text} ({name(request.academic_rank, lang)})" if request.academic_rank else text


def _where(request: FundingRequest, lang: str) -> str:
    parts = [isolate(p) for p in (request.city, country_name(request.country, lang)) if p]
    return ("، " if lang == "fa" else ", ").join(parts)
