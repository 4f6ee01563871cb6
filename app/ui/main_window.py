"""The main window: menus, status bar, and the tabs it is given. It knows no feature of its own."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from app import __version__
from app.common import dates
from app.ui import i18n
from app.ui.tabs.base import BaseTab


class MainWindow(QMainWindow):
    first_painted = Signal()
    settings_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    audit_requested = Signal()
    import_requested = Signal()
    language_chosen = Signal(str)
    calendar_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.guide_window: QWidget | None = None  # Help › User guide, made when first asked for
        self.setWindowTitle(self.tr("IVC Desk"))
        self.resize(1200, 760)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.placeholder = QLabel(self.tr("Opening the database…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.addTab(self.placeholder, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 6px; border-bottom: 1px solid #e0c060;"
        )
        self.banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Starting…"))
        state = i18n.settings()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._first_placement()
        window_state = state.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)

    def _first_placement(self) -> None:
        """The first run: maximised on a small screen (a 1366×768 office screen), else centred on it."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        if free.width() < 1400 or free.height() < 860:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.move(free.center() - self.rect().center())

    # ------------------------------------------------------------- menus and shortcuts

    def _build_menus(self) -> None:
        self.database_actions: list[QAction] = []  # enabled once the database is open
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self._action(
            file_menu,
            self.tr("&Settings…"),
            self.settings_requested.emit,
            QKeySequence.StandardKey.Preferences,
            needs_database=True,
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Back up now…"),
            self.backup_requested.emit,
            QKeySequence("Ctrl+Shift+B"),
            needs_database=True,
        )
        self._action(
            file_menu, self.tr("&Restore from backup…"), self.restore_requested.emit, needs_database=True
        )
        self._action(
            file_menu,
            self.tr("&Audit log…"),
            self.audit_requested.emit,
            QKeySequence("Ctrl+Shift+L"),
            needs_database=True,
        )
        self._action(
            file_menu,
            self.tr("&Import…"),
            self.import_requested.emit,
            QKeySequence("Ctrl+I"),
            needs_database=True,
        )
        self._action(file_menu, self.tr("Import &log…"), self.open_import_log, needs_database=True)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(
            edit_menu,
            self.tr("&New"),
            lambda: self._current("new_record"),
            QKeySequence.StandardKey.New,
            needs_database=True,
        )
        self._action(
            edit_menu,
            self.tr("&Find"),
            lambda: self._current("focus_search"),
            QKeySequence.StandardKey.Find,
            needs_database=True,
        )
        self._action(
            edit_menu,
            self.tr("&Print…"),
            lambda: self._current("print_current"),
            QKeySequence.StandardKey.Print,
            needs_database=True,
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.go_menu = view_menu.addMenu(self.tr("&Go to"))  # the tabs, Ctrl+1 to Ctrl+9 (install_tabs)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("fa", "فارسی"), ("en", "English")):
            action = self._action(language_menu, name, lambda _on=False, c=code: self.language_chosen.emit(c))
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            group.addAction(action)
        calendar_menu = view_menu.addMenu(self.tr("&Calendar"))
        group = QActionGroup(self)
        for code, name in (
            (dates.JALALI, self.tr("Jalali (Solar Hijri)")),
            (dates.GREGORIAN, self.tr("Gregorian")),
        ):
            action = self._action(calendar_menu, name, lambda _on=False, c=code: self.calendar_chosen.emit(c))
            action.setCheckable(True)
            action.setChecked(code == i18n.calendar())
            group.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&User guide…"), self.show_guide, QKeySequence("F1"))
        self._action(help_menu, self.tr("&Keyboard shortcuts…"), self.show_shortcuts, QKeySequence("Ctrl+F1"))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About IVC Desk"), self.about)
        for action in self.database_actions:
            action.setEnabled(False)

    def _action(self, menu, text: str, slot, shortcut=None, needs_database: bool = False) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if needs_database:
            self.database_actions.append(action)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _current(self, method: str) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, BaseTab):
            getattr(tab, method)()

    # ------------------------------------------------------------- tabs

    def install_tabs(self, tabs: list[BaseTab]) -> None:
        """Replace the start-up placeholder by the real tabs; the first is shown and loaded."""
        self.tabs.blockSignals(True)
        self.tabs.removeTab(0)
        self.placeholder.deleteLater()
        for tab in tabs:
            self.tabs.addTab(tab, tab.title)
            tab.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        for index, tab in enumerate(tabs[:9]):
            self._action(
                self.go_menu,
                tab.title,
                lambda _on=False, i=index: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Ctrl+{index + 1}"),
            )
        for action in self.database_actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self._tab_shown(0)
        from app.services import changes

        if changes.shared():  # other PCs change the same database: lists follow within seconds
            from app.ui.refresh import ChangeWatcher

            self.watcher = ChangeWatcher(self, self.reload_tabs)

    def open_import_log(self) -> None:
        """File › Import log: the past imports, and Undo; the lists reload after an undo."""
        from app.ui.imports.log import ImportLogDialog
        from app.ui.modal import run_modal

        dialog = ImportLogDialog(self)
        undone = dialog.undone  # kept: the dialog is deleted once closed
        run_modal(dialog)
        if undone:
            self.reload_tabs()

    def install_search(self, box: QWidget, focus) -> None:  # type: ignore[no-untyped-def]
        """The one search box in a toolbar of its own, Ctrl+K going into it."""
        bar = self.addToolBar(self.tr("Search"))
        bar.setObjectName("search-toolbar")
        bar.setMovable(False)
        bar.addWidget(box)
        action = QAction(self.tr("Search everything"), self)
        action.setShortcut(QKeySequence("Ctrl+K"))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(focus)
        self.addAction(action)

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)

    def show_banner(self, text: str) -> None:
        """A lasting notice above the tabs (read-only mode, a database on a network folder)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def reload_tabs(self) -> None:
        """After the database was replaced (restore): every loaded tab queries again."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, BaseTab) and tab.loaded:
                tab.load()

    def _tab_shown(self, index: int) -> None:
        from app.services.context import DamagedRecordError

        tab = self.tabs.widget(index)
        if isinstance(tab, BaseTab):
            # a damaged record: the database has reported it (set aside, the newest good backup offered,
            # queued)
            with contextlib.suppress(DamagedRecordError):
                tab.activate()

    # ------------------------------------------------------------- window

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About IVC Desk"),
            self.tr(
                "IVC Desk %1\n\nMeetings, foreign guest visits, conference funding, ordinances and letters "
                "of the International Vice-Chancellor's office."
            ).replace("%1", __version__),
        )

    def show_guide(self) -> None:
        """Help › User guide (F1): the guide window (one, not modal), on the guide of the tab in view."""
        from app.ui.dialogs.guide import GuideWindow

        if not isinstance(self.guide_window, GuideWindow):
            self.guide_window = GuideWindow(self)
        self.guide_window.show_guide(getattr(self.tabs.currentWidget(), "guide", "") or None)

    def show_shortcuts(self) -> None:
        from app.ui.dialogs.shortcuts import ShortcutsDialog
        from app.ui.modal import run_modal

        run_modal(ShortcutsDialog(self))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        state = i18n.settings()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        super().closeEvent(event)
