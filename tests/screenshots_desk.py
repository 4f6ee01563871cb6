"""Screenshots of the secretary's desk at 1366×768 in both languages: a person's form showing every bad
field at once, and Help › Keyboard shortcuts.

Usage: python tests/screenshots_desk.py OUTPUT_DIR   (needs xvfb-run)
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
from PySide6.QtCore import QTimer
from app.ui import application

out, lang, which = sys.argv[1], sys.argv[2], sys.argv[3]
original = application.Startup._ready

def ready(self):
    original(self)
    if which == "errors":
        from app.ui.tabs.directory.people import PersonDialog

        dialog = PersonDialog(self.window)
        dialog.edits["first_name_en"].setText("Reza")
        dialog.edits["email"].setText("reza at med")
        dialog.edits["phone"].setText("call me")
        dialog.notes.setPlainText("Room 12")
        dialog.show()
        dialog.resize(640, 730)
        QTimer.singleShot(200, dialog.accept)  # Save: refused, every bad field shown
    else:
        from app.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.show()
    QTimer.singleShot(900, lambda: (dialog.grab().save(out), self.app.quit()))

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


def main(target: str) -> int:
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="ivc-shots-"))
    env = {**os.environ, "IVC_DESK_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run([sys.executable, "-m", "app", "demo", "--size", "30"], env=env, check=True)
    for lang in ("en", "fa"):
        for which in ("errors", "shortcuts"):
            png = out / f"desk-{which}-{lang}.png"
            command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", SHOT]
            subprocess.run([*command, str(png), lang, which], env=env, check=True, timeout=180)
            print(png)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
