"""The Adjuncts tab: international adjunct faculty candidates, from proposal to the appointment ordinance,
and the current adjuncts with their terms and activity."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import adjuncts, attachments
from app.ui import file_dialogs, i18n
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.faculty.candidate import ActivityDialog, CandidateDialog, DecisionDialog
from app.ui.tabs.faculty.words import state_word

T = TypeVar("T")


def adjunct_columns() -> list[Column]:
    def lang() -> str:
        return i18n.language()

    return [
        Column(translate("AdjunctsTab", "Name"), lambda r: r.name(lang()), "name"),
        Column(translate("AdjunctsTab", "Department"), lambda r: r.unit(lang()), "unit"),
        Column(translate("AdjunctsTab", "Partner institution"), lambda r: r.partner(lang()), "partner"),
        Column(translate("AdjunctsTab", "State"), lambda r: state_word(r.state), "state"),
        Column(
            translate("AdjunctsTab", "Ordinance"),
            lambda r: i18n.digits(r.ordinance_number or ""),
            "ordinance",
            ltr=True,
        ),
        Column(
            translate("AdjunctsTab", "Term ends"),
            lambda r: i18n.format_date(r.term_end) if r.term_end else "",
            "term_end",
            tooltip=lambda r: i18n.date_tooltip(r.term_end) if r.term_end else "",
        ),
    ]


FILTERS = ("", "candidate", "proposed", "approved", "current", "rejected", "ended")


class AdjunctsTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Adjuncts")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by name, department, partner or field…"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        for code in FILTERS:
            self.filter.addItem(state_word(code) if code else self.tr("All"), code)
        self.model = RowsTableModel(adjunct_columns(), self, colour=self._colour)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self._chosen_id: int | None = None  # the row chosen, chosen again after a reload
        self.buttons: dict[str, QPushButton] = {}
        captions = {
            "new": self.tr("New candidate…"),
            "edit": self.tr("Edit…"),
            "attach": self.tr("Attach CV or document…"),
            "propose": self.tr("Propose to the committee"),
            "decide": self.tr("Record the decision…"),
            "appoint": self.tr("Issue the appointment…"),
            "print": self.tr("Print the appointment…"),
            "save": self.tr("Save as PDF…"),
            "activity": self.tr("Activity…"),
            "archive": self.tr("Move to archive"),
        }
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addWidget(self.filter, 1)
        records, steps = QHBoxLayout(), QHBoxLayout()  # two rows: the record, then the steps of its case
        for name, caption in captions.items():
            button = QPushButton(caption, self)
            button.setObjectName(f"adjunct_{name}")
            on_record = name in ("new", "edit", "attach", "activity", "archive")
            (records if on_record else steps).addWidget(button)
            self.buttons[name] = button
        records.addStretch(1)
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(records)
        layout.addLayout(steps)
        layout.addWidget(self.view, 1)
        self.buttons["new"].clicked.connect(self.new_record)
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["attach"].clicked.connect(self.attach)
        self.buttons["propose"].clicked.connect(self.propose)
        self.buttons["decide"].clicked.connect(self.decide)
        self.buttons["appoint"].clicked.connect(self.appoint)
        self.buttons["print"].clicked.connect(self.print_current)
        self.buttons["save"].clicked.connect(self.save_current)
        self.buttons["activity"].clicked.connect(self.show_activity)
        self.buttons["archive"].clicked.connect(self.archive)
        self.search.textChanged.connect(lambda _t: self.load())
        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # ------------------------------------------------------------ the list

    @staticmethod
    def _colour(row: adjuncts.AdjunctRow) -> QColor | None:
        return QColor("#8a8a8a") if row.state in ("rejected", "ended") else None

    def load(self) -> None:
        current = self.current()
        chosen = current.id if current else self._chosen_id
        rows = self.attempt(
            lambda: adjuncts.list_adjuncts(self.search.text(), self.filter.currentData() or "")
        )
        self.model.set_rows(rows or [])
        self.view.resizeColumnsToContents()
        self.select(chosen)
        self._update_buttons()
        self.ready.emit()

    def current(self) -> adjuncts.AdjunctRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            chosen = self.view.selectionModel().selectedRows()
            index = chosen[0] if chosen else index
        return self.model.row_object(index.row()) if index.isValid() else None

    def select(self, record_id: int | None) -> None:
        row = self.model.row_of_id(record_id) if record_id is not None else -1
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
            )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_buttons(self) -> None:
        row = self.current()
        if row is not None:
            self._chosen_id = row.id
        state = row.state if row else ""
        self.buttons["edit"].setEnabled(row is not None)
        self.buttons["attach"].setEnabled(row is not None)
        self.buttons["activity"].setEnabled(row is not None)
        self.buttons["propose"].setEnabled(state == "candidate")
        self.buttons["decide"].setEnabled(state == "proposed")
        self.buttons["appoint"].setEnabled(state == "approved" and bool(row and not row.ordinance_number))
        self.buttons["print"].setEnabled(row is not None and row.ordinance_id is not None)
        self.buttons["save"].setEnabled(row is not None and row.ordinance_id is not None)
        self.buttons["archive"].setEnabled(state in ("candidate", "rejected"))

    # ------------------------------------------------------------ the steps

    def new_record(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self._open(row.id)

    def _open(self, record_id: int | None) -> None:
        dialog = CandidateDialog(self, record_id)
        if run_modal(dialog) == CandidateDialog.DialogCode.Accepted:
            self.load()
            self.select(dialog.saved_id)

    def attach(self) -> None:
        row = self.current()
        if row is None:
            return
        names = file_dialogs.open_names(self, file_dialogs.ATTACHMENTS, self.tr("Attach CV or document"))
        if names and self.succeeds(lambda: attachments.add_attachments(adjuncts.TABLE, row.id, names)):
            count = len(attachments.list_attachments(adjuncts.TABLE, row.id))
            self.status.emit(
                self.tr("Attached; %1 documents in the file.").replace("%1", i18n.digits(str(count)))
            )

    def propose(self) -> None:
        row = self.current()
        if row is None:
            return
        done = self._take(row, lambda: adjuncts.propose(row.id))
        if done is not None:
            self.load()
            self.status.emit(self.tr("Put on the agenda of the next recruitment committee meeting."))

    def decide(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = DecisionDialog(self, row.id, row.version, self.load)
        if run_modal(dialog) == DecisionDialog.DialogCode.Accepted:
            self.load()

    def appoint(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue the appointment"),
            self.tr("Issue the appointment ordinance? It takes the next number of the ordinances register."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = self._take(row, lambda: adjuncts.appoint(row.id))
        if number is not None:
            self.load()
            self.status.emit(
                self.tr("Appointment issued as ordinance %1").replace(
                    "%1", i18n.isolated(i18n.digits(number))
                )
            )

    def _pdf(self) -> tuple[bytes, str] | None:
        from app.services import ordinances

        row = self.current()
        if row is None or row.ordinance_id is None:
            return None
        lang = i18n.language()
        data = self.attempt(lambda: ordinances.ordinance_pdf(row.ordinance_id, lang))
        if data is None:
            return None
        return data, f"appointment-{(row.ordinance_number or f'draft-{row.id}').replace('/', '-')}-{lang}"

    def print_current(self) -> None:
        document = self._pdf()
        if document:
            open_pdf(self, *document)

    def save_current(self) -> None:
        document = self._pdf()
        if document:
            save_pdf(self, document[0], document[1] + ".pdf")

    def show_activity(self) -> None:
        row = self.current()
        if row is not None:
            run_modal(ActivityDialog(self, row.id))

    def archive(self) -> None:
        row = self.current()
        if row is not None and self._take(row, lambda: (adjuncts.archive_candidate(row.id), True)[1]):
            self.load()

    def _take(self, row: adjuncts.AdjunctRow, fn: Callable[[], T]) -> T | None:
        """A step on the candidate as the list shows it (refused over a change made meanwhile)."""
        return conflict.step(self, adjuncts.TABLE, row.id, row.version, fn, self.load)
