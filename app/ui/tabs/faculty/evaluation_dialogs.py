"""The English evaluations' dialogs: candidates added to a session, and the panel's result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import evaluations
from app.services.errors import QT_TRANSLATE_NOOP
from app.ui import i18n
from app.ui.dialogs.guarded import GuardedDialog
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
        panel = (
            "، ".join(fa or en for _i, fa, en in view.panel)
            if lang == "fa"
            else ", ".join(en or fa for _i, fa, en in view.panel)
        )
        self.form.add("panel", self.tr("Panel"), QLabel(panel or "—"))
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
