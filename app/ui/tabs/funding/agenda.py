"""The confirmation of "Put pending requests on the council's agenda": which meeting, which requests (each
can be unticked), the agenda's time before and after against the meeting's planned length, and a warning
when the invitation has already gone out or the time runs over. Nothing is written until Put on agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.services.funding import CouncilAgendaPlan
from app.ui import i18n
from app.ui.i18n import isolated, translate

WARNING_STYLE = "color: #b3261e;"


class CouncilAgendaDialog(QDialog):
    """Shows a CouncilAgendaPlan; `chosen()` is the ids of the requests left ticked."""

    def __init__(self, plan: CouncilAgendaPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(translate("CouncilAgenda", "Put requests on the council's agenda"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        at = dates.format_time(plan.starts_at.time(), i18n.language())
        when = f"{i18n.format_date(plan.starts_at.date())} {at}"
        self.meeting = QLabel(
            translate("CouncilAgenda", "Meeting %1, %2, on %3")
            .replace("%1", isolated(i18n.digits(plan.meeting_number)))
            .replace("%2", isolated(plan.meeting_title))
            .replace("%3", isolated(when))
        )
        self.meeting.setWordWrap(True)
        layout.addWidget(self.meeting)
        layout.addWidget(QLabel(translate("CouncilAgenda", "Requests to put on its agenda:")))
        self.requests = QListWidget()
        for request in plan.requests:
            item = QListWidgetItem(f"{isolated(request.applicant)} — {isolated(request.conference)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, request.id)
            self.requests.addItem(item)
        self.requests.itemChanged.connect(self._update)
        layout.addWidget(self.requests)
        self.time = QLabel()
        layout.addWidget(self.time)
        self.invited = QLabel(
            translate(
                "CouncilAgenda",
                "The invitation to this meeting has already gone out: the members have its agenda as it was.",
            )
        )
        self.over = QLabel()
        for warning in (self.invited, self.over):
            warning.setWordWrap(True)
            warning.setStyleSheet(WARNING_STYLE)
            layout.addWidget(warning)
        self.invited.setVisible(plan.invited)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("CouncilAgenda", "Put on agenda"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.requests.setFocus()

    def chosen(self) -> list[int]:
        return [
            self.requests.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.requests.count())
            if self.requests.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        chosen = set(self.chosen())
        after = self.plan.minutes_after(chosen)
        self.time.setText(
            translate(
                "CouncilAgenda", "Agenda time: %1 minutes now, %2 after; the meeting is planned for %3."
            )
            .replace("%1", i18n.digits(str(self.plan.agenda_minutes)))
            .replace("%2", i18n.digits(str(after)))
            .replace("%3", i18n.digits(str(self.plan.planned_minutes)))
        )
        self.over.setText(
            translate(
                "CouncilAgenda", "The agenda would run %1 minutes over the meeting's planned length."
            ).replace("%1", i18n.digits(str(after - self.plan.planned_minutes)))
        )
        self.over.setVisible(self.plan.runs_over(chosen))
        self.ok.setEnabled(bool(chosen))
