"""Screenshots of File › Import… on a real X display, in English and Persian: the columns mapped, and the
preview of a messy sheet (a duplicate chosen for update, refused rows with their reasons).

Usage: xvfb-run -a -s "-screen 0 1366x768x24" python tests/screenshots_import.py OUTPUT_DIR
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
from PySide6.QtWidgets import QApplication, QWizard
from app.services import context, directory
from app.ui import i18n
from app.ui.imports.wizard import ImportWizard
from tests.services.import_sheets import people_sheet

out, lang, folder = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
app = QApplication(sys.argv)
i18n.install(app, lang)
context.open_database(folder / "ivc-desk.sqlite3")
context.set_actor("screenshot")
directory.save_person({"kind": "foreign_guest", "first_name_en": "Jurgen", "last_name_en": "Muller"})
wizard = ImportWizard()
wizard.show()

def step(n):
    if n == 0:
        wizard.choose.file.setText(str(people_sheet(folder / "people-1403.xlsx")))
        wizard.choose._file_chosen()
        wizard.grab().save(str(out / f"import-{lang}-choose.png"))
        wizard.next()
    elif n == 1:
        wizard.grab().save(str(out / f"import-{lang}-map.png"))
        wizard.next()
    elif n == 2:
        page = wizard.preview
        page.view.selectRow(5)
        page.model.decide([5], "update")
        wizard.grab().save(str(out / f"import-{lang}-preview.png"))
        page.skip.setChecked(True)
        wizard.next()
    else:
        wizard.grab().save(str(out / f"import-{lang}-done.png"))
        app.quit()
        return
    QTimer.singleShot(700, lambda: step(n + 1))

QTimer.singleShot(700, lambda: step(0))
app.exec()
"""


def main(out: str) -> None:
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "fa"):
        with tempfile.TemporaryDirectory() as folder:
            env = {**os.environ, "IVC_DESK_HOME": folder}
            env.pop("QT_QPA_PLATFORM", None)
            subprocess.run(
                [sys.executable, "-c", SHOT, str(target), lang, folder], env=env, check=True, timeout=120
            )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
