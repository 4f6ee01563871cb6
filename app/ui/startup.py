"""From the first paint to the first page of data: open the database (or explain why not), first-run
welcome, tabs, and the backups taken at start and at close."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import i18n
from app.ui.i18n import translate
from app.ui.main_window import MainWindow
from app.ui.modal import run_modal


def timing(label: str) -> None:
    """With IVC_DESK_TIMINGS=1, moments of start-up are written to stderr as Unix times (for benchmarks)."""
    if os.environ.get("IVC_DESK_TIMINGS"):
        print(f"ivc-desk-timing {label} {time.time():.4f}", file=sys.stderr, flush=True)


def _directory_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.directory import DirectoryTab

    return DirectoryTab()


def _letters_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.letters import LettersTab

    return LettersTab()


def _meetings_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.meetings import MeetingsTab

    return MeetingsTab()


def _visits_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.visits import VisitsTab

    return VisitsTab()


def _funding_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.funding import FundingTab

    return FundingTab()


def _ordinances_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.ordinances import OrdinancesTab

    return OrdinancesTab()


def _adjuncts_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.faculty import AdjunctsTab

    return AdjunctsTab()


def _evaluations_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.faculty.evaluations import EvaluationsTab

    return EvaluationsTab()


def _programmes_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.faculty.programmes import ProgrammesTab

    return ProgrammesTab()


def _reports_tab():  # type: ignore[no-untyped-def]
    from app.ui.tabs.reports import ReportsTab

    return ReportsTab()


def make_tabs() -> list:
    """The tabs, in order; the first is the default tab. Imported here, after the first paint; the
    others are built when first shown."""
    from app.ui.tabs.base import LazyTab
    from app.ui.tabs.today import TodayTab

    return [
        TodayTab(),
        LazyTab(translate("DirectoryTab", "Directory"), _directory_tab),
        LazyTab(translate("LettersTab", "Letters"), _letters_tab),
        LazyTab(translate("MeetingsTab", "Meetings"), _meetings_tab, guide="meetings"),
        LazyTab(translate("VisitsTab", "Visits"), _visits_tab, guide="visits"),
        LazyTab(translate("FundingTab", "Funding"), _funding_tab, guide="funding"),
        LazyTab(translate("Ordinances", "Ordinances"), _ordinances_tab, guide="ordinances"),
        LazyTab(translate("AdjunctsTab", "Adjuncts"), _adjuncts_tab),
        LazyTab(translate("EvaluationsTab", "Evaluations"), _evaluations_tab),
        LazyTab(translate("ProgrammesTab", "Schools and exchanges"), _programmes_tab),
        LazyTab(translate("ReportsTab", "Reports"), _reports_tab, guide="reports"),
    ]


class _Bridge(QObject):
    """Carries the background integrity check's finding to the GUI thread."""

    damage = Signal(str)


