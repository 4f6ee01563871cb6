"""Screenshots of support requests of several kinds on a real X display (Xvfb): the Funding tab filtered to
sabbaticals, the sabbatical editor and the budget by kind, in English and Persian.

Usage: python tests/screenshots_cases.py OUTPUT_DIR   (needs xvfb-run)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SHOT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui import application

out, lang, which = sys.argv[1], sys.argv[2], sys.argv[3]
original = application.Startup._ready

def ready(self):
    original(self)
    from app.services import funding
    from app.ui.tabs.funding import FundingTab
    from app.ui.tabs.funding.editor import RequestDialog

    self.window.showMaximized()

    def open_tab():  # the Funding tab is built when first shown
        tabs = self.window.tabs
        titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
        from app.ui.i18n import translate

        tabs.setCurrentIndex(titles.index(translate("FundingTab", "Funding")))

    def shoot():
        tab = self.window.findChild(FundingTab)
        tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("sabbatical"))
        if which == "budget":
            tab.pages.setCurrentIndex(1)
        if which == "editor":
            only = funding.FundingFilter(kind="sabbatical")
            rows = funding.list_funding(funding.PageRequest(sort="id"), only).rows
            editor = RequestDialog(self.window, rows[0].id)
            editor.show()
        grab = lambda: QApplication.primaryScreen().grabWindow(0).save(out)  # noqa: E731
        QTimer.singleShot(900, lambda: (grab(), self.app.quit()))

    def attempt(step):
        try:
            step()
        except Exception:  # the shot must end the program, not leave it waiting on the display
            import traceback
            traceback.print_exc()
            self.app.exit(1)

    QTimer.singleShot(800, lambda: attempt(open_tab))
    QTimer.singleShot(2500, lambda: attempt(shoot))

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


def main(target: str) -> int:
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="ivc-shots-cases-"))
    env = {**os.environ, "IVC_DESK_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run([sys.executable, "-m", "app", "demo", "--size", "120"], env=env, check=True)
    for lang in ("en", "fa"):
        for which, name in (
            ("list", "funding-kinds"),
            ("editor", "editor-sabbatical"),
            ("budget", "budget-kinds"),
        ):
            png = out / f"{name}-{lang}.png"
            command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", SHOT]
            subprocess.run([*command, str(png), lang, which], env=env, check=True, timeout=180)
            print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
