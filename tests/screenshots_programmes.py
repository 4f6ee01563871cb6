"""Screenshots of the Schools tab and a programme's participants in English and Persian on a real X display
(Xvfb).

Usage: python tests/screenshots_programmes.py DATA_DIR OUTPUT_DIR   (DATA_DIR holds `ivc-desk demo` data;
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
    from app.ui.tabs.faculty.programme_dialogs import ParticipantsDialog

    tabs = self.window.tabs
    def is_programmes(i):
        inner = getattr(tabs.widget(i), "inner", None)
        names = ("Schools and exchanges", "مدارس و تبادل‌ها")
        return type(inner).__name__ == "ProgrammesTab" or tabs.tabText(i) in names

    index = next(i for i in range(tabs.count()) if is_programmes(i))
    tabs.setCurrentIndex(index)

    def shoot_tab():
        tab = tabs.widget(index).inner
        row = tab.model.rows()[-1]
        tab.select(row.id)
        self.window.grab().save(f"{out}/programmes-tab-{lang}.png")
        dialog = ParticipantsDialog(self.window, row.id)
        dialog.resize(760, 520)
        dialog.show()
        def shoot_dialog():
            dialog.grab().save(f"{out}/programme-participants-{lang}.png")
            self.app.quit()

        QTimer.singleShot(500, shoot_dialog)

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
