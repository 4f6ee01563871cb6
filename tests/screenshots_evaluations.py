"""Screenshots of the Evaluations tab, its result dialog and a person page with its evaluations, in English
and Persian on a real X display (Xvfb).

Usage: python tests/screenshots_evaluations.py DATA_DIR OUTPUT_DIR   (DATA_DIR holds `ivc-desk demo` data;
run under xvfb-run)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SHOT = r"""
import sys
from PySide6.QtCore import QTimer
from app.ui import application

out, lang = sys.argv[1], sys.argv[2]
original = application.Startup._ready

def ready(self):
    original(self)
    from app.ui.tabs.directory.people import PersonDialog
    from app.ui.tabs.faculty.evaluation_dialogs import ResultDialog

    tabs = self.window.tabs
    def is_evaluations(i):
        inner = getattr(tabs.widget(i), "inner", None)
        names = ("Evaluations", "ارزیابی‌های زبان")
        return type(inner).__name__ == "EvaluationsTab" or tabs.tabText(i) in names

    index = next(i for i in range(tabs.count()) if is_evaluations(i))
    tabs.setCurrentIndex(index)

    def shoot_tab():
        tab = tabs.widget(index).inner
        row = next(r for r in tab.model.rows() if r.outcome == "passed")
        tab.select(row.id)
        self.window.grab().save(f"{out}/evaluations-tab-{lang}.png")
        dialog = ResultDialog(self.window, row.id)
        dialog.resize(640, 420)
        dialog.show()
        QTimer.singleShot(500, lambda: shoot_result(dialog, row))

    def shoot_result(dialog, row):
        dialog.grab().save(f"{out}/evaluation-result-{lang}.png")
        dialog.done(0)
        person = PersonDialog(self.window, row.person_id)
        person.resize(720, 760)
        person.show()
        from PySide6.QtWidgets import QLabel

        person.scroll.ensureWidgetVisible(person.findChild(QLabel, "person_evaluations"))
        def shoot_person():
            person.grab().save(f"{out}/evaluation-person-{lang}.png")
            self.app.quit()

        QTimer.singleShot(500, shoot_person)

    QTimer.singleShot(900, shoot_tab)

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


def main() -> int:
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "IVC_DESK_HOME": str(data), "QT_QPA_PLATFORM": "xcb"}
    for lang in ("en", "fa"):
        subprocess.run([sys.executable, "-c", SHOT, str(out), lang], env=env, check=True, timeout=300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
