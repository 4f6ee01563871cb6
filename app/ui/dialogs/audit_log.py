"""File › Audit log: who changed what and when, filtered by record, person and dates."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import audit
from app.services.paging import PageRequest
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.models.paged import Column, PagedTableModel
from app.ui.widgets.date_edit import DateEdit

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLogDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLogDialog", "Changed"),
    "archive": QT_TRANSLATE_NOOP("AuditLogDialog", "Moved to archive"),
    "restore": QT_TRANSLATE_NOOP("AuditLogDialog", "Restored"),
    "issue": QT_TRANSLATE_NOOP("AuditLogDialog", "Issued"),
    "void": QT_TRANSLATE_NOOP("AuditLogDialog", "Voided"),
    "attach": QT_TRANSLATE_NOOP("AuditLogDialog", "Attachment added"),
    "detach": QT_TRANSLATE_NOOP("AuditLogDialog", "Attachment removed"),
    "revoked": QT_TRANSLATE_NOOP("AuditLogDialog", "Revoked"),
    "superseded": QT_TRANSLATE_NOOP("AuditLogDialog", "Superseded"),
    "reinstate": QT_TRANSLATE_NOOP("AuditLogDialog", "In force again"),
    "recover": QT_TRANSLATE_NOOP("AuditLogDialog", "Recovered after a restore"),
    "review": QT_TRANSLATE_NOOP("AuditLogDialog", "Reviewed before expiry"),
}
TABLES = {
    "people": QT_TRANSLATE_NOOP("AuditLogDialog", "People"),
    "units": QT_TRANSLATE_NOOP("AuditLogDialog", "Units"),
    "institutions": QT_TRANSLATE_NOOP("AuditLogDialog", "Partners"),
    "agreements": QT_TRANSLATE_NOOP("AuditLogDialog", "Agreements"),
    "letters": QT_TRANSLATE_NOOP("AuditLogDialog", "Letters"),
    "ordinances": QT_TRANSLATE_NOOP("AuditLogDialog", "Ordinances"),
    "ordinance_kinds": QT_TRANSLATE_NOOP("AuditLogDialog", "Kinds of ordinance"),
    "settings": QT_TRANSLATE_NOOP("AuditLogDialog", "Settings"),
    "demo": QT_TRANSLATE_NOOP("AuditLogDialog", "Sample data"),
}


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone()


def _changes(row: audit.AuditRow) -> str:
    parts = []
    for field, (old, new) in row.changes.items():
        if field.endswith(("search_key", "sort_fa", "name_key")):
            continue  # derived for search and sorting: not what a person changed
        old_text, new_text = ("" if v is None else str(v)[:60] for v in (old, new))
        # each value isolated, so a Persian value does not reorder the punctuation around it
        old_text, new_text = (i18n.isolated(t) for t in (old_text, new_text))
        parts.append(f"{field}: {old_text} → {new_text}" if old else f"{field}: {new_text}")
    return "; ".join(parts)


class AuditLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.table_filter = QComboBox(self)
        self.table_filter.addItem(self.tr("All records"), "")
        for name in audit.tables():
            self.table_filter.addItem(translate("AuditLogDialog", TABLES.get(name, name)), name)
        self.record = QSpinBox(self)
        self.record.setRange(0, 2_000_000_000)
        self.record.setSpecialValueText(self.tr("any"))
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("Who"))
        self.since = DateEdit(self, optional=True)
        self.until = DateEdit(self, optional=True)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Record"), self.table_filter),
            (self.tr("No."), self.record),
            (self.tr("Person"), self.actor),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        columns = [
            Column(
                self.tr("When"),
                lambda r: i18n.digits(f"{i18n.format_date(_local(r.at).date())} {_local(r.at):%H:%M}"),
            ),
            Column(self.tr("Who"), lambda r: r.actor),
            Column(self.tr("Record"), lambda r: translate("AuditLogDialog", TABLES.get(r.table, r.table))),
            Column(self.tr("No."), lambda r: i18n.digits(str(r.record_id or "")), align_end=True),
            Column(self.tr("What"), lambda r: translate("AuditLogDialog", ACTIONS.get(r.action, r.action))),
            Column(self.tr("Changes"), _changes, tooltip=_changes),
        ]
        self.model = PagedTableModel(columns, self._fetch, PageRequest(), parent=self)
        view = QTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        self.view = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        for signal in (
            self.table_filter.currentIndexChanged,
            self.record.valueChanged,
            self.actor.textChanged,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(partial(self._refresh))
        self.resize(1000, 560)
        self._refresh()
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            table=self.table_filter.currentData() or "",
            record_id=self.record.value() or None,
            actor=self.actor.text(),
            since=self.since.date_value(),
            until=self.until.date_value(),
        )

    def _fetch(self, request: PageRequest) -> audit.Page:
        return audit.list_entries(request, self.current_filter())

    def _refresh(self, *_args: object) -> None:
        self.model.reload()
