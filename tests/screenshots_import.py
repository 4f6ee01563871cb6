"""Screenshots of File › Import… on a real X display, in English and Persian, for the people, visits and
funding sheets of tests/services/import_sheets.py: the columns mapped, and the preview of a messy sheet (a
possible duplicate: for people one chosen for update, for visits and funding the first row, imported earlier,
kept), refused rows with their reasons, the import done, then File › Import
log in the main window: the batch, the question before Undo, and the log after it. Each step's texts are
printed, so that what the preview said can be read without the pictures.

Usage: xvfb-run -a -s "-screen 0 1366x768x24" python tests/screenshots_import.py OUTPUT_DIR [REGISTER ...]
(people, visits, funding; all three by default). People's pictures are named import-LANG-STEP.png, the
others import-REGISTER-LANG-STEP.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SHOT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from app.services import context, directory, imports
from app.ui import i18n
from app.ui.imports.log import ImportLogDialog
from app.ui.imports.wizard import ImportWizard
from app.ui.main_window import MainWindow
from tests.services import import_sheets

out, lang, folder, register = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
name = lang if register == "people" else f"{register}-{lang}"
sheet = getattr(import_sheets, f"{register}_sheet")
app = QApplication(sys.argv)
i18n.install(app, lang)
context.open_database(folder / "ivc-desk.sqlite3")
context.set_actor("screenshot")
directory.save_person({"kind": "foreign_guest", "first_name_en": "Jurgen", "last_name_en": "Muller"})
path = sheet(folder / f"{register}-1403.xlsx")
if register != "people":  # the sheet's first row came in last year: the wizard finds it a possible duplicate
    earlier = imports.open_sheet(register, path, None)
    earlier.rows = earlier.rows[:1]
    imports.apply_import(imports.preview(register, earlier, imports.guess_mapping(register, earlier)))
wizard = ImportWizard()
wizard.show()

def step(n):
    if n == 0:
        wizard.choose.register.setCurrentIndex(wizard.choose.register.findData(register))
        wizard.choose.file.setText(str(path))
        wizard.choose._file_chosen()
        wizard.grab().save(str(out / f"import-{name}-choose.png"))
        wizard.next()
    elif n == 1:
        wizard.grab().save(str(out / f"import-{name}-map.png"))
        wizard.next()
    elif n == 2:
        page = wizard.preview
        if register == "people":
            page.view.selectRow(5)
            page.model.decide([5], "update")
        wizard.grab().save(str(out / f"import-{name}-preview.png"))
        print(lang, "summary:", page.summary.text())
        for r in range(page.model.rowCount()):
            print(lang, " | ".join(page.model.index(r, c).data() or "" for c in range(5)))
        page.skip.setChecked(True)
        wizard.next()
    elif n == 3:
        wizard.grab().save(str(out / f"import-{name}-done.png"))
        print(lang, "done:", wizard.done_page.report.text())
        wizard.close()
        window = MainWindow()
        window.resize(1200, 700)
        window.show()
        holder["window"] = window
        QTimer.singleShot(700, lambda: in_log(0))
        window.open_import_log()  # File › Import log…, modal until closed
        print(lang, register, "in place after the undo:", len(records_in_place()))
        app.quit()
        return
    QTimer.singleShot(700, lambda: step(n + 1))

holder = {}

def records_in_place():
    from sqlalchemy import select
    from db.models import FundingRequest, Person, Visit
    table = {"people": Person, "visits": Visit, "funding": FundingRequest}[register]
    with context.database().reading() as session:
        return [p for p in session.execute(select(table)).scalars() if p.archived_at is None]

def when(kind, then, tries=100):
    # then(dialog) once the modal dialog on top is a `kind` (a loaded machine may take a while)
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, kind) or tries == 0:
        then(dialog)
    else:
        QTimer.singleShot(200, lambda: when(kind, then, tries - 1))

def in_log(n):
    if n == 0:
        when(ImportLogDialog, log_before)
    elif n == 1:
        when(QMessageBox, asked)
    else:
        when(ImportLogDialog, log_after)

def log_before(dialog):
    dialog.resize(900, 360)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))  # the row clicked
    print(lang, "log:", " | ".join(dialog.model.index(0, c).data() or "" for c in range(7)))
    dialog.grab().save(str(out / f"import-{name}-log.png"))
    QTimer.singleShot(700, lambda: in_log(1))
    dialog.undo_button.click()  # asks first

def asked(dialog):
    print(lang, "asked:", dialog.text())
    dialog.grab().save(str(out / f"import-{name}-undo-question.png"))
    QTimer.singleShot(700, lambda: in_log(2))
    dialog.button(QMessageBox.StandardButton.Yes).click()

def log_after(dialog):
    if not dialog.message.text():  # the undo is still being written
        QTimer.singleShot(200, lambda: log_after(dialog))
        return
    print(lang, "log after:", " | ".join(dialog.model.index(0, c).data() or "" for c in range(7)))
    print(lang, "message:", dialog.message.text())
    dialog.grab().save(str(out / f"import-{name}-log-undone.png"))
    print(lang, "batches:", imports.list_imports())
    dialog.reject()

QTimer.singleShot(700, lambda: step(0))
app.exec()
"""


def main(out: str, registers: list[str]) -> None:
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    for register in registers:
        for lang in ("en", "fa"):
            with tempfile.TemporaryDirectory() as folder:
                env = {**os.environ, "IVC_DESK_HOME": folder}
                env.pop("QT_QPA_PLATFORM", None)
                subprocess.run(
                    [sys.executable, "-c", SHOT, str(target), lang, folder, register],
                    env=env,
                    check=True,
                    timeout=300,
                )


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots",
        sys.argv[2:] or ["people", "visits", "funding"],
    )
