"""The Evaluations tab: English-language evaluation sessions for promotion, their candidates, the panel's
scores and outcome, and the certificates issued through the letters register in Persian or English."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
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

from app.services import evaluations
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.faculty.evaluation_dialogs import (
    CandidatesDialog,
    CriteriaDialog,
    ResultDialog,
    outcome_word,
    session_text,
)


def evaluation_columns() -> list[Column]:
    def lang() -> str:
        return i18n.language()

    def total(r: evaluations.EvaluationRow) -> str:
        return "" if r.total is None else i18n.digits(f"{r.total}/{r.out_of}")

    return [
        Column(
            translate("EvaluationsTab", "Session"),
            lambda r: i18n.digits(r.meeting_number),
            "session",
            ltr=True,
        ),
        Column(
            translate("EvaluationsTab", "Date"),
            lambda r: i18n.format_date(r.day),
            "day",
            tooltip=lambda r: i18n.date_tooltip(r.day),
        ),
        Column(translate("EvaluationsTab", "Candidate"), lambda r: r.name(lang()), "name"),
        Column(translate("EvaluationsTab", "Total"), total, "total", ltr=True),
        Column(translate("EvaluationsTab", "Outcome"), lambda r: outcome_word(r.outcome), "outcome"),
        Column(
            translate("EvaluationsTab", "Certificate"),
            lambda r: i18n.digits(
                r.certificate_fa
                if lang() == "fa" and r.certificate_fa
                else r.certificate_en or r.certificate_fa
            ),
            "certificate",
            ltr=True,
        ),
    ]


class EvaluationsTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Evaluations")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by candidate, session or note…"))
        self.search.setClearButtonEnabled(True)
        self.session = QComboBox(self)
        self.session.setObjectName("evaluation_session")
        self.language = QComboBox(self)
        self.language.setObjectName("certificate_language")
        self.language.addItem(self.tr("Certificate in Persian"), "fa")
        self.language.addItem(self.tr("Certificate in English"), "en")
        self.model = RowsTableModel(evaluation_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self._chosen_id: int | None = None
        self.buttons: dict[str, QPushButton] = {}
        captions = {
            "add": self.tr("Add a candidate…"),
            "result": self.tr("Scores and outcome…"),
            "remove": self.tr("Remove the candidate"),
            "issue": self.tr("Issue the certificate"),
            "print": self.tr("Print the certificate…"),
            "save": self.tr("Save as PDF…"),
            "criteria": self.tr("Criteria…"),
        }
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.session, 2)
        steps = QHBoxLayout()
        for name, caption in captions.items():
            button = QPushButton(caption, self)
            button.setObjectName(f"evaluation_{name}")
            if name == "issue":
                steps.addWidget(self.language)
            steps.addWidget(button)
            self.buttons[name] = button
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(steps)
        layout.addWidget(self.view, 1)
        self.buttons["add"].clicked.connect(self.add_candidate)
        self.buttons["result"].clicked.connect(self.record_result)
        self.buttons["remove"].clicked.connect(self.remove_candidate)
        self.buttons["issue"].clicked.connect(self.issue)
        self.buttons["print"].clicked.connect(self.print_current)
        self.buttons["save"].clicked.connect(self.save_current)
        self.buttons["criteria"].clicked.connect(self.edit_criteria)
        self.search.textChanged.connect(lambda _t: self.load())
        self.session.currentIndexChanged.connect(lambda _i: self.load())
        self.language.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.record_result())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # ------------------------------------------------------------ the list

    def _fill_sessions(self) -> None:
        chosen = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("All sessions"), None)
        for row in self.attempt(evaluations.list_sessions) or []:
            self.session.addItem(session_text(row), row.id)
        self.session.setCurrentIndex(max(0, self.session.findData(chosen)))
        self.session.blockSignals(False)

    def load(self) -> None:
        self._fill_sessions()  # a session planned in the Meetings tab since shows up
        current = self.current()
        chosen = current.id if current else self._chosen_id
        rows = self.attempt(
            lambda: evaluations.list_evaluations(self.search.text(), self.session.currentData())
        )
        self.model.set_rows(rows or [])
        self.view.resizeColumnsToContents()
        self.select(chosen)
        self._update_buttons()
        self.ready.emit()

    def current(self) -> evaluations.EvaluationRow | None:
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
        lang = self.language.currentData()
        issued = bool(row and (row.certificate_fa if lang == "fa" else row.certificate_en))
        decided = bool(row and row.outcome in ("passed", "failed"))
        self.buttons["result"].setEnabled(row is not None and not row.issued)
        self.buttons["remove"].setEnabled(row is not None and not row.outcome and row.total is None)
        self.buttons["issue"].setEnabled(decided and not issued)
        self.buttons["print"].setEnabled(decided)
        self.buttons["save"].setEnabled(decided)

    # ------------------------------------------------------------ the steps

    def new_record(self) -> None:
        self.add_candidate()

    def add_candidate(self) -> None:
        dialog = CandidatesDialog(self, self.session.currentData())
        if run_modal(dialog) == CandidatesDialog.DialogCode.Accepted:
            saved = list(dialog.saved)
            self.load()
            if saved:
                self.select(saved[0])

    def record_result(self) -> None:
        row = self.current()
        if (
            row is not None
            and not row.issued
            and run_modal(ResultDialog(self, row.id)) == ResultDialog.DialogCode.Accepted
        ):
            self.load()

    def edit_criteria(self) -> None:
        run_modal(CriteriaDialog(self))
        self.load()

    def remove_candidate(self) -> None:
        row = self.current()
        if row is not None and conflict.step_done(
            self,
            evaluations.TABLE,
            row.id,
            row.version,
            lambda: evaluations.remove_candidate(row.id),
            self.load,
        ):
            self._chosen_id = None
            self.load()

    def issue(self) -> None:
        row, lang = self.current(), self.language.currentData()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue the certificate"),
            self.tr("Issue the certificate? It takes the next number of the letters register."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        issued = conflict.step(
            self,
            evaluations.TABLE,
            row.id,
            row.version,
            lambda: evaluations.issue_certificate(row.id, lang),
            self.load,
        )
        if issued is not None:
            self.load()
            self.status.emit(
                self.tr("Certificate issued as letter %1").replace(
                    "%1", i18n.isolated(i18n.digits(issued[1]))
                )
            )

    def _pdf(self) -> tuple[bytes, str] | None:
        row, lang = self.current(), self.language.currentData()
        if row is None:
            return None
        data = self.attempt(lambda: evaluations.certificate_pdf(row.id, lang))
        return None if data is None else (data, f"evaluation-certificate-{row.id}-{lang}")

    def print_current(self) -> None:
        document = self._pdf()
        if document:
            open_pdf(self, *document)

    def save_current(self) -> None:
        document = self._pdf()
        if document:
            save_pdf(self, document[0], document[1] + ".pdf")
