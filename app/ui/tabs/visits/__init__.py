"""The Visits tab: the register of foreign guests' visits, the visit editor, status moves and documents."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.services import visits
from app.ui import i18n, labels
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column, PagedTableModel
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.visits.documents import DocumentsDialog
from app.ui.tabs.visits.editor import VisitDialog
from app.ui.tabs.visits.words import choices, word
from app.ui.widgets.pickers import CodeCombo
from app.ui.widgets.register_page import RegisterPage


def _dates(row: visits.VisitRow) -> str:
    if not row.arrival_date:
        return ""
    if row.departure_date and row.departure_date != row.arrival_date:
        return f"{i18n.format_date(row.arrival_date)} – {i18n.format_date(row.departure_date)}"
    return i18n.format_date(row.arrival_date)


def visit_columns() -> list[Column]:
    lang = i18n.language()
    return [
        Column(translate("VisitsTab", "Reference"), lambda r: r.reference, "reference", ltr=True),
        Column(translate("VisitsTab", "Guests"), lambda r: i18n.digits(r.guests(lang)), "guests"),
        Column(translate("VisitsTab", "Country"), lambda r: labels.country(r.country), "country"),
        Column(
            translate("VisitsTab", "Dates"),
            _dates,
            "arrival_date",
            tooltip=lambda r: i18n.date_tooltip(r.arrival_date),
        ),
        Column(translate("VisitsTab", "Host"), lambda r: r.host(lang), "host"),
        Column(translate("VisitsTab", "Status"), lambda r: word("status", r.status), "status"),
    ]


class VisitsTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("VisitsTab", "Visits")
        model = PagedTableModel(
            visit_columns(),
            self._fetch,
            visits.PageRequest(sort="arrival_date", descending=True),
            name="visits",
        )
        self.status_filter = CodeCombo(choices("status", visits.VISIT_STATUSES), self, allow_empty=True)
        self.status_filter.setItemText(0, translate("VisitsTab", "Every status"))
        self.page = RegisterPage(
            model, VisitDialog, visits.archive_visit, visits.restore_visit, self, table="visits"
        )
        self.page.new_button.setText(translate("VisitsTab", "New visit…"))
        self.status_button = QPushButton(translate("VisitsTab", "Status"), self)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.documents_button = QPushButton(translate("VisitsTab", "Documents…"), self)
        self.itinerary_button = QPushButton(translate("VisitsTab", "Print itinerary…"), self)
        for button in (self.status_button, self.itinerary_button, self.documents_button):
            self.page.buttons.insertWidget(self.page.buttons.count() - 1, button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(translate("VisitsTab", "Status:"), self))
        filter_row.addWidget(self.status_filter)
        filter_row.addStretch(1)
        self.page.layout().insertLayout(1, filter_row)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.page.view.load())
        self.documents_button.clicked.connect(lambda: self.open_documents("itinerary"))
        self.itinerary_button.clicked.connect(self.print_current)
        self.page.view.selection_changed.connect(self._update_buttons)
        self.page.view.model.modelReset.connect(lambda: self._update_buttons(None))
        self.page.view.painted.connect(self.ready)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self._update_buttons(None)

    def _fetch(self, request: visits.PageRequest) -> visits.Page:
        return visits.list_visits(request, self.status_filter.code())

    def _update_buttons(self, row: visits.VisitRow | None) -> None:
        row = row if row is not None else self.page.view.current_row()
        live = row is not None and not row.archived
        self.status_button.setEnabled(live and bool(visits.next_statuses(row.status)))
        self.documents_button.setEnabled(row is not None)
        self.itinerary_button.setEnabled(row is not None)

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        row = self.page.view.current_row()
        if row is None:
            return
        for status in visits.next_statuses(row.status):
            action = self.status_menu.addAction(
                word("status", status) + ("…" if status == "cancelled" else "")
            )
            action.triggered.connect(lambda _checked=False, s=status: self.change_status(s))

    def change_status(self, status: str) -> None:
        row = self.page.view.current_row()
        if row is None:
            return
        reason = ""
        if status == "cancelled":
            reason, ok = QInputDialog.getMultiLineText(
                self,
                translate("VisitsTab", "Cancel visit"),
                translate("VisitsTab", "Why is visit %1 cancelled?").replace("%1", row.reference),
            )
            if not ok:
                return
        if not conflict.step_done(
            self,
            "visits",
            row.id,
            row.version,
            lambda: visits.set_status(row.id, status, reason),
            lambda: (self.page.view.load(), self.page.view.select_id(row.id)),
        ):
            return
        self.page.view.load()
        self.page.view.select_id(row.id)
        self.status.emit(
            translate("VisitsTab", "Visit %1 is now: %2")
            .replace("%1", i18n.isolated(row.reference))
            .replace("%2", word("status", status))
        )

    def open_documents(self, document: str) -> None:
        row = self.page.view.current_row()
        if row is not None:
            run_modal(DocumentsDialog(self, row.id, document, row.version))

    def print_current(self) -> None:
        self.open_documents("itinerary")
