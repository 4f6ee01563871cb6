"""Ordinances (appointment, renewal and revocation decrees): drafts from a kind's templates (core), the
numbered steps issue, revoke and void (issue), the register's list (register), the current holders of
positions (holders), the kinds and their templates (templates), the number formats and reminder
(options), the PDFs and the register's export (documents), and the journal that keeps numbers safe
across a restored backup (journal).

The package's names are re-exported here: callers write `ordinances.issue_ordinance(...)`.
"""

from app.services.ordinances.core import (
    LANGS,
    Issued,
    OccupiedError,
    add_months,
    archive_ordinance,
    clean_ordinance,
    get_ordinance,
    in_force_for,
    new_draft_values,
    new_draft_values_in,
    recipient_for,
    recipient_titles,
    renew_ordinance,
    restore_ordinance,
    save_draft,
    save_draft_in,
    set_archived,
    term_end_for,
)
from app.services.ordinances.documents import (
    export_xlsx,
    ordinance_pdf,
    preview_pdf,
    preview_text,
    register_pdf,
)
from app.services.ordinances.holders import Holding, current_holders
from app.services.ordinances.issue import (
    issue_ordinance,
    reconcile_register,
    revoke_ordinance,
    void_ordinance,
)
from app.services.ordinances.options import (
    MAX_YEAR,
    MIN_YEAR,
    REGISTER,
    formats,
    reminder_days,
    set_number_format,
    set_reminder_days,
)
from app.services.ordinances.register import (
    FILTERS,
    OrdinanceRow,
    list_ordinances,
    numbered_in,
    state_of,
    years,
)
from app.services.ordinances.templates import (
    FIELDS,
    Kind,
    check_template,
    fill,
    get_kind,
    list_kinds,
    save_kind,
    set_kind_archived,
    template_fields,
)
from app.services.paging import Page, PageRequest

__all__ = [
    "FIELDS",
    "FILTERS",
    "LANGS",
    "MAX_YEAR",
    "MIN_YEAR",
    "REGISTER",
    "Holding",
    "Issued",
    "Kind",
    "OccupiedError",
    "OrdinanceRow",
    "Page",
    "PageRequest",
    "add_months",
    "archive_ordinance",
    "check_template",
    "clean_ordinance",
    "current_holders",
    "export_xlsx",
    "fill",
    "formats",
    "get_kind",
    "get_ordinance",
    "in_force_for",
    "issue_ordinance",
    "list_kinds",
    "list_ordinances",
    "new_draft_values",
    "new_draft_values_in",
    "numbered_in",
    "ordinance_pdf",
    "preview_pdf",
    "preview_text",
    "recipient_for",
    "recipient_titles",
    "reconcile_register",
    "register_pdf",
    "reminder_days",
    "renew_ordinance",
    "restore_ordinance",
    "revoke_ordinance",
    "save_draft",
    "save_draft_in",
    "save_kind",
    "set_archived",
    "set_kind_archived",
    "set_number_format",
    "set_reminder_days",
    "state_of",
    "template_fields",
    "term_end_for",
    "void_ordinance",
    "years",
]
