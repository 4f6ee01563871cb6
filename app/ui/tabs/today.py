"""Today (امروز), the first tab: what comes in the next days, what waits for the office, what is late and
what ends soon, with their counts at the top. One click or Enter opens an entry's record.

The lists are read off the GUI thread (at 100,000 records a register they take longer than a frame); the tab
reads them again when it is shown, after a record was opened, every few minutes, and after midnight.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.services import today
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.base import BaseTab
from app.ui.tasks import BackgroundJob

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 5 * 60 * 1000
LATE = QColor("#b3261e")


def section_title(section: str, days: int) -> str:
    titles = {
        today.COMING: translate("Today", "In the next %1 days").replace("%1", i18n.digits(str(days))),
        today.WAITING: translate("Today", "Waiting for the office"),
        today.LATE: translate("Today", "Late"),
        today.ENDING: translate("Today", "Ending soon"),
    }
    return titles[section]


def rule_title(rule: str) -> str:
    return {
        "meeting": translate("Today", "Meetings"),
        "arrival": translate("Today", "Guests arriving"),
        "departure": translate("Today", "Guests leaving"),
        "programme": translate("Today", "Today's programme of visits in progress"),
        "conference": translate("Today", "Conferences of approved requests"),
        "not_on_agenda": translate("Today", "Funding requests submitted, not on an agenda"),
        "no_decision": translate("Today", "Requests on an agenda, no decision yet"),
        "letter_not_issued": translate("Today", "Decisions whose letter is not issued"),
        "not_paid": translate("Today", "Requests approved, not paid"),
        "report_overdue": translate("Today", "Requests paid, report overdue"),
        "letter_draft": translate("Today", "Letters drafted more than %1 days ago, not issued"),
        "ordinance_draft": translate("Today", "Ordinances drafted more than %1 days ago, not issued"),
        "minutes_not_approved": translate("Today", "Meetings held, minutes not approved"),
        "action_overdue": translate("Today", "Overdue action items"),
        "visit_report_overdue": translate("Today", "Overdue post-visit reports"),
        "ordinance_ending": translate("Today", "Ordinances ending within %1 days"),
        "adjunct_ending": translate("Today", "Adjunct faculty terms ending within %1 days"),
        "vacant_position": translate("Today", "Vacant international-deputy positions"),
        "agreement_ending": translate("Today", "Agreements ending within %1 days"),
        "agreement_dormant": translate("Today", "Dormant agreements (no activity in %1 months)"),
    }[rule]


def _status_word(entry: today.Entry) -> str:
    from app.ui.tabs.meetings.words import word

    if entry.rule == "meeting":
        if entry.status == "invited":  # the status says it
            return word(entry.status)
        sent = (
            translate("Today", "invitations sent")
            if entry.invited
            else translate("Today", "no invitations yet")
        )
        return f"{word(entry.status)} · {sent}"
    if entry.rule == "action_overdue":
        return translate("Today", "Owner: %1").replace("%1", entry.detail(i18n.language()) or "—")
    if entry.rule == "agreement_dormant":
        return (
            translate("Today", "last activity %1").replace("%1", i18n.format_date(entry.day))
            if entry.day
            else translate("Today", "no activity recorded")
        )
    return entry.detail(i18n.language())


def _when(entry: today.Entry) -> str:
    if entry.rule == "agreement_dormant":
        return ""
    text = i18n.format_date(entry.day)
    if entry.at is not None and entry.rule in ("meeting", "arrival", "departure", "programme"):
        text += " " + dates.format_time(entry.at, i18n.language())
    return text


class TodayView(QTreeView):
    """The entries; Enter opens the current one (a click opens it too)."""

    open_index = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_index.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TodayTab(BaseTab):
    refreshed = Signal()  # the lists on screen are the newest read, all four sections

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("Today", "Today")
        self.report: today.TodayReport | None = None
        self._reading: BackgroundJob | None = None
        self._again = False
        self._ready_sent = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.counts: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        for section in today.SECTIONS:
            button = QPushButton(self)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _on=False, s=section: self.show_section(s))
            self.counts[section] = button
            top.addWidget(button)
        self.refresh_button = QPushButton(translate("Today", "Refresh"), self)
        self.refresh_button.clicked.connect(self.load)
        top.addWidget(self.refresh_button)
        self.export_button = QPushButton(translate("Today", "Export…"), self)
        self.export_button.setToolTip(translate("Today", "Write these lists to an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        from app.ui.tabs import today_reminder

        self.remind = QCheckBox(translate("Today", "Remind me at start"), self)
        self.remind.setToolTip(
            translate(
                "Today", "At the first start of each day, a notice of what is due today and what is late"
            )
        )
        self.remind.setChecked(today_reminder.reminders_on())
        self.remind.toggled.connect(today_reminder.set_reminders)
        top.addWidget(self.remind)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("Today", "What"),
                translate("Today", "When"),
                translate("Today", "Number"),
                translate("Today", "Details"),
            ]
        )
        self.view = TodayView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.clicked.connect(self.open_index)
        self.view.open_index.connect(self.open_index)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self._day = None

    # ------------------------------------------------------------- reading

    def activate(self) -> None:
        """Shown: read the lists (again: what other tabs changed shows here at once)."""
        self.loaded = True
        self.load()
        self.timer.start()

    def load(self) -> None:
        if self._reading is not None:
            self._again = True  # read once more when the present reading is done
            return
        work = today.today_report
        if self.report is None:  # the first time: the next days at once, everything else just after
            self.heading.setText(translate("Today", "Reading today's lists…"))
            work = lambda: today.today_report(sections=(today.COMING,))  # noqa: E731
            self._again = True
        today.prepare()  # what the report imports late, imported here on the GUI thread
        job = BackgroundJob(work)
        job.setAutoDelete(False)
        job.signals.done.connect(self._show, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._reading = job
        QThreadPool.globalInstance().start(job)

    def _finished(self) -> None:
        self._reading = None
        if self._again:
            self._again = False
            self.load()

    def _failed(self, error: BaseException) -> None:
        from app.services.errors import ServiceError

        self._finished()
        if not self.isVisible():  # closed meanwhile (the window, at the end): it reads again when shown
            return
        if isinstance(error, ServiceError):
            self.heading.setText(i18n.error_text(error))
            return
        raise error

    def _tick(self) -> None:
        if self.isVisible():
            self.load()

    # ------------------------------------------------------------- showing

    def _show(self, report: today.TodayReport) -> None:
        self._finished()
        chosen = self._chosen()
        self.report = report
        lang = i18n.language()
        self.heading.setText(
            translate("Today", "Today, %1").replace("%1", i18n.format_date(report.on, "long"))
        )
        self.heading.setToolTip(i18n.date_tooltip(report.on))
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont(self.view.font())
        bold.setBold(True)
        limits = report.thresholds
        periods = {
            "letter_draft": limits.draft_days,
            "ordinance_draft": limits.draft_days,
            "ordinance_ending": limits.ordinance_days,
            "adjunct_ending": limits.ordinance_days,
            "agreement_ending": limits.agreement_days,
            "agreement_dormant": limits.dormant_months,
        }
        for section in today.SECTIONS:
            entries = report.entries.get(section, [])
            title = section_title(section, report.thresholds.coming_days)
            total = i18n.digits(str(report.count(section))) if report.has(section) else "…"
            self.counts[section].setText(f"{title}: {total}")
            head = QStandardItem(f"{title} ({total})")
            head.setFont(bold)
            head.setData(section, ENTRY_ROLE + 1)
            row = [head, *(QStandardItem() for _ in range(3))]
            self.model.appendRow(row)
            for rule in today.RULES[section]:
                chosen_entries = [e for e in entries if e.rule == rule]
                if not chosen_entries:
                    continue
                title = rule_title(rule).replace("%1", i18n.digits(str(periods.get(rule, ""))))
                group = QStandardItem(f"{title} ({i18n.digits(str(report.totals[rule]))})")
                group.setFont(bold)
                head.appendRow([group, *(QStandardItem() for _ in range(3))])
                for entry in chosen_entries:
                    cells = [
                        QStandardItem(entry.title(lang)),
                        QStandardItem(_when(entry)),
                        QStandardItem(i18n.digits(entry.number)),
                        QStandardItem(_status_word(entry)),
                    ]
                    cells[1].setToolTip(i18n.date_tooltip(entry.day))
                    if section == today.LATE:
                        cells[1].setForeground(QBrush(LATE))
                    for cell in cells:
                        cell.setData(entry, ENTRY_ROLE)
                    group.appendRow(cells)
                more = report.totals[rule] - len(chosen_entries)
                if more > 0:  # the rest are in the register's own tab
                    rest = QStandardItem(
                        translate("Today", "… and %1 more, in the register's tab").replace(
                            "%1", i18n.digits(str(more))
                        )
                    )
                    rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    group.appendRow([rest, *(QStandardItem() for _ in range(3))])
        self.view.expandAll()
        for column in range(1, 4):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(0, max(360, min(self.view.width() // 2, 520)))
        self._select(chosen)
        self._day = report.on
        if all(report.has(section) for section in today.SECTIONS):
            self.refreshed.emit()
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready.emit)

    def _chosen(self) -> today.Entry | None:
        index = self.view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def _select(self, entry: today.Entry | None) -> None:
        if entry is None:
            return
        for index in self.entry_indexes():
            found = index.data(ENTRY_ROLE)
            if (found.rule, found.record_id, found.action_id) == (
                entry.rule,
                entry.record_id,
                entry.action_id,
            ):
                self.view.setCurrentIndex(index)
                return

    def entry_indexes(self) -> list[QModelIndex]:
        """The first cell of every entry, top to bottom."""
        found = []
        for s in range(self.model.rowCount()):
            section = self.model.index(s, 0)
            for g in range(self.model.rowCount(section)):
                group = self.model.index(g, 0, section)
                found += [self.model.index(e, 0, group) for e in range(self.model.rowCount(group))]
        return found

    def export(self) -> int | None:
        """The lists as shown (section, group, then the entry's four cells) to an .xlsx workbook."""
        from app.ui.widgets.export_list import export_rows

        headers = [
            translate("Today", "Section"),
            translate("Today", "List"),
            *(str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)),
        ]
        rows = []
        for s in range(self.model.rowCount()):
            section = self.model.index(s, 0)
            for g in range(self.model.rowCount(section)):
                group = self.model.index(g, 0, section)
                for e in range(self.model.rowCount(group)):
                    cells = [self.model.index(e, c, group).data() or "" for c in range(4)]
                    rows.append([section.data(), group.data(), *cells])
        return export_rows(self, "today", headers, rows)

    def show_section(self, section: str) -> None:
        for s in range(self.model.rowCount()):
            index = self.model.index(s, 0)
            if index.data(ENTRY_ROLE + 1) == section:
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                self.view.setCurrentIndex(index)
                self.view.setFocus()

    # ------------------------------------------------------------- opening

    def open_index(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, today.Entry):
            self.open_entry(entry)

    def open_entry(self, entry: today.Entry) -> None:
        from app.ui.tabs.today_open import open_record

        if open_record(self, entry.register, entry.record_id, entry.action_id):
            self.load()

    def focus_search(self) -> None:
        self.view.setFocus()
