"""Screenshots of Help › User guide (F1) at 1366×768 in both languages, opened from the Meetings tab.

Usage: xvfb-run -a -s "-screen 0 1366x768x24" python tests/screenshots_guide.py OUTPUT_DIR
writes OUTPUT_DIR/guide-en.png and guide-fa.png (each language in a program of its own).
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

out, lang = sys.argv[1], sys.argv[2]
original = application.Startup._ready

def ready(self):
    original(self)
    window = self.window
    tabs = window.tabs
    meetings = next(i for i in range(tabs.count()) if getattr(tabs.widget(i), "guide", "") == "meetings")
    tabs.setCurrentIndex(meetings)
    window.show_guide()  # what F1 does
    guide = window.guide_window
    guide.resize(1180, 700)
    guide.move(90, 20)
    QTimer.singleShot(900, lambda: (guide.grab().save(out), self.app.quit()))

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
        png = out / f"guide-{lang}.png"
        subprocess.run([sys.executable, "-c", SHOT, str(png), lang], env=env, check=True, timeout=180)
        print(png)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
