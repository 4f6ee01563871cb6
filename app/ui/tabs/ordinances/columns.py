"""The columns of the ordinances register's table, and an ordinance's state in words."""

from __future__ import annotations

from app.services.ordinances import OrdinanceRow
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.models.paged import Column


def state_label(state: str) -> str:
    names = {
        "draft": translate("Ordinances", "Draft"),
        "issued": translate("Ordinances", "In force"),
        "expired": translate("Ordinances", "Expired"),
        "revoked": translate("Ordinances", "Revoked"),
        "superseded": translate("Ordinances", "Superseded"),
        "void": translate("Ordinances", "Void"),
    }
    return names.get(state, state)


def _term(row: OrdinanceRow) -> str:
    if row.term_start is None and row.term_end is None:
        return ""
    return f"{i18n.format_date(row.term_start)} – {i18n.format_date(row.term_end)}"


def ordinance_columns() -> list[Column]:
    lang = i18n.language()
    return [
        Column(
            translate("Ordinances", "Number"), lambda r: i18n.digits(r.number or "—"), "sequence", ltr=True
        ),
        Column(
            translate("Ordinances", "Date"),
            lambda r: i18n.format_date(r.issued_on),
            "issued_on",
            tooltip=lambda r: i18n.date_tooltip(r.issued_on),
        ),
        Column(translate("Ordinances", "Kind"), lambda r: r.kind(lang), f"kind_{lang}"),
        Column(translate("Ordinances", "Recipient"), lambda r: r.recipient(lang), f"recipient_{lang}"),
        Column(translate("Ordinances", "Unit"), lambda r: r.unit(lang), f"unit_{lang}"),
        Column(translate("Ordinances", "Term"), _term, "term_end"),
        Column(translate("Ordinances", "Status"), lambda r: state_label(r.state), "status"),
    ]
