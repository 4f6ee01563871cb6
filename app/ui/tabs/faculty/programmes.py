"""The Schools tab: seasonal schools and exchange programmes, their participants, and the certificates of
attendance printed for all of them as one PDF, off the GUI thread with a count of the certificates done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import programmes
from app.ui import i18n
from app.ui.errors import show_failure
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.faculty.programme_dialogs import ParticipantsDialog, ProgrammeDialog, word
from app.ui.tasks import BackgroundJob


def programme_columns() -> list[Column]:
    def lang() -> str:
        return i18n.language()

    return [
        Column(translate("ProgrammesTab", "Programme"), lambda r: r.title(lang()), "title"),
        Column(translate("ProgrammesTab", "Kind"), lambda r: word(r.kind), "kind"),
        Column(translate("ProgrammesTab", "Partner"), lambda r: r.partner(lang()), "partner"),
        Column(
            translate("ProgrammesTab", "From"),
            lambda r: i18n.format_date(r.starts_on),
            "starts_on",
            tooltip=lambda r: i18n.date_tooltip(r.starts_on),
        ),
        Column(translate("ProgrammesTab", "To"), lambda r: i18n.format_date(r.ends_on), "ends_on"),
        Column(translate("ProgrammesTab", "Incoming"), lambda r: i18n.digits(str(r.incoming)), "incoming"),
        Column(translate("ProgrammesTab", "Outgoing"), lambda r: i18n.digits(str(r.outgoing)), "outgoing"),
    ]


class _Steps(QObject):
    step = Signal(int, int)


def make_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
) -> None:
    """Run work(progress) on the thread pool with a progress dialog counting progress(done, total)."""
    steps = _Steps()
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    steps.step.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    job = BackgroundJob(lambda: work(steps.step.emit))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        kept.clear()
        callback(value)

    kept = [job, steps]  # alive until the job reports
    job.signals.done.connect(lambda data: finish(on_done, data), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(
        lambda exc: finish(lambda e: show_failure(parent, e), exc), Qt.ConnectionType.QueuedConnection
    )
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)


class ProgrammesTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Schools and exchanges")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by title, partner or place…"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox(self)
        self.language.setObjectName("attendance_language")
        self.language.addItem(self.tr("Certificates in Persian"), "fa")
        self.language.addItem(self.tr("Certificates in English"), "en")
        self.model = RowsTableModel(programme_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.buttons: dict[str, QPushButton] = {}
        captions = {
            "new": self.tr("New programme…"),
            "edit": self.tr("Edit…"),
            "participants": self.tr("Participants…"),
            "print": self.tr("Print the certificates…"),
            "save": self.tr("Save as PDF…"),
        }
        steps = QHBoxLayout()
        for name, caption in captions.items():
            if name == "print":
                steps.addWidget(self.language)
            button = QPushButton(caption, self)
            button.setObjectName(f"programme_{name}")
            steps.addWidget(button)
            self.buttons[name] = button
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(steps)
        layout.addWidget(self.view, 1)
        self.buttons["new"].clicked.connect(lambda: self._open(None))
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["participants"].clicked.connect(self.show_participants)
        self.buttons["print"].clicked.connect(lambda: self._certificates(open_pdf))
        self.buttons["save"].clicked.connect(
            lambda: self._certificates(lambda parent, data, stem: save_pdf(parent, data, stem + ".pdf"))
        )
        self.search.textChanged.connect(lambda _t: self.load())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def load(self) -> None:
        current = self.current()
        rows = self.attempt(lambda: programmes.list_programmes(self.search.text()))
        self.model.set_rows(rows or [])
        self.view.resizeColumnsToContents()
        if current is not None:
            self.select(current.id)
        self._update_buttons()
        self.ready.emit()

    def current(self) -> programmes.ProgrammeRow | None:
        index = self.view.currentIndex()
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
        for name in ("edit", "participants"):
            self.buttons[name].setEnabled(row is not None)
        for name in ("print", "save"):
            self.buttons[name].setEnabled(row is not None and row.incoming + row.outgoing > 0)

    def _open(self, record_id: int | None) -> None:
        dialog = ProgrammeDialog(self, record_id)
        if run_modal(dialog) == ProgrammeDialog.DialogCode.Accepted:
            self.load()
            self.select(dialog.saved_id)
            self._update_buttons()

    def new_record(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self._open(row.id)

    def show_participants(self) -> None:
        row = self.current()
        if row is not None:
            run_modal(ParticipantsDialog(self, row.id))
            self.load()

    def _certificates(self, deliver: Callable[[QWidget, bytes, str], object]) -> None:
        row, lang = self.current(), self.language.currentData()
        if row is None:
            return
        stem = f"attendance-{row.id}-{lang}"
        make_in_background(
            self,
            self.tr("Preparing the certificates of attendance…"),
            lambda progress: programmes.certificates_pdf(row.id, lang, progress),
            lambda data: deliver(self, data, stem),
        )
