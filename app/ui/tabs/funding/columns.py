"""The columns of the funding register's table."""

from __future__ import annotations

from app.common.countries import country_name
from app.common.money import format_amount
from app.services import funding
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.models.paged import Column


def _money(value: int | None) -> str:
    return format_amount(value, "IRR", i18n.language(), with_currency=False) if value is not None else "—"


def funding_columns() -> list[Column]:
    lang = i18n.language()
    return [
        Column(
            translate("FundingTab", "Applicant"),
            lambda r: r.applicant(lang),
            "applicant" if lang == "fa" else "applicant_en",
        ),
        Column(translate("FundingTab", "Conference or title"), lambda r: r.conference, "conference"),
        Column(translate("FundingTab", "Country"), lambda r: country_name(r.country, lang), "country"),
        Column(
            translate("FundingTab", "Dates"),
            lambda r: f"{i18n.format_date(r.starts_on)} – {i18n.format_date(r.ends_on)}",
            "starts_on",
            tooltip=lambda r: i18n.date_tooltip(r.starts_on),
        ),
        Column(
            translate("FundingTab", "Requested (rials)"),
            lambda r: _money(r.requested_irr),
            "requested",
            align_end=True,
        ),
        Column(
            translate("FundingTab", "Approved (rials)"),
            lambda r: _money(r.approved_irr),
            "approved",
            align_end=True,
        ),
        Column(translate("FundingTab", "Status"), lambda r: funding.name(r.status, lang), "status"),
        Column(translate("FundingTab", "Kind"), lambda r: funding.name(r.kind, lang), "kind"),
    ]
