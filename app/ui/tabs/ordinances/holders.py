"""Current holders: every department and hospital, who holds each position, since and until when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import ordinances
from app.services.ordinances.holders import Holding
from app.ui import i18n, labels
from app.ui.attempt import attempt
from app.ui.i18n import translate
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.widgets.columns import elide_in_the_middle, fit_columns
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.rows import select_row

_SOON = QColor("#fde7c0")  # a term ending within the reminder period
_VACANT = QColor("#f3f3f3")


def _held(text: Callable[[Holding], str]) -> Callable[[Holding], str]:
    """A column about the holder: empty on a vacant position."""
    return lambda row: "" if row.vacant else text(row)


def holder_columns(on: Callable[[], dt.date | None]) -> list[Column]:
    """Unit, its kind, position, holder, since, until, ordinance number and the days left on `on()`."""

    def renewed(row: Holding) -> str:
        return translate("Ordinances", "A renewal has been drafted or issued.") if row.renewal_id else ""

    lang = i18n.language

    def days_left(row: Holding) -> str:
        day = on()
        return i18n.digits(str((row.until - day).days)) if row.until and day else ""

    return [
        Column(translate("Ordinances", "Unit"), lambda r: r.unit(lang()), tooltip=renewed),
        Column(translate("Ordinances", "Type"), lambda r: labels.label(r.unit_kind), tooltip=renewed),
        Column(translate("Ordinances", "Position"), lambda r: r.position(lang()), tooltip=renewed),
        Column(
            translate("Ordinances", "Holder"),
            lambda r: translate("Ordinances", "Vacant") if r.vacant else r.holder(lang()),
            tooltip=renewed,
        ),
        Column(translate("Ordinances", "Since"), _held(lambda r: i18n.format_date(r.since)), tooltip=renewed),
        Column(translate("Ordinances", "Until"), _held(lambda r: i18n.format_date(r.until)), tooltip=renewed),
        Column(
            translate("Ordinances", "Ordinance"),
            _held(lambda r: i18n.digits(r.number or "")),
            tooltip=renewed,
            ltr=True,
        ),
        Column(translate("Ordinances", "Days left"), _held(days_left), tooltip=renewed, align_end=True),
    ]


def _shade(row: Holding) -> QColor | None:
    return _SOON if row.ending_soon else (_VACANT if row.vacant else None)


class HoldersPage(QWidget):
    """Emits renew(ordinance id), appoint(unit id, kind id) and show(ordinance id) for the register to act
    on."""

    renew = Signal(int)
    appoint = Signal(int, int)
    show = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = DateEdit(self)
        self.days = QSpinBox(self)
        self.days.setRange(0, 365)
        self.days.setSuffix(translate("Ordinances", " days"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Ordinances", "Filter units…"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Ordinances", "Holders on")))
        top.addWidget(self.on)
        top.addWidget(QLabel(translate("Ordinances", "Flag terms ending within")))
        top.addWidget(self.days)
        top.addWidget(self.search, 1)
        top.addWidget(self.summary)
        self._on: dt.date | None = None
        self.model = RowsTableModel(holder_columns(lambda: self._on), self, background=_shade)
        self.table = elide_in_the_middle(QTableView(self))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.renew_button = QPushButton(translate("Ordinances", "Renew…"), self)
        self.appoint_button = QPushButton(translate("Ordinances", "Appoint…"), self)
        self.show_button = QPushButton(translate("Ordinances", "Show ordinance"), self)
        buttons = QHBoxLayout()
        for button in (self.renew_button, self.appoint_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.on.dateChanged.connect(lambda _d: self.load())
        self.days.editingFinished.connect(self._days_changed)
        self.search.textChanged.connect(lambda _t: self.load())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.renew_button.clicked.connect(lambda: self._act("renew"))
        self.appoint_button.clicked.connect(lambda: self._act("appoint"))
        self.show_button.clicked.connect(lambda: self._act("show"))
        self._update_buttons()

    def load(self) -> None:
        if not self.days.hasFocus():
            self.days.blockSignals(True)
            self.days.setValue(ordinances.reminder_days())
            self.days.blockSignals(False)
        on = self.on.date_value()
        rows = ordinances.current_holders(on, self.days.value(), self.search.text())
        self._on = on
        self.model.set_rows(rows)
        fit_columns(self.table)
        vacant = sum(r.vacant for r in rows)
        soon = sum(r.ending_soon for r in rows)
        self.summary.setText(
            i18n.digits(
                translate("Ordinances", "%1 vacant, %2 ending soon")
                .replace("%1", str(vacant))
                .replace("%2", str(soon))
            )
        )
        self._update_buttons()

    def _days_changed(self) -> None:
        attempt(
            self,
            lambda: ordinances.set_reminder_days(self.days.value()),
            title=translate("Ordinances", "Ordinances"),
        )
        self.load()

    def current(self) -> Holding | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select_unit(self, unit_id: int) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.unit_id == unit_id:
                select_row(self.table, number)
                return

    def _update_buttons(self) -> None:
        row = self.current()
        self.renew_button.setEnabled(row is not None and not row.vacant and row.renewal_id is None)
        self.appoint_button.setEnabled(row is not None)
        self.show_button.setEnabled(row is not None and not row.vacant)

    def _open(self) -> None:
        row = self.current()
        if row is not None:
            self._act("appoint" if row.vacant else "show")

    def _act(self, what: str) -> None:
        row = self.current()
        if row is None:
            return
        if what == "renew" and row.ordinance_id:
            self.renew.emit(row.ordinance_id)
        elif what == "show" and row.ordinance_id:
            self.show.emit(row.ordinance_id)
        elif what == "appoint":
            self.appoint.emit(row.unit_id, row.kind_id)
