"""What Today adds to the main window: the one search box, and the reminder at the first start of a day.

The reminder is a notice inside the window (above the tabs), never a window of its own: it takes no focus,
so nothing typed meanwhile goes astray. It says what falls due today and what is late, opens Today, and can
be turned off (the Today tab's "Remind me at start" box; an interface preference of this user).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolButton, QWidget

from app.common import clock
from app.services import today
from app.ui import i18n
from app.ui.i18n import translate

ENABLED_KEY = "today/remind_at_start"  # "0": no reminder
LAST_KEY = "today/reminded_on"  # the ISO day of the last reminder


def reminders_on() -> bool:
    return i18n.preference(ENABLED_KEY) != "0"


def set_reminders(on: bool) -> None:
    i18n.set_preference(ENABLED_KEY, "1" if on else "0")


def install_search(window: QMainWindow, today_tab: QWidget) -> None:
    from app.ui.widgets.search_box import SearchBox

    box = SearchBox(window)
    window.install_search(box, box.focus)  # type: ignore[attr-defined]
    window.search_box = box  # type: ignore[attr-defined]
    if hasattr(today_tab, "load"):
        box.opened.connect(today_tab.load)


class ReminderNotice(QFrame):
    """The day's notice: due today, late, and a way to Today."""

    def __init__(self, report: today.TodayReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-reminder")
        self.setStyleSheet("#today-reminder { background: #e8f0fe; border-bottom: 1px solid #9ab3e6; }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        due, late = len(report.due_today()), report.count(today.LATE)
        self.text = QLabel(
            translate("Today", "Today, %1: %2 due today, %3 late.")
            .replace("%1", i18n.format_date(report.on, "long"))
            .replace("%2", i18n.digits(str(due)))
            .replace("%3", i18n.digits(str(late))),
            self,
        )
        self.open_button = QPushButton(translate("Today", "Open Today"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(translate("Today", "Close this notice"))
        for button in (self.open_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        self.close_button.clicked.connect(self.deleteLater)


def remind_once_a_day(window: QMainWindow, today_tab: QWidget) -> None:
    """At the first start of a day (reminders on): once Today's lists are read, the notice above the tabs."""
    if not reminders_on() or i18n.preference(LAST_KEY) == clock.today().isoformat():
        return
    report = getattr(today_tab, "report", None)
    if report is None or not all(
        report.has(section) for section in today.SECTIONS
    ):  # until every list is read
        if hasattr(today_tab, "refreshed"):
            today_tab.refreshed.connect(lambda: _show_once(window, today_tab))
        return
    _show_once(window, today_tab)


def _show_once(window: QMainWindow, today_tab: QWidget) -> None:
    if window.findChild(ReminderNotice) is not None or i18n.preference(LAST_KEY) == clock.today().isoformat():
        return
    report = today_tab.report  # type: ignore[attr-defined]
    if not all(report.has(section) for section in today.SECTIONS):
        return
    i18n.set_preference(LAST_KEY, report.on.isoformat())
    if not report.due_today() and not report.count(today.LATE):
        return
    notice = ReminderNotice(report, window.centralWidget())
    notice.open_button.clicked.connect(
        lambda: (window.tabs.setCurrentWidget(today_tab), notice.deleteLater())
    )  # type: ignore[attr-defined]
    window.centralWidget().layout().insertWidget(1, notice)
    notice.show()
