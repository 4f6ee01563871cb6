"""Help › Keyboard shortcuts: every menu command that has keys, then the keys of lists and editors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.ui.i18n import translate

# Keys that belong to lists and editors rather than to a menu command.
EDITOR_KEYS = (
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the record open in an editor")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close an editor (asks first when something changed)")),
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next field (also out of a multi-line text)")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Previous field")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Type a tab inside a multi-line text")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen row of a list")),
    ("Alt+Up", QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen row up (agenda, programme)")),
    ("Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen row down (agenda, programme)")),
)


def path_separator() -> str:
    """Between a menu and its command, pointing the way the interface reads: File › Quit, پرونده ‹ خروج."""
    return " ‹ " if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else " › "


def menu_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, command) for every action of the window's menus and of the window itself that has keys."""
    found: list[tuple[str, str]] = []
    step = path_separator()
    seen: set[int] = set()

    def visit(actions: list[QAction], path: str) -> None:
        for action in actions:
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            text = action.text().replace("&", "").rstrip("…")
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions(), f"{path}{text}{step}")
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((keys, f"{path}{text}"))

    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        visit(menu_bar().actions(), "")
    visit(window.actions(), "")
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        rows = menu_shortcuts(window) + [
            (
                QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
                translate("Shortcuts", what),
            )
            for keys, what in EDITOR_KEYS
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Keys"), translate("Shortcuts", "Does")])
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(i18n.isolated(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text().strip("\u2068\u2069"), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
