"""Who is invited and who came: add from the directory or the kind's standing members, roles and
attendance, with the quorum shown live."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import meetings
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.attempt import succeeds
from app.ui.i18n import translate
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.tabs.meetings.words import choices, current, list_view, select_id, state, word
from app.ui.widgets.pickers import CodeCombo, PersonPicker
from app.ui.widgets.rows import enable_with_row, move_buttons


class ParticipantsPage(QWidget):
    changed = Signal()

    def __init__(self, on_error: Callable[[ServiceError], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._on_error = on_error
        self.model = RowsTableModel(
            [
                Column(translate("MeetingParticipants", "Name"), lambda r: r.name(i18n.language())),
                Column(translate("MeetingParticipants", "Position"), lambda r: r.position_title),
                Column(translate("MeetingParticipants", "Role"), lambda r: word(r.role)),
                Column(translate("MeetingParticipants", "Attendance"), lambda r: state(r.state)),
                Column(
                    translate("MeetingParticipants", "Standing member"),
                    lambda r: translate("MeetingParticipants", "Yes") if r.standing else "",
                ),
            ],
            self,
        )
        self.view = list_view(self.model, self)
        self.person = PersonPicker(self)
        self.new_role = CodeCombo(choices(meetings.PARTICIPANT_ROLES), self)
        self.new_role.set_code("invitee")
        self.add_button = QPushButton(translate("MeetingParticipants", "Add"), self)
        self.standing_button = QPushButton(translate("MeetingParticipants", "Add the standing members"), self)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(translate("MeetingParticipants", "Person:"), self))
        adding.addWidget(self.person, 2)
        adding.addWidget(self.new_role)
        adding.addWidget(self.add_button)
        adding.addWidget(self.standing_button)

        self.role = CodeCombo(choices(meetings.PARTICIPANT_ROLES), self)
        self.state = CodeCombo(choices(meetings.PARTICIPANT_STATES, state), self)
        self.up_button, self.down_button = move_buttons(
            self.view, lambda row, offset: self._run(lambda: meetings.move_participant(row.id, offset)), self
        )
        self.remove_button = QPushButton(translate("MeetingParticipants", "Remove"), self)
        self.all_present = QPushButton(translate("MeetingParticipants", "Everyone not marked: present"), self)
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(translate("MeetingParticipants", "Role:"), self))
        chosen.addWidget(self.role)
        chosen.addWidget(QLabel(translate("MeetingParticipants", "Attendance:"), self))
        chosen.addWidget(self.state)
        for button in (self.up_button, self.down_button, self.remove_button):
            chosen.addWidget(button)
        chosen.addStretch(1)
        chosen.addWidget(self.all_present)
        self.quorum = QLabel(self)
        self.quorum.setObjectName("quorum")

        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.view, 1)
        layout.addLayout(chosen)
        layout.addWidget(self.quorum)

        self.add_button.clicked.connect(self.add_person)
        self.standing_button.clicked.connect(
            lambda: self._run(lambda: meetings.add_standing_members(self.meeting_id))
        )
        self.remove_button.clicked.connect(self.remove)
        self.all_present.clicked.connect(self.mark_all_present)
        self.role.activated.connect(lambda _i: self._update_current())
        self.state.activated.connect(lambda _i: self._update_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._locked = False
        self._update_chosen = enable_with_row(
            self.view,
            (self.role, self.state, self.up_button, self.down_button, self.remove_button),
            lambda: not self._locked,
        )

    def load(self, meeting_id: int, locked: bool) -> None:
        self.meeting_id = meeting_id
        self._locked = locked
        chosen = current(self.view)
        self.model.set_rows(meetings.participants(meeting_id))
        select_id(self.view, chosen.id if chosen else None)
        q = meetings.quorum(meeting_id)
        if q.required:
            text = (
                translate("MeetingParticipants", "Quorum: %1 of %2 members present, %3 needed — %4")
                .replace("%1", str(q.present))
                .replace("%2", str(q.members))
                .replace("%3", str(q.required))
                .replace(
                    "%4",
                    translate("MeetingParticipants", "met")
                    if q.met
                    else translate("MeetingParticipants", "not met"),
                )
            )
        else:
            text = (
                translate("MeetingParticipants", "%1 of %2 members present (no quorum rule)")
                .replace("%1", str(q.present))
                .replace("%2", str(q.members))
            )
        self.quorum.setText(i18n.digits(text))
        self.quorum.setStyleSheet("" if q.met else "color: #b3261e;")
        for widget in (self.person, self.new_role, self.add_button, self.standing_button, self.all_present):
            widget.setEnabled(not locked)
        self._update_chosen()
        self._show_current()

    def _run(self, action: Callable[[], object]) -> bool:
        if not succeeds(self, action, on_error=self._on_error):
            return False
        self.changed.emit()
        return True

    def add_person(self) -> None:
        person_id = self.person.person_id()
        if person_id is None:
            return
        if self._run(
            lambda: meetings.add_participant(
                self.meeting_id, {"person_id": person_id, "role": self.new_role.code()}
            )
        ):
            self.person.set_person(None, "")

    def _show_current(self) -> None:
        row = current(self.view)
        if row is not None:
            self.role.set_code(row.role)
            self.state.set_code(row.state)

    def _update_current(self) -> None:
        row = current(self.view)
        if row is not None and (row.role, row.state) != (self.role.code(), self.state.code()):
            self._run(
                lambda: meetings.update_participant(
                    row.id, {"role": self.role.code(), "state": self.state.code(), "note": row.note}
                )
            )

    def remove(self) -> None:
        row = current(self.view)
        if row is not None:
            self._run(lambda: meetings.remove_participant(row.id))

    def mark_all_present(self) -> None:
        """After the roll call: everyone still only invited or confirmed is recorded as present."""
        states = {r.id: "present" for r in self.model.rows() if r.state in ("invited", "confirmed")}
        if states:
            self._run(lambda: meetings.set_states(self.meeting_id, states))
