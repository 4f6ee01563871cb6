"""Screenshots of the Adjuncts tab and its editors in English and Persian on a real X display (Xvfb).

Usage: python tests/screenshots_adjuncts.py DATA_DIR OUTPUT_DIR   (DATA_DIR holds `ivc-desk demo` data;
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
    from app.ui.tabs.faculty.candidate import ActivityDialog, CandidateDialog

    tabs = self.window.tabs
    def is_adjuncts(i):
        inner = getattr(tabs.widget(i), "inner", None)
        return type(inner).__name__ == "AdjunctsTab" or tabs.tabText(i) in ("Adjuncts", "اعضای وابسته")

    index = next(i for i in range(tabs.count()) if is_adjuncts(i))
    tabs.setCurrentIndex(index)

    def shoot_tab():
        tab = tabs.widget(index).inner
        tab.view.selectRow(0)
        self.window.grab().save(f"{out}/adjuncts-tab-{lang}.png")
        row = tab.model.rows()[-1]  # the first candidate: appointed, with activity noted
        editor = CandidateDialog(self.window, row.id)
        editor.resize(720, 560)
        editor.show()
        QTimer.singleShot(500, lambda: shoot_editor(editor, row))

    def shoot_editor(editor, row):
        editor.grab().save(f"{out}/adjunct-candidate-{lang}.png")
        editor.done(0)
        activity = ActivityDialog(self.window, row.id)
        activity.resize(640, 460)
        activity.show()
        def shoot_activity():
            activity.grab().save(f"{out}/adjunct-activity-{lang}.png")
            self.app.quit()

        QTimer.singleShot(500, shoot_activity)

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
