"""The one search box (Ctrl+K, and a field in the toolbar): every register searched as you type, the results
grouped by register below the field, best first; Up/Down choose, Enter or a click opens, Escape closes.

The results list is a child of the main window laid over its contents, not a window of its own: it never
takes the keyboard from the field, so typing goes on while the results change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import search
from app.ui import i18n
from app.ui.i18n import translate

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def register_title(register: str) -> str:
    return {
        "people": translate("Search", "People"),
        "units": translate("Search", "Units"),
        "partners": translate("Search", "Partner institutions"),
        "agreements": translate("Search", "Agreements"),
        "letters": translate("Search", "Letters"),
        "meetings": translate("Search", "Meetings"),
        "visits": translate("Search", "Visits"),
        "funding": translate("Search", "Funding requests"),
        "ordinances": translate("Search", "Ordinances"),
        "adjuncts": translate("Search", "Adjunct faculty"),
        "evaluations": translate("Search", "English evaluations"),
        "programmes": translate("Search", "Seasonal schools and exchanges"),
    }[register]


def hit_detail(hit: search.Hit) -> str:
    """A hit's details in the interface's language, its day (if any) after them in the UI's calendar."""
    day = i18n.format_date(hit.day) if hit.day else ""
    return " · ".join(part for part in (hit.detail(i18n.language()), day) if part)


class SearchResults(QFrame):
    """The grouped results under the field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = QStandardItemModel(0, 3, self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setUniformRowHeights(True)
        self.note = QLabel(self)
        self.note.setContentsMargins(8, 4, 8, 4)
        self.export_button = QPushButton(translate("Search", "Export these results…"), self)
        self.export_button.setFlat(True)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the field
        self.export_button.clicked.connect(self.export)
        self.groups: list[search.Group] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.hide()

    def show_groups(self, groups: list[search.Group], typed: str) -> None:
        lang = i18n.language()
        self.model.removeRows(0, self.model.rowCount())
        self.groups = list(groups)
        self.export_button.setVisible(bool(groups))
        bold = QFont(self.view.font())
        bold.setBold(True)
        for group in groups:
            head = QStandardItem(f"{register_title(group.register)} ({i18n.digits(str(len(group.hits)))})")
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.model.appendRow([head, QStandardItem(), QStandardItem()])
            for hit in group.hits:
                cells = [
                    QStandardItem(hit.title(lang)),
                    QStandardItem(i18n.digits(hit.number)),
                    QStandardItem(hit_detail(hit)),
                ]
                for cell in cells:
                    cell.setData(hit, HIT_ROLE)
                self.model.appendRow(cells)
        self.note.setText(
            "" if groups else translate("Search", "Nothing found for %1").replace("%1", i18n.isolated(typed))
        )
        self.note.setVisible(not groups)
        for column in range(3):
            self.view.resizeColumnToContents(column)
        hits = self.hit_rows()
        if hits:
            self.view.setCurrentIndex(self.model.index(hits[0], 0))

    def export(self) -> int | None:
        """The results shown, register by register, to an .xlsx workbook."""
        from app.ui.widgets.export_list import export_rows

        lang = i18n.language()
        headers = [
            translate("Search", "Register"),
            translate("Search", "Name or title"),
            translate("Search", "Number"),
            translate("Search", "Details"),
        ]
        rows = [
            [register_title(g.register), hit.title(lang), i18n.digits(hit.number), hit_detail(hit)]
            for g in self.groups
            for hit in g.hits
        ]
        self.hide()
        return export_rows(self.parentWidget() or self, "search", headers, rows)

    def hit_rows(self) -> list[int]:
        return [
            r
            for r in range(self.model.rowCount())
            if isinstance(self.model.index(r, 0).data(HIT_ROLE), search.Hit)
        ]

    def step(self, step: int) -> None:
        rows = self.hit_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        position = rows.index(current) + step if current in rows else 0
        self.view.setCurrentIndex(self.model.index(rows[max(0, min(position, len(rows) - 1))], 0))

    def current_hit(self) -> search.Hit | None:
        index = self.view.currentIndex()
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, search.Hit) else None


class SearchBox(QLineEdit):
    """The field; `window` is the widget the results are laid over (the main window)."""

    opened = Signal()  # a record was opened (and may have changed)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_widget = window
        self.setPlaceholderText(translate("Search", "Search everything (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.results = SearchResults(window)
        self.results.view.clicked.connect(self._open_index)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # keystrokes already waiting are taken together, then the search runs
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(lambda text: None if text.strip() else self.results.hide())
        window.installEventFilter(self)

    def focus(self) -> None:
        """Ctrl+K: into the field, its text chosen, the last results shown again."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.run_search()

    def run_search(self) -> None:
        typed = self.text()
        if not typed.strip():
            self.results.hide()
            return
        from app.services.errors import ServiceError

        try:
            groups = search.search(typed)
        except ServiceError as error:
            self.results.note.setText(i18n.error_text(error))
            self.results.note.show()
            return
        self.results.show_groups(groups, typed)
        self._place()
        self.results.show()
        self.results.raise_()

    def _place(self) -> None:
        corner = self.mapTo(self.window_widget, QPoint(0, self.height()))
        width = max(self.width(), 640)
        if (
            self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            or corner.x() + width > self.window_widget.width()
        ):
            corner.setX(max(0, corner.x() + self.width() - width))
        height = min(460, self.window_widget.height() - corner.y() - 8)
        self.results.setGeometry(corner.x(), corner.y(), width, max(120, height))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self.results.isVisible() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.results.step(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self._timer.stop()
                self.run_search()
            hit = self.results.current_hit() if self.results.isVisible() else None
            if hit is not None:
                self.open_hit(hit)
            return
        if key == Qt.Key.Key_Escape and self.results.isVisible():
            self.results.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window_widget and event.type() == QEvent.Type.Resize and self.results.isVisible():
            self._place()
        return False

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, search.Hit):
            self.open_hit(hit)

    def open_hit(self, hit: search.Hit) -> None:
        from app.ui.tabs.today_open import open_record

        self.results.hide()
        if open_record(self.window_widget, hit.register, hit.record_id):
            self.opened.emit()
