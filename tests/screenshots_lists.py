"""Screenshots of Export… and File › Import log on a real X display (Xvfb, 1366×768), in English and Persian:
the people list filtered with its Export button and the status line after the export, the funding tab's
export menu, the import log with an undo refused in words, and Settings › Today.

Usage: python tests/screenshots_lists.py OUTPUT_DIR   (needs xvfb-run)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHOT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from app.ui import application

out, lang, folder = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
original = application.Startup._ready
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(folder / "people.xlsx"), ""))
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)

def screen(name):
    QApplication.primaryScreen().grabWindow(0).save(str(out / name))

def ready(self):
    original(self)
    window = self.window
    steps = []

    def directory():
        window.tabs.setCurrentIndex(1)
        tab = window.tabs.currentWidget()
        tab.activate()
        view = tab.inner.people.view if hasattr(tab, "inner") and tab.inner else tab.people.view
        from app.services import directory as people

        first = people.list_people(people.PageRequest(sort="id")).rows[0]
        view.search.setText(first.name(lang).split()[-1])  # a family name the sample data holds
        steps.append(view)

    def export():
        view = steps[0]
        view.export()

    def funding():
        screen(f"export-{lang}.png")
        window.tabs.setCurrentIndex(5)
        tab = window.tabs.currentWidget()
        tab.activate()
        inner = tab.inner if hasattr(tab, "inner") and tab.inner else tab
        button = inner.export_button
        QTimer.singleShot(0, button.showMenu)

    def menu_shot():
        screen(f"export-menu-{lang}.png")
        QApplication.activePopupWidget() and QApplication.activePopupWidget().close()

    def import_log():
        from sqlalchemy import select  # noqa: F401 - only the services below touch the database
        from app.services import directory as people, imports
        from tests.services.import_sheets import people_sheet
        from app.ui.imports.log import ImportLogDialog

        table = imports.open_sheet("people", people_sheet(folder / "people-1403.xlsx"))
        preview = imports.preview("people", table, imports.guess_mapping("people", table))
        imports.apply_import(preview, skip_refused=True)
        rows = people.list_people(people.PageRequest(search="Maryam Karimi")).rows
        karimi = [r for r in rows if r.archived is False][-1]
        people.save_person({**people.get_person(karimi.id).values, "position": "Head"}, karimi.id)
        dialog = ImportLogDialog(window)
        dialog.show()
        from app.ui.widgets.rows import select_row

        select_row(dialog.table, dialog.model.rowCount() - 1)  # the first import: its Karimi was changed
        dialog.undo_current()
        steps.append(dialog)

    def log_shot():
        steps[-1].grab().save(str(out / f"import-log-{lang}.png"))
        steps[-1].close()
        from app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window)
        dialog.pages.setCurrentWidget(dialog.today)
        dialog.show()
        steps.append(dialog)

    def settings_shot():
        steps[-1].grab().save(str(out / f"settings-today-{lang}.png"))
        self.app.quit()

    plan = [directory, export, funding, menu_shot, import_log, log_shot, settings_shot]

    def run(n):
        plan[n]()
        if n + 1 < len(plan):
            QTimer.singleShot(900, lambda: run(n + 1))

    QTimer.singleShot(500, lambda: run(0))

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


def main(target: str) -> int:
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="ivc-shots-"))
    env = {**os.environ, "IVC_DESK_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run([sys.executable, "-m", "app", "demo", "--size", "60"], env=env, check=True)
    for lang in ("en", "fa"):
        subprocess.run(
            [
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1366x768x24",
                sys.executable,
                "-c",
                SHOT,
                str(out),
                lang,
                str(home),
            ],
            env=env,
            check=True,
            timeout=180,
        )
        for name in ("export", "export-menu", "import-log", "settings-today"):
            print(out / f"{name}-{lang}.png")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
