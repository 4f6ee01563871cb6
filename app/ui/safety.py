"""The data-safety actions of the window: backups at start and close, File › Back up now and Restore,
and the notices for read-only and network databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.common import clock
from app.services import backups, context, files
from app.ui import i18n
from app.ui.errors import show_failure
from app.ui.i18n import translate
from app.ui.main_window import MainWindow
from app.ui.modal import run_modal
from app.ui.tasks import run_and_wait, run_in_background


class DataSafety:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.backup_requested.connect(self.back_up_now)
        window.restore_requested.connect(self.restore)

    def notices(self) -> None:
        database = context.state()
        texts = []
        if database.readonly:
            texts.append(
                translate(
                    "DataSafety",
                    "Read-only: another IVC Desk has this database open. "
                    "You can look and print; changes cannot be saved.",
                )
            )
        if database.network:
            texts.append(
                translate(
                    "DataSafety",
                    "The database is in a network folder. Sharing one database file "
                    "between computers is not safe: keep it on this computer's disk.",
                )
            )
        self.window.show_banner("\n".join(texts))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def backup_at_start(self) -> None:
        if context.state().readonly:
            return
        files.remove_stale_temporaries()
        if not backups.backup_due():
            return
        run_in_background(
            None,
            translate("DataSafety", "Backing up the database…"),
            lambda: backups.take_backup("start"),
            lambda path: self._status(
                translate("DataSafety", "Backup taken: %1").replace("%1", i18n.isolated(path))
            ),
            lambda exc: show_failure(self.window, exc),
        )

    def backup_at_close(self) -> None:
        database = context.state()
        if not database.open or database.readonly:
            return
        try:
            run_and_wait(
                None,
                translate("DataSafety", "Backing up the database…"),
                lambda: backups.take_backup("close"),
            )
        except Exception as exc:  # noqa: BLE001 - closing goes on; the person is told
            show_failure(None, exc)

    def back_up_now(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"ivc-desk-backup-{clock.today():%Y-%m-%d}.sqlite3")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("DataSafety", "Back up the database to"),
            suggested,
            translate("DataSafety", "IVC Desk backups (*.sqlite3)"),
        )
        if not name:
            return
        run_in_background(
            self.window,
            translate("DataSafety", "Backing up the database…"),
            lambda: backups.take_backup("manual", Path(name)),
            lambda path: self._status(
                translate("DataSafety", "Backup written to %1").replace("%1", i18n.isolated(path))
            ),
            lambda exc: show_failure(self.window, exc),
        )

    def restore(self) -> None:
        if context.state().readonly:
            show_failure(self.window, context.DatabaseReadOnlyError())
            return
        from app.ui.dialogs.backups import RestoreDialog

        dialog = RestoreDialog(self.window)
        if run_modal(dialog) != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        answer = QMessageBox.question(
            self.window,
            translate("DataSafety", "Restore from backup"),
            translate(
                "DataSafety", "Replace the database by %1? The current database is kept as a backup first."
            ).replace("%1", i18n.isolated(dialog.chosen.name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        chosen = dialog.chosen
        run_in_background(
            self.window,
            translate("DataSafety", "Restoring the backup…"),
            lambda: backups.restore_backup(chosen),
            self._restored,
            lambda exc: show_failure(self.window, exc),
        )

    def _restored(self, result: backups.RestoreResult) -> None:
        self.window.reload_tabs()
        QMessageBox.information(
            self.window, translate("DataSafety", "Restore from backup"), restore_message(result)
        )
        i18n.set_preference("backup/last-restore", clock.now().isoformat(timespec="seconds"))


REGISTER_NAMES = {
    "letters": QT_TRANSLATE_NOOP("DataSafety", "Letters"),
    "ordinances": QT_TRANSLATE_NOOP("DataSafety", "Ordinances"),
    "meetings": QT_TRANSLATE_NOOP("DataSafety", "Meetings"),
    "visits": QT_TRANSLATE_NOOP("DataSafety", "Visits"),
    "funding": QT_TRANSLATE_NOOP("DataSafety", "Funding requests"),
}


def _listed(register: str, numbers: list[str]) -> str:
    comma = translate("DataSafety", ", ")
    name = translate("DataSafety", REGISTER_NAMES.get(register, register))
    return f"{name}: {i18n.digits(comma.join(numbers))}"


def restore_message(result: backups.RestoreResult) -> str:
    """What a restore kept, brought back and took back, in the secretary's words."""
    lines = [
        translate("DataSafety", "The backup was restored. The database it replaced was kept as %1.").replace(
            "%1", i18n.isolated(result.kept)
        )
    ]
    if result.reregistered:
        lines.append(
            translate(
                "DataSafety", "Issued after this backup and registered again, with their stored documents:"
            )
        )
        lines += [_listed(r, n) for r, n in result.reregistered.items()]
    if result.taken_back:
        lines.append(
            translate(
                "DataSafety",
                "Made after this backup and taken back by it (their numbers will not be given again):",
            )
        )
        lines += [_listed(r, n) for r, n in result.taken_back.items()]
    return "\n".join(lines)