class Startup:
    """Opens the database after the first paint, offers the welcome on a first run, installs the tabs."""

    def __init__(self, app: QApplication, window: MainWindow, exit_after_start: bool) -> None:
        self._bridge = _Bridge()
        self._bridge.damage.connect(self._damage_found, Qt.ConnectionType.QueuedConnection)
        self.app = app
        self.window = window
        self.exit_after_start = exit_after_start
        self.exit_code = 0
        self.safety = None  # app.ui.safety.DataSafety once the database is open
        window.first_painted.connect(self._first_paint)
        window.settings_requested.connect(self.open_settings)
        window.audit_requested.connect(self.open_audit_log)
        window.import_requested.connect(self.open_import)
        window.language_chosen.connect(self.change_language)
        window.calendar_chosen.connect(self.change_calendar)

    def _first_paint(self) -> None:
        timing("first-paint")
        QTimer.singleShot(0, self.open_database)

    opened = False

    # ------------------------------------------------------------- the database

    def open_database(self) -> None:
        from app.services import context

        if self.opened:
            return
        self.opened = True
        context.set_actor(i18n.preference("ui/profile"))
        if not self._open():
            self.app.quit()
            return
        if not self.exit_after_start and not self._set_up():
            self.app.quit()
            return
        timing("database-open")
        tabs = make_tabs()
        timing("tabs-built")
        tabs[0].ready.connect(self._ready)
        try:
            self.window.install_tabs(tabs)
        except context.DamagedRecordError:
            return  # the database told the damage bridge: it is set aside and a backup offered (queued)
        except Exception as exc:
            if not self.exit_after_start:
                raise  # the message box of app.ui.errors
            from app.ui.errors import message_for

            self.fail(message_for(exc) or f"{type(exc).__name__}: {exc}")
            self.app.quit()
            return
        timing("first-page-loaded")
        from app.ui.tabs.today_reminder import install_search

        install_search(self.window, tabs[0])

    def _start_safety(self) -> None:
        """Notices and the start-up backup: after the first page of data is on screen."""
        from app.ui.safety import DataSafety

        self.safety = DataSafety(self.window)
        self.safety.notices()
        if not self.exit_after_start:
            self.safety.backup_at_start()
            self.app.aboutToQuit.connect(self.safety.backup_at_close)

    def _open(self) -> bool:
        """Open the database; on trouble explain it and offer the way out. False: nothing to open."""
        from app.services import context
        from app.services.context import DamagedDatabaseError, DatabaseInUseError, ServerUnreachableError
        from app.services.errors import ServiceError

        try:
            context.open_database(on_damage=self._report_damage)
            return True
        except ServerUnreachableError as error:
            return self._server_away(error)
        except DatabaseInUseError as error:
            if self.exit_after_start or not self._ask(
                i18n.error_text(error)
                + "\n\n"
                + translate("Startup", "Open it read-only, to look and print only?")
            ):
                return self.fail(i18n.error_text(error))
            return self._try(lambda: context.open_database(readonly=True))
        except DamagedDatabaseError as error:
            return self._recover(error)
        except ServiceError as error:
            return self.fail(i18n.error_text(error))

    def _server_away(self, error) -> bool:  # type: ignore[no-untyped-def]
        """The office server cannot be reached: say so, retry, or open the last local copy read-only (to
        look and print, e.g. a visit's itinerary)."""
        from app.services import backups, context
        from app.services.context import ServerUnreachableError

        while not self.exit_after_start:
            newest = backups.newest_good_backup()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("Startup", "IVC Desk"),
                i18n.error_text(error),
                parent=self.window,
            )
            retry = box.addButton(translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole)
            snapshot = None
            if newest is not None:
                when = i18n.digits(f"{i18n.format_date(newest.taken.date())} {newest.taken:%H:%M}")
                snapshot = box.addButton(
                    translate("Startup", "Open the copy of %1 read-only").replace("%1", when),
                    QMessageBox.ButtonRole.ActionRole,
                )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is retry:
                try:
                    context.open_database(on_damage=self._report_damage)
                    return True
                except ServerUnreachableError as again:
                    error = again
                    continue
            if snapshot is not None and box.clickedButton() is snapshot:
                return self._try(partial(context.open_database, newest.path, readonly=True, lock=False))
            break
        return self.fail(i18n.error_text(error))

    def _damage_found(self, problem: str) -> None:
        """The background check found damage after the window opened: set it aside and offer a backup."""
        from app.services import context
        from app.services.context import DamagedDatabaseError

        try:
            context.set_aside_open_database(problem)
        except DamagedDatabaseError as error:
            if self._recover(error):
                self.window.reload_tabs()
            else:
                self.app.quit()

    def _recover(self, error) -> bool:  # type: ignore[no-untyped-def]
        from app.services import backups

        newest = None if self.exit_after_start else backups.newest_good_backup()
        if newest is None:
            return self.fail(
                i18n.error_text(error) + "\n\n" + translate("Startup", "There is no good backup to restore.")
            )
        when = f"{i18n.format_date(newest.taken.date())} {newest.taken:%H:%M}"
        question = translate("Startup", "Restore the newest good backup, taken %1?").replace(
            "%1", i18n.isolated(i18n.digits(when))
        )
        if not self._ask(i18n.error_text(error) + "\n\n" + question):
            return self.fail(i18n.error_text(error))
        return self._try(lambda: backups.recover(newest.path))

    def _try(self, action) -> bool:  # type: ignore[no-untyped-def]
        from app.services.errors import ServiceError

        try:
            action()
        except ServiceError as error:
            return self.fail(i18n.error_text(error))
        return True

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self.window, translate("Startup", "IVC Desk"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _set_up(self) -> bool:
        from app.services import context, settings

        if settings.is_set_up() or context.state().readonly:
            return True
        from app.ui.dialogs.welcome import WelcomeDialog

        return run_modal(WelcomeDialog(self.window)) == WelcomeDialog.DialogCode.Accepted

    def _ready(self) -> None:
        timing("ready")
        from app.services import context

        context.start_background_check()  # now that the first page is painted, nothing competes with it
        if self.exit_after_start:
            self._quit_after_check()
        else:
            QTimer.singleShot(0, self._start_safety)
            from app.ui.tabs.today_reminder import remind_once_a_day

            QTimer.singleShot(0, lambda: remind_once_a_day(self.window, self.window.tabs.widget(0)))

    def _quit_after_check(self) -> None:
        """--exit-after-start: quit once the background check has finished (damage it finds is reported by
        _damage_found, which quits)."""
        from app.services import context

        database = context.state()
        if not database.open:  # set aside meanwhile
            return
        if not database.check_finished:
            QTimer.singleShot(50, self._quit_after_check)
        elif database.damage is None:
            QTimer.singleShot(0, self.app.quit)

    def _report_damage(self, problem: str) -> None:
        """From the check's thread: on to the GUI thread (unless the window is already gone)."""
        with contextlib.suppress(RuntimeError):  # the application has ended meanwhile: the next start checks
            self._bridge.damage.emit(problem)

    def fail(self, message: str) -> bool:
        self.exit_code = 1
        if self.exit_after_start:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(self.window, translate("Startup", "IVC Desk"), message)
        return False

    # ------------------------------------------------------------- preferences

    def open_settings(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog

        run_modal(SettingsDialog(self.window))

    def open_audit_log(self) -> None:
        from app.ui.dialogs.audit_log import AuditLogDialog

        run_modal(AuditLogDialog(self.window))

    def open_import(self) -> None:
        from app.ui.imports.wizard import ImportWizard

        run_modal(ImportWizard(self.window))
        self.window.reload_tabs()  # the lists show what was imported

    def change_language(self, lang: str) -> None:
        if lang != i18n.language():
            i18n.set_preference("ui/language", lang)
            self._offer_restart()

    def change_calendar(self, calendar: str) -> None:
        if calendar != i18n.calendar():
            i18n.set_preference("ui/calendar", calendar)
            self._offer_restart()

    def _offer_restart(self) -> None:
        if self._ask(
            translate("Startup", "The change takes effect when IVC Desk starts again. Restart now?")
        ):
            from PySide6.QtCore import QProcess

            frozen = getattr(sys, "frozen", False)
            arguments = sys.argv[1:] if frozen else ["-m", "app", *sys.argv[1:]]
            self.window.close()
            QProcess.startDetached(sys.executable, arguments)
            self.app.quit()
