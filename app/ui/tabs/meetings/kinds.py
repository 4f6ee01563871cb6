"""Kinds of meeting (Settings of the meetings): names, quorum rule, usual length and place, standing
members."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import meetings
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.meetings.words import choices, word
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, PersonPicker


class KindsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MeetingKinds", "Kinds of meeting"))
        self.setMinimumSize(860, 520)
        self.kinds = QListWidget(self)
        self.new_button = QPushButton(translate("MeetingKinds", "New kind"), self)
        left = QVBoxLayout()
        left.addWidget(self.kinds, 1)
        left.addWidget(self.new_button)

        self.form = FieldForm()
        self.code = self.form.add(
            "code", translate("MeetingKinds", "Code (Latin letters, fixed once used)"), QLineEdit()
        )
        self.name_fa = self.form.add("name_fa", translate("MeetingKinds", "Name in Persian"), QLineEdit())
        self.name_en = self.form.add("name_en", translate("MeetingKinds", "Name in English"), QLineEdit())
        self.rule = self.form.add(
            "quorum_rule", translate("MeetingKinds", "Quorum"), CodeCombo(choices(meetings.QUORUM_RULES))
        )
        self.count = self.form.add(
            "quorum_count", translate("MeetingKinds", "Members needed (fixed number)"), QSpinBox()
        )
        self.count.setRange(0, 500)
        self.minutes = self.form.add(
            "default_minutes", translate("MeetingKinds", "Usual length (minutes)"), QSpinBox()
        )
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.place = self.form.add("default_location", translate("MeetingKinds", "Usual place"), QLineEdit())
        self.save_kind = QPushButton(translate("MeetingKinds", "Save kind"), self)

        self.members = QListWidget(self)
        self.person = PersonPicker(self)
        self.role = CodeCombo(choices(meetings.PARTICIPANT_ROLES[:3]), self)
        self.role.set_code("member")
        self.add_member = QPushButton(translate("MeetingKinds", "Add member"), self)
        self.remove_member = QPushButton(translate("MeetingKinds", "Remove member"), self)
        self.save_members = QPushButton(translate("MeetingKinds", "Save standing members"), self)
        adding = QHBoxLayout()
        adding.addWidget(self.person, 2)
        adding.addWidget(self.role)
        adding.addWidget(self.add_member)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.remove_member)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.save_members)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.save_kind)
        right.addWidget(self.members, 1)
        right.addLayout(adding)
        right.addLayout(member_buttons)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.kinds.currentRowChanged.connect(lambda _r: self._show())
        self.new_button.clicked.connect(self._new)
        self.save_kind.clicked.connect(self._save_kind)
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(lambda: self.members.takeItem(self.members.currentRow()))
        self.save_members.clicked.connect(self._save_members)
        self._load()

    def _load(self, select: int | None = None) -> None:
        self.kinds.clear()
        for kind in meetings.list_kinds():
            item = QListWidgetItem(kind.name(i18n.language()))
            item.setData(256, kind)
            self.kinds.addItem(item)
            if kind.id == select:
                self.kinds.setCurrentItem(item)
        if self.kinds.currentRow() < 0 and self.kinds.count():
            self.kinds.setCurrentRow(0)

    def _current(self) -> meetings.KindRow | None:
        item = self.kinds.currentItem()
        return item.data(256) if item is not None else None

    def _show(self) -> None:
        kind = self._current()
        self.form.clear_errors()
        if kind is None:
            return
        self.code.setText(kind.code)
        self.name_fa.setText(kind.name_fa)
        self.name_en.setText(kind.name_en)
        self.rule.set_code(kind.quorum_rule)
        self.count.setValue(kind.quorum_count)
        self.minutes.setValue(kind.default_minutes)
        self.place.setText(kind.default_location)
        self.members.clear()
        for member in meetings.kind_members(kind.id):
            self._member_item(
                member.person_id, member.name_fa if i18n.language() == "fa" else member.name_en, member.role
            )
        for widget in (
            self.members,
            self.person,
            self.role,
            self.add_member,
            self.remove_member,
            self.save_members,
        ):
            widget.setEnabled(True)

    def _new(self) -> None:
        self.kinds.clearSelection()
        self.kinds.setCurrentRow(-1)
        for edit in (self.code, self.name_fa, self.name_en, self.place):
            edit.clear()
        self.rule.set_code("majority")
        self.minutes.setValue(60)
        self.members.clear()
        for widget in (
            self.members,
            self.person,
            self.role,
            self.add_member,
            self.remove_member,
            self.save_members,
        ):
            widget.setEnabled(False)
        self.code.setFocus()

    def _save_kind(self) -> None:
        kind = self._current()
        values = {
            "code": self.code.text(),
            "name_fa": self.name_fa.text(),
            "name_en": self.name_en.text(),
            "quorum_rule": self.rule.code(),
            "quorum_count": self.count.value(),
            "default_minutes": self.minutes.value(),
            "default_location": self.place.text(),
        }
        try:
            kind_id = meetings.save_kind(values, kind.id if kind else None)
        except ServiceError as error:
            if not self.form.show_error(error):
                QMessageBox.warning(self, self.windowTitle(), i18n.error_text(error))
            return
        self._load(kind_id)

    def _member_item(self, person_id: int, name: str, role: str) -> None:
        item = QListWidgetItem(f"{name} — {word(role)}")
        item.setData(256, (person_id, role))
        self.members.addItem(item)

    def _add_member(self) -> None:
        person_id = self.person.person_id()
        if person_id is None:
            return
        self._member_item(person_id, self.person.text(), self.role.code())
        self.person.set_person(None, "")

    def _save_members(self) -> None:
        kind = self._current()
        if kind is None:
            return
        members = [self.members.item(i).data(256) for i in range(self.members.count())]
        try:
            meetings.set_kind_members(kind.id, [tuple(m) for m in members])
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), i18n.error_text(error))
            return
        self._show()
