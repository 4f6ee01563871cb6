"""During and after the meeting: discussion notes per item and its resolutions (outcome, votes, amount)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.money import MoneyError, format_amount
from app.services import meetings
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from app.ui import i18n
from app.ui.attempt import succeeds
from app.ui.dialogs.record import RecordDialog
from app.ui.dialogs.sizing import remembered_splitter
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.tabs.meetings.words import choices, current, list_view, outcome, select_id
from app.ui.widgets.form import FieldForm
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.pickers import CodeCombo
from app.ui.widgets.rows import enable_with_row, select_row
from app.ui.widgets.text_box import text_box


def _votes_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, meetings.agenda.MAX_VOTES)
    box.setSpecialValueText("—")  # -1: not counted
    box.setValue(-1)
    return box


class ResolutionDialog(RecordDialog):
    """Record a resolution on an item (resolution None) or correct one. The amount decided is asked only on
    an item about a conference funding request."""

    TABLE = "resolutions"  # saved against the version of the row it shows (another PC's change asks)

    def __init__(
        self,
        parent: QWidget | None,
        item: meetings.AgendaItemRow,
        resolution: meetings.ResolutionRow | None = None,
    ) -> None:
        self.item = item
        self.resolution = resolution
        super().__init__(
            parent, resolution.id if resolution else None, resolution.version if resolution else None
        )

    def load(self, record_id: int) -> dict[str, Any] | None:
        self.resolution = meetings.get_resolution(record_id)
        return {}

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(translate("MeetingMinutes", "Resolution"))
        form.addRow(translate("MeetingMinutes", "Item"), QLabel(self.item.title))
        self.text = form.add("text", translate("MeetingMinutes", "Resolution"), QPlainTextEdit())
        self.text.setMinimumHeight(100)
        self.outcome = form.add(
            "outcome", translate("MeetingMinutes", "Outcome"), CodeCombo(choices(meetings.OUTCOMES, outcome))
        )
        votes = QWidget()
        row = QHBoxLayout(votes)
        row.setContentsMargins(0, 0, 0, 0)
        self.votes_for, self.votes_against, self.votes_abstain = _votes_box(), _votes_box(), _votes_box()
        for label, box in (
            (translate("MeetingMinutes", "for"), self.votes_for),
            (translate("MeetingMinutes", "against"), self.votes_against),
            (translate("MeetingMinutes", "abstaining"), self.votes_abstain),
        ):
            row.addWidget(box)
            row.addWidget(QLabel(label))
        row.addStretch(1)
        form.add("votes_for", translate("MeetingMinutes", "Votes"), votes)
        self.amount = MoneyEdit(currency="IRR")
        self.amount.currency.setEnabled(False)
        self.amount_row = form.add(
            "amount", translate("MeetingMinutes", "Amount approved (rials)"), self.amount
        )
        if self.item.linked_table != "funding_requests":
            form.setRowVisible(self.amount_row.parentWidget(), False)
        if self.resolution is not None:
            self.fill({})

    def fill(self, values: dict[str, Any]) -> None:
        r = self.resolution
        self.text.setPlainText(r.text)
        self.outcome.set_code(r.outcome)
        for box, value in (
            (self.votes_for, r.votes_for),
            (self.votes_against, r.votes_against),
            (self.votes_abstain, r.votes_abstain),
        ):
            box.setValue(-1 if value is None else value)
        self.amount.set_value(r.amount, "IRR")

    def values(self) -> dict[str, Any]:
        def votes(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        try:
            amount = self.amount.minor_units() if self.item.linked_table == "funding_requests" else None
        except MoneyError:
            raise ValidationError(
                "amount", QT_TRANSLATE_NOOP("errors", "Enter an amount in rials.")
            ) from None
        return {
            "text": self.text.toPlainText(),
            "outcome": self.outcome.code(),
            "votes_for": votes(self.votes_for),
            "votes_against": votes(self.votes_against),
            "votes_abstain": votes(self.votes_abstain),
            "amount": amount,
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        if record_id is None:
            return meetings.record_resolution(self.item.id, values)
        meetings.update_resolution(record_id, values)
        return record_id


def _resolution_text(r: meetings.ResolutionRow) -> str:
    parts = [outcome(r.outcome)]
    if r.votes_for is not None or r.votes_against is not None:
        parts.append(i18n.digits(f"{r.votes_for or 0}/{r.votes_against or 0}/{r.votes_abstain or 0}"))
    if r.amount is not None:
        parts.append(format_amount(r.amount, "IRR", i18n.language()))
    return " · ".join(parts)


class MinutesPage(QWidget):
    changed = Signal()

    def __init__(self, on_error: Callable[[ServiceError], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self.meeting_id: int | None = None
        self._locked = False
        self.items = RowsTableModel(
            [
                Column(translate("MeetingMinutes", "No."), lambda r: i18n.digits(str(r.position))),
                Column(translate("MeetingMinutes", "Item"), lambda r: r.title),
            ],
            self,
        )
        self.items_view = list_view(self.items, self)
        self.discussion = text_box(QPlainTextEdit(self))
        self.discussion.setPlaceholderText(translate("MeetingMinutes", "What was said on this item…"))
        self.save_notes = QPushButton(translate("MeetingMinutes", "Save notes"), self)
        self.resolutions = RowsTableModel(
            [
                Column(translate("MeetingMinutes", "Resolution"), lambda r: r.text.replace("\n", " ")),
                Column(translate("MeetingMinutes", "Outcome"), _resolution_text),
            ],
            self,
        )
        self.resolutions_view = list_view(self.resolutions, self)
        self.add_resolution = QPushButton(translate("MeetingMinutes", "Add resolution…"), self)
        self.edit_resolution = QPushButton(translate("MeetingMinutes", "Edit resolution…"), self)
        self.remove_resolution = QPushButton(translate("MeetingMinutes", "Remove resolution"), self)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        notes_row = QHBoxLayout()
        notes_row.addWidget(QLabel(translate("MeetingMinutes", "Discussion"), right))
        notes_row.addStretch(1)
        notes_row.addWidget(self.save_notes)
        column.addLayout(notes_row)
        column.addWidget(self.discussion, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("MeetingMinutes", "Resolutions"), right))
        buttons.addStretch(1)
        for button in (self.add_resolution, self.edit_resolution, self.remove_resolution):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addWidget(self.resolutions_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.items_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 720])
        remembered_splitter(splitter, "minutes")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.items_view.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.save_notes.clicked.connect(self.store_notes)
        self.add_resolution.clicked.connect(lambda: self.edit(None))
        self.edit_resolution.clicked.connect(self.edit_current)
        self.resolutions_view.doubleClicked.connect(lambda _i: self.edit_current())
        self.remove_resolution.clicked.connect(self.remove)
        self._shown_item: int | None = None
        self._update_resolution_buttons = enable_with_row(
            self.resolutions_view,
            (self.edit_resolution, self.remove_resolution),
            lambda: self.current_item() is not None and not self._locked,
        )

    def current_item(self) -> meetings.AgendaItemRow | None:
        return current(self.items_view)

    def load(self, meeting_id: int, meeting: dict[str, Any]) -> None:
        self.meeting_id = meeting_id
        self._locked = meeting["locked"] or meeting["status"] == "cancelled"
        chosen = self.current_item()
        self.items.set_rows(meetings.agenda_items(meeting_id))
        select_id(self.items_view, chosen.id if chosen else None)
        if self.current_item() is None and self.items.rowCount():
            select_row(self.items_view, 0)
        self._item_chosen()

    def _item_chosen(self, *_args: object) -> None:
        item = self.current_item()
        if self._shown_item is not None and (item is None or item.id != self._shown_item):
            self.store_if_changed()
        self._shown_item = item.id if item else None
        self.discussion.setPlainText(item.discussion if item else "")
        self.resolutions.set_rows(item.resolutions if item else [])
        enabled = item is not None and not self._locked
        for widget in (self.discussion, self.save_notes, self.add_resolution):
            widget.setEnabled(enabled)
        self.discussion.setReadOnly(not enabled)
        self._update_resolution_buttons()

    def unsaved_notes(self) -> tuple[int, str] | None:
        """The item shown and its typed notes, when they differ from what is stored."""
        previous = next((r for r in self.items.rows() if r.id == self._shown_item), None)
        if previous is None or self._locked or previous.discussion == self.discussion.toPlainText():
            return None
        return previous.id, self.discussion.toPlainText()

    def store_if_changed(self) -> bool:
        """Notes typed for an item are kept when the secretary moves on to another item or closes the
        meeting."""
        unsaved = self.unsaved_notes()
        return unsaved is None or succeeds(
            self, lambda: meetings.set_discussion(*unsaved), on_error=self._on_error
        )

    def store_notes(self) -> None:
        item = self.current_item()
        if item is not None and succeeds(
            self,
            lambda: meetings.set_discussion(item.id, self.discussion.toPlainText()),
            on_error=self._on_error,
        ):
            self.changed.emit()

    def edit_current(self) -> None:
        resolution = current(self.resolutions_view)
        if resolution is not None:
            self.edit(resolution)

    def edit(self, resolution: meetings.ResolutionRow | None) -> None:
        """Record a resolution on the chosen item (resolution None) or correct one; the notes typed so far
        are saved first."""
        chosen = self.current_item()
        if chosen is None or self._locked:
            return
        self.store_notes()  # the meeting is shown again: the item is found again by its id
        item = next((r for r in self.items.rows() if r.id == chosen.id), None)
        if item is None or self._locked:
            return
        dialog = ResolutionDialog(self, item, resolution)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def remove(self) -> None:
        resolution = current(self.resolutions_view)
        if resolution is None:
            return
        answer = QMessageBox.question(
            self,
            translate("MeetingMinutes", "Remove resolution"),
            translate("MeetingMinutes", "Remove this resolution from the minutes?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if succeeds(self, lambda: meetings.remove_resolution(resolution.id), on_error=self._on_error):
            self.changed.emit()
