"""Start-up: the window is painted first, then the database opens and the tabs load.

Heavy imports (SQLAlchemy and the models, the services) happen after the first paint, so the window
appears at the speed of a bare Qt window. With IVC_DESK_TIMINGS=1 the moments of first paint and
ready (the default tab's first page painted) are written to stderr as Unix times.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import i18n
from app.ui.main_window import MainWindow


def _timing(label: str) -> None:
    if os.environ.get("IVC_DESK_TIMINGS"):
        print(f"ivc-desk-timing {label} {time.time():.4f}", file=sys.stderr, flush=True)


def make_tabs() -> list:
    """The tabs, in order; the first is the default tab. Imported here, after the first paint."""
    from app.ui.tabs.directory import DirectoryTab
    from app.ui.tabs.letters import LettersTab

    return [DirectoryTab(), LettersTab()]


class Startup:
    """Opens the database after the first paint, offers the welcome on a first run, installs the tabs."""

    def __init__(self, app: QApplication, window: MainWindow, exit_after_start: bool) -> None:
        self.app = app
        self.window = window
        self.exit_after_start = exit_after_start
        self.exit_code = 0
        window.first_painted.connect(self._first_paint)
        window.settings_requested.connect(self.open_settings)
        window.language_chosen.connect(self.change_language)
        window.calendar_chosen.connect(self.change_calendar)

    def _first_paint(self) -> None:
        _timing("first-paint")
        QTimer.singleShot(0, self.open_database)

    def open_database(self) -> None:
        from app.services import context
        from app.services.errors import ServiceError

        context.set_actor(i18n.preference("ui/profile"))
        try:
            context.open_database()
        except ServiceError as error:
            self.fail(i18n.error_text(error))
            return
        if not self.exit_after_start and not self._set_up():
            self.app.quit()
            return
        tabs = make_tabs()
        tabs[0].ready.connect(self._ready)
        self.window.install_tabs(tabs)
        self.window.statusBar().showMessage(f"\u2066{context.database().path}\u2069", 8000)

    def _set_up(self) -> bool:
        from app.services import settings

        if settings.is_set_up():
            return True
        from app.ui.dialogs.welcome import WelcomeDialog

        return WelcomeDialog(self.window).exec() == WelcomeDialog.DialogCode.Accepted

    def _ready(self) -> None:
        _timing("ready")
        if self.exit_after_start:
            QTimer.singleShot(0, self.app.quit)

    def fail(self, message: str) -> None:
        self.exit_code = 1
        if self.exit_after_start:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(self.window, i18n.translate("Startup", "IVC Desk"), message)
        self.app.quit()

    def open_settings(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.window).exec()

    def change_language(self, lang: str) -> None:
        if lang == i18n.language():
            return
        i18n.set_preference("ui/language", lang)
        self._offer_restart()

    def change_calendar(self, calendar: str) -> None:
        if calendar == i18n.calendar():
            return
        i18n.set_preference("ui/calendar", calendar)
        self._offer_restart()

    def _offer_restart(self) -> None:
        answer = QMessageBox.question(
            self.window,
            i18n.translate("Startup", "IVC Desk"),
            i18n.translate("Startup", "The change takes effect when IVC Desk starts again. Restart now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from PySide6.QtCore import QProcess

            frozen = getattr(sys, "frozen", False)
            arguments = sys.argv[1:] if frozen else ["-m", "app", *sys.argv[1:]]
            self.window.close()
            QProcess.startDetached(sys.executable, arguments)
            self.app.quit()


def run_gui(exit_after_start: bool = False, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IVC Desk")
    app.setOrganizationName("IVC Desk")
    i18n.install(app, lang)
    window = MainWindow()
    startup = Startup(app, window, exit_after_start)
    window.show()
    code = app.exec()
    from app.services import context

    context.close_database()
    return code or startup.exit_code
