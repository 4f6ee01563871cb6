"""The English evaluations' dialogs: candidates added to a session, and the panel's result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import evaluations
from app.services.errors import QT_TRANSLATE_NOOP
from app.ui import i18n
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.i18n import translate
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, PersonPicker

_OUTCOMES = {
    "": QT_TRANSLATE_NOOP("EvaluationWords", "Awaiting the result"),
    "passed": QT_TRANSLATE_NOOP("EvaluationWords", "Passed"),
    "failed": QT_TRANSLATE_NOOP("EvaluationWords", "Not passed"),
    "deferred": QT_TRANSLATE_NOOP("EvaluationWords", "Deferred"),
    "pending": QT_TRANSLATE_NOOP("EvaluationWords", "Awaiting the result"),
}


def outcome_word(code: str) -> str:
    source = _OUTCOMES.get(code)
    return QCoreApplication.translate("EvaluationWords", source) if source else code


def session_text(row: evaluations.SessionRow) -> str:
    return f"{i18n.digits(row.number)} — {i18n.format_date(row.day)} — {row.title}"


class _Dialog(GuardedDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)


class CandidatesDialog(_Dialog):
    """Add a faculty member as a candidate of an evaluation session."""

    def __init__(self, parent: QWidget | None, meeting_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a candidate"))
        self.session = self.form.add("meeting_id", self.tr("Evaluation session"), QComboBox())
        for row in evaluations.list_sessions():
            self.session.addItem(session_text(row), row.id)
        if meeting_id is not None:
            self.session.setCurrentIndex(max(0, self.session.findData(meeting_id)))
        self.person = self.form.add("person_ids", self.tr("Faculty member"), PersonPicker(kinds=("faculty",)))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.saved: list[int] = []

    def snapshot(self) -> Any:
        return self.person.person_id()

    def save_changes(self) -> bool:
        meeting, person = self.session.currentData(), self.person.person_id()
        saved = self.attempt(
            lambda: evaluations.add_candidates(meeting, [person] if person else []), form=self.form
        )
        if saved is None:
            return False
        self.saved = saved
        return True


class PanelEditor(QWidget):
    """The evaluation's panel: its members in order, one added by typing a name, one removed."""

    def __init__(self, members: tuple[tuple[int, str, str], ...], lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.members = QListWidget(self)
        self.members.setObjectName("panel_members")
        self.members.setMaximumHeight(90)
        for person_id, fa, en in members:
            self._add(person_id, (fa or en) if lang == "fa" else (en or fa))
        self.picker = PersonPicker(self)
        self.picker.setObjectName("panel_picker")
        add, remove = QPushButton(self.tr("Add"), self), QPushButton(self.tr("Remove"), self)
        add.setObjectName("panel_add")
        remove.setObjectName("panel_remove")
        add.clicked.connect(self.add_chosen)
        remove.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.members)
        layout.addLayout(row)

    def _add(self, person_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.members.addItem(item)

    def person_ids(self) -> list[int]:
        return [self.members.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.members.count())]

    def add_chosen(self) -> None:
        person_id = self.picker.person_id()
        if person_id is not None and person_id not in self.person_ids():
            self._add(person_id, self.picker.text())
        self.picker.set_person(None)

    def remove_current(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.takeItem(row)


class ResultDialog(_Dialog):
    """The panel's scores per criterion, the outcome and a note."""

    def __init__(self, parent: QWidget | None, evaluation_id: int) -> None:
        super().__init__(parent)
        self.evaluation_id = evaluation_id
        view = evaluations.get_evaluation(evaluation_id)
        lang = i18n.language()
        self.setWindowTitle(self.tr("Result of the English evaluation"))
        heading = QLabel(f"{view.name(lang)} — {i18n.digits(view.meeting_number)}", self)
        heading.setObjectName("evaluation_heading")
        self.scores: dict[str, QLineEdit] = {}
        for score in view.scores:
            caption = self.tr("%1 (out of %2)").replace("%1", score.name(lang))
            edit = self.form.add(
                f"score:{score.code}", caption.replace("%2", i18n.digits(str(score.max_score))), QLineEdit()
            )
            edit.setObjectName(f"score_{score.code}")
            edit.setText("" if score.score is None else i18n.digits(str(score.score)))
            self.scores[score.code] = edit
        self.form.add("scores", "", QLabel(""))
        self.outcome = self.form.add(
            "outcome",
            self.tr("Outcome"),
            CodeCombo(
                [(code, outcome_word(code)) for code in ("passed", "failed", "deferred")], allow_empty=True
            ),
        )
        self.outcome.setItemText(0, outcome_word(""))
        self.outcome.set_code(view.outcome)
        self.panel = PanelEditor(view.panel, lang, self)
        self.form.add("panel", self.tr("Panel"), self.panel)
        self.note = self.form.add("note", self.tr("Note"), QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note.setPlainText(view.note)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def snapshot(self) -> Any:
        return self.values()

    def values(self) -> dict[str, Any]:
        return {
            "scores": {code: edit.text().strip() for code, edit in self.scores.items()},
            "panel": self.panel.person_ids(),
            "outcome": self.outcome.code(),
            "note": self.note.toPlainText(),
        }

    def save_changes(self) -> bool:
        values = self.values()
        return self.succeeds(lambda: evaluations.record_result(self.evaluation_id, values), form=self.form)


def history_text(person_id: int) -> str:
    """A faculty member's English evaluations, one a line, newest first (their person page shows it)."""
    lines = []
    for row in evaluations.person_history(person_id):
        total = "" if row.total is None else f" — {i18n.digits(f'{row.total}/{row.out_of}')}"
        number = row.certificate_fa or row.certificate_en
        certificate = f" — {i18n.isolated(i18n.digits(number))}" if number else ""
        lines.append(
            f"{i18n.digits(row.meeting_number)} ({i18n.format_date(row.day)}){total} — "
            f"{outcome_word(row.outcome)}{certificate}"
        )
    return "\n".join(lines)


class CriteriaDialog(GuardedDialog):
    """The criteria the panels score: add one, change the one chosen, or stop using it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluation criteria"))
        self.model = RowsTableModel(
            [
                Column(translate("CriteriaDialog", "Code"), lambda c: c.code, "code", ltr=True),
                Column(translate("CriteriaDialog", "Name"), lambda c: c.name(i18n.language()), "name"),
                Column(
                    translate("CriteriaDialog", "Maximum"), lambda c: i18n.digits(str(c.max_score)), "max"
                ),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.form = FieldForm()
        self.edits = {
            name: self.form.add(name, caption, QLineEdit())
            for name, caption in (
                ("code", self.tr("Code")),
                ("name_fa", self.tr("Name (Persian)")),
                ("name_en", self.tr("Name (English)")),
                ("max_score", self.tr("Maximum score")),
                ("position", self.tr("Order")),
            )
        }
        buttons = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for name, caption in (
            ("add", self.tr("Add as a new criterion")),
            ("change", self.tr("Save the criterion chosen")),
            ("archive", self.tr("Stop using it")),
        ):
            button = QPushButton(caption, self)
            button.setObjectName(f"criterion_{name}")
            buttons.addWidget(button)
            self.actions[name] = button
        buttons.addStretch(1)
        self.actions["add"].clicked.connect(lambda: self._save(None))
        self.actions["change"].clicked.connect(lambda: self._save(self._chosen()))
        self.actions["archive"].clicked.connect(self._archive)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_chosen())
        self.setMinimumSize(620, 480)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.attempt(evaluations.list_criteria) or [])
        self.view.resizeColumnsToContents()
        self._show_chosen()

    def _chosen(self) -> int | None:
        index = self.view.currentIndex()
        row = self.model.row_object(index.row()) if index.isValid() else None
        return row.id if row else None

    def _show_chosen(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_object(index.row()) if index.isValid() else None
        self.actions["change"].setEnabled(row is not None)
        self.actions["archive"].setEnabled(row is not None)
        if row is not None:
            for name in ("code", "name_fa", "name_en"):
                self.edits[name].setText(getattr(row, name))
            self.edits["max_score"].setText(i18n.digits(str(row.max_score)))
            self.edits["position"].setText(i18n.digits(str(row.position)))
            self.mark_clean()

    def snapshot(self) -> Any:
        return {name: edit.text() for name, edit in self.edits.items()}

    def _save(self, criterion_id: int | None) -> None:
        data = self.snapshot()
        if self.succeeds(lambda: evaluations.save_criterion(data, criterion_id), form=self.form):
            self.mark_clean()
            self.reload()

    def _archive(self) -> None:
        chosen = self._chosen()
        if chosen is not None and self.succeeds(lambda: evaluations.set_criterion_archived(chosen, True)):
            self.reload()
