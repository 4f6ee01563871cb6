"""The Adjuncts tab's dialogs: a candidate's record, the committee's decision, and the adjunct's activity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import adjuncts, attachments, directory
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.dialogs.record import RecordDialog
from app.ui.i18n import translate
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.tabs.faculty.words import state_word
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, InstitutionPicker, PersonPicker, UnitPicker


class CandidateDialog(RecordDialog):
    """A foreign or expatriate academic proposed as an international adjunct faculty member."""

    TABLE = "adjunct_candidates"
    PRINTED_FIELDS = ("fields",)

    def load(self, record_id: int) -> dict[str, Any] | None:
        return adjuncts.get_candidate(record_id)

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Adjunct faculty candidate"))
        self.person = form.add("person_id", self.tr("Academic"), PersonPicker())
        self.unit = form.add("unit_id", self.tr("Proposing department"), UnitPicker())
        self.partner = form.add("institution_id", self.tr("Partner institution"), InstitutionPicker())
        self.expatriate = form.add(
            "expatriate", self.tr("Expatriate"), QCheckBox(self.tr("An Iranian academic working abroad"))
        )
        self.fields = form.add("fields", self.tr("Fields of expertise"), QPlainTextEdit())
        self.fields.setMaximumHeight(70)
        self.fields.setTabChangesFocus(True)
        self.term = form.add("term_months", self.tr("Term (months)"), QSpinBox())
        self.term.setRange(0, adjuncts.MAX_TERM_MONTHS)
        self.term.setValue(24)
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.files = form.add("files", self.tr("CV and documents"), QLineEdit())
        self.files.setReadOnly(True)
        if self.record_id is not None:
            self.fill(adjuncts.get_candidate(self.record_id))

    def fill(self, values: dict[str, Any]) -> None:
        person = directory.get_person(values["person_id"]).values
        lang = i18n.language()
        first, last = person.get(f"first_name_{lang}") or "", person.get(f"last_name_{lang}") or ""
        self.person.set_person(values["person_id"], f"{first} {last}".strip())
        self.unit.set_record(values["unit_id"])
        self.partner.set_record(values["institution_id"])
        self.expatriate.setChecked(values["expatriate"])
        self.fields.setPlainText(values["fields"])
        self.term.setValue(values["term_months"])
        self.notes.setPlainText(values["notes"])
        names = [a.original_name for a in attachments.list_attachments(adjuncts.TABLE, values["id"])]
        self.files.setText("، ".join(names) if lang == "fa" else ", ".join(names))

    def values(self) -> dict[str, Any]:
        return {
            "person_id": self.person.person_id(),
            "unit_id": self.unit.record_id(),
            "institution_id": self.partner.record_id(),
            "expatriate": self.expatriate.isChecked(),
            "fields": self.fields.toPlainText(),
            "term_months": self.term.value(),
            "notes": self.notes.toPlainText(),
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return adjuncts.save_candidate(values, record_id)


class DecisionDialog(GuardedDialog):
    """The recruitment committee's decision, recorded as its resolution on the candidate's agenda item."""

    def __init__(
        self,
        parent: QWidget | None,
        candidate_id: int,
        version: int | None = None,
        refresh: Callable[[], Any] = lambda: None,
    ) -> None:
        """`version`: the candidate's as the list showed it; over a change made meanwhile the decision is
        refused (who and when), the dialog closes and refresh() shows the list again."""
        super().__init__(parent)
        self.candidate_id = candidate_id
        self.version, self.refresh = version, refresh
        self.setWindowTitle(self.tr("The committee's decision"))
        self.form = FieldForm()
        self.outcome = self.form.add(
            "outcome",
            self.tr("Decision"),
            CodeCombo([(code, state_word(code)) for code in ("approved", "rejected", "deferred")]),
        )
        self.text = self.form.add("text", self.tr("Resolution"), QPlainTextEdit())
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def snapshot(self) -> Any:
        return self.outcome.code(), self.text.toPlainText()

    def save_changes(self) -> bool:
        outcome, text = self.snapshot()
        return conflict.step_done(
            self,
            adjuncts.TABLE,
            self.candidate_id,
            self.version,
            lambda: adjuncts.record_committee_decision(self.candidate_id, outcome, text),
            self._refused,
            self.form,
        )

    def _refused(self) -> None:
        self.mark_clean()
        self.reject()
        self.refresh()


class ActivityDialog(GuardedDialog):
    """An adjunct's visits (from the visits register) and the courses and joint papers noted for them."""

    def __init__(self, parent: QWidget | None, candidate_id: int) -> None:
        super().__init__(parent)
        self.candidate_id = candidate_id
        self.setWindowTitle(self.tr("Activity of the adjunct"))
        self.model = RowsTableModel(
            [
                Column(
                    translate("AdjunctActivity", "Date"),
                    lambda a: i18n.format_date(a.on) if a.on else "",
                    "on",
                ),
                Column(translate("AdjunctActivity", "Kind"), lambda a: state_word(a.kind), "kind"),
                Column(translate("AdjunctActivity", "Title"), lambda a: a.title, "title"),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.form = FieldForm()
        self.kind = self.form.add(
            "kind",
            self.tr("Kind"),
            CodeCombo([(code, state_word(code)) for code in ("course", "paper", "other")]),
        )
        self.title_edit = self.form.add("title", self.tr("Title"), QLineEdit())
        self.on = self.form.add("on", self.tr("Date"), DateEdit(optional=True))
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("activity_add")
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(close)
        self.setMinimumSize(560, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.attempt(lambda: adjuncts.activity(self.candidate_id, i18n.language())) or [])
        self.view.resizeColumnsToContents()

    def snapshot(self) -> Any:
        return self.title_edit.text()  # a line typed and not added yet

    def add(self) -> None:
        data = {"kind": self.kind.code(), "title": self.title_edit.text(), "on": self.on.date_value()}
        if self.succeeds(lambda: adjuncts.add_activity(self.candidate_id, data), form=self.form):
            self.title_edit.clear()
            self.on.set_date(None)
            self.mark_clean()
            self.reload()

    def remove(self) -> None:
        index = self.view.currentIndex()
        entry = self.model.row_object(index.row()) if index.isValid() else None
        if (
            entry is not None
            and entry.kind != "visit"
            and self.succeeds(lambda: adjuncts.remove_activity(entry.id))
        ):
            self.reload()


__all__ = ["ActivityDialog", "CandidateDialog", "DecisionDialog"]
