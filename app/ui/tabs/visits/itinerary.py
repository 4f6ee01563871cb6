"""The programme of a visit in its editor: the items in time order with their clashes beside them, the day
view, and the tools (add, change, remove, move, duplicate a day, common items, calendar export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.services import files, visits
from app.ui import file_dialogs, i18n
from app.ui.attempt import succeeds
from app.ui.dialogs.sizing import remembered_splitter
from app.ui.i18n import error_text, translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.tabs.visits.dayview import DayView
from app.ui.tabs.visits.item_dialog import CommonItemsDialog, DaysDialog, ItemDialog
from app.ui.widgets.columns import elide_in_the_middle, fit_columns
from app.ui.widgets.rows import move_buttons, select_row

_CLASH_BACKGROUND = QColor("#f8d0cc")


def itinerary_columns(problems: Callable[[], dict[int, list[visits.ItineraryProblem]]]) -> list[Column]:
    """Day, time, activity, place, host and the clashes found for each item (`problems()` by item id)."""

    def clashes(item: visits.ItemRow, sep: str) -> str:
        return sep.join(error_text(p) for p in problems().get(item.id, []))

    tip = lambda item: clashes(item, "\n")  # noqa: E731
    lang = i18n.language
    return [
        Column(translate("VisitItinerary", "Day"), lambda i: i18n.format_date(i.day), tooltip=tip),
        Column(
            translate("VisitItinerary", "Time"),
            lambda i: i18n.digits(f"{i.start:%H:%M}–{i.end:%H:%M}"),
            tooltip=tip,
        ),
        Column(translate("VisitItinerary", "Activity"), lambda i: i.title(lang()), tooltip=tip),
        Column(translate("VisitItinerary", "Place"), lambda i: i.location, tooltip=tip),
        Column(
            translate("VisitItinerary", "Host"),
            lambda i: (i.host_fa or i.host_en) if lang() == "fa" else (i.host_en or i.host_fa),
            tooltip=tip,
        ),
        Column(translate("VisitItinerary", "Clashes"), lambda i: clashes(i, " · "), tooltip=tip),
    ]


class ItineraryPage(QWidget):
    """Works on a saved visit: every action is saved at once (and audited) by the service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_id: int | None = None
        self.locked = False
        self.visit_days: tuple[dt.date | None, dt.date | None] = (None, None)
        self.problems: dict[int, list[visits.ItineraryProblem]] = {}
        self.model = RowsTableModel(
            itinerary_columns(lambda: self.problems),
            self,
            background=lambda item: _CLASH_BACKGROUND if item.id in self.problems else None,
        )
        self.table = elide_in_the_middle(QTableView(self))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.day_view = DayView(self)
        self.summary = QLabel(self)
        self.notice = QLabel(
            translate("VisitItinerary", "Save the visit (Apply) to plan its programme."), self
        )
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, action in (
            ("add", translate("VisitItinerary", "Add item…"), self.add_item),
            ("edit", translate("VisitItinerary", "Edit…"), self.edit_item),
            ("remove", translate("VisitItinerary", "Remove"), self.remove_item),
            ("to_day", translate("VisitItinerary", "Move to day…"), self.move_to_day),
            ("duplicate", translate("VisitItinerary", "Duplicate a day…"), self.duplicate_day),
            ("common", translate("VisitItinerary", "Common items…"), self.add_common),
            ("ics", translate("VisitItinerary", "Export .ics…"), self.export_ics),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(action)
            self.buttons[key] = button
            row.addWidget(button)
        self.buttons["up"], self.buttons["down"] = move_buttons(
            self.table, lambda item, step: self._run(lambda: visits.move_item(item.id, step)), self
        )
        row.insertWidget(3, self.buttons["up"])
        row.insertWidget(4, self.buttons["down"])
        row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.day_view)
        splitter.setSizes([220, 300])
        remembered_splitter(splitter, "itinerary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())  # refused quietly when locked
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.day_view.item_clicked.connect(self.select_item)
        self.day_view.item_opened.connect(self._open_from_day_view)
        self.set_visit(None)

    # ------------------------------------------------------------- state

    def set_visit(
        self,
        visit_id: int | None,
        first: dt.date | None = None,
        last: dt.date | None = None,
        locked: bool = False,
    ) -> None:
        """Show the programme of `visit_id` (None: a visit not saved yet); `locked`: look, do not change."""
        self.visit_id = visit_id
        self.locked = locked
        self.visit_days = (first, last)
        self.notice.setVisible(visit_id is None)
        self.reload()

    def reload(self) -> None:
        if self.visit_id is None:
            items, problems = [], {}
        else:
            items, problems = visits.list_items(self.visit_id), visits.check_itinerary(self.visit_id)
        current = self.current_item()
        self.problems = problems
        self.model.set_rows(items)
        self.day_view.set_programme(items, problems, *self.visit_days)
        clashes = sum(1 for item in items if item.id in problems)
        text = (
            translate("VisitItinerary", "%1 items, %2 with clashes")
            .replace("%1", str(len(items)))
            .replace("%2", str(clashes))
        )
        self.summary.setText(i18n.digits(text))
        self.summary.setStyleSheet("color: #b3261e;" if clashes else "")
        if current is not None:
            self.select_item(current.id)
        fit_columns(self.table)
        self._update_buttons()

    def current_item(self) -> visits.ItemRow | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of_id(item_id)
        if row >= 0:
            select_row(self.table, row)
            self.day_view.selected = item_id
            self.day_view.update()

    def _update_buttons(self) -> None:
        ready = self.visit_id is not None and not self.locked
        chosen = ready and self.current_item() is not None
        for key, button in self.buttons.items():
            button.setEnabled(chosen if key in ("edit", "remove", "up", "down", "to_day") else ready)
        self.buttons["duplicate"].setEnabled(ready and bool(self.model.rowCount()))
        self.buttons["ics"].setEnabled(self.visit_id is not None and bool(self.model.rowCount()))

    def _run(self, action: Callable[[], object]) -> bool:
        if not succeeds(self, action, title=translate("VisitItinerary", "Programme")):
            return False
        self.reload()
        return True

    def _default_day(self) -> dt.date:
        current = self.current_item()
        return current.day if current else (self.visit_days[0] or clock.today())

    # ------------------------------------------------------------- actions

    def add_item(self) -> None:
        if self.visit_id is None:
            return
        dialog = ItemDialog(self, self.visit_id, None, self._default_day())
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_item(dialog.saved_id)

    def _open_from_day_view(self, item_id: int) -> None:
        self.select_item(item_id)
        self.edit_item()

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or self.visit_id is None or self.locked:
            return
        dialog = ItemDialog(self, self.visit_id, item.id)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.reload()

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            translate("VisitItinerary", "Remove item"),
            translate("VisitItinerary", "Remove «%1» from the programme?").replace(
                "%1", item.title(i18n.language())
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: visits.remove_item(item.id))

    def move_to_day(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = DaysDialog(self, translate("VisitItinerary", "Move to day"), item.day)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self._run(lambda: visits.move_item_to_day(item.id, dialog.target.date_value()))

    def duplicate_day(self) -> None:
        if self.visit_id is None:
            return
        days = sorted({item.day for item in self.model.rows()})
        source = self._default_day()
        dialog = DaysDialog(
            self, translate("VisitItinerary", "Duplicate a day"), source + dt.timedelta(days=1), days
        )
        if source in days:
            dialog.source.setCurrentIndex(days.index(source))
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            visit_id = self.visit_id
            self._run(
                lambda: visits.duplicate_day(
                    visit_id, dialog.source.currentData(), dialog.target.date_value()
                )
            )

    def add_common(self) -> None:
        if self.visit_id is None:
            return
        dialog = CommonItemsDialog(self, self._default_day())
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            visit_id = self.visit_id
            self._run(lambda: visits.add_common_items(visit_id, dialog.day.date_value(), dialog.keys()))

    def export_ics(self) -> None:
        if self.visit_id is None:
            return
        name = file_dialogs.save_name(
            self,
            file_dialogs.CALENDAR,
            translate("VisitItinerary", "Export .ics"),
            f"visit-{self.visit_id}.ics",
            translate("VisitItinerary", "Calendar files (*.ics)"),
        )
        if name:
            if not name.lower().endswith(".ics"):
                name += ".ics"
            visit_id = self.visit_id
            self._run(lambda: files.save_document(name, visits.itinerary_ics(visit_id)))
