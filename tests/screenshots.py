"""Screenshots of the main window in English and Persian on a real X display (Xvfb), for the README.

Usage: python tests/screenshots.py OUTPUT_DIR   (run by `make screenshots`; needs xvfb-run)
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
from PySide6.QtWidgets import QApplication
from app.ui import application

out, lang, tab = sys.argv[1], sys.argv[2], int(sys.argv[3])
original = application.Startup._ready

def ready(self):
    original(self)
    def shoot():
        self.window.tabs.setCurrentIndex(tab)
        QTimer.singleShot(600, lambda: (self.window.grab().save(out), self.app.quit()))
    QTimer.singleShot(300, shoot)

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


# The meeting editor with a date typed wrong (refused under the field) and the calendar open on a visit item.
EDITOR_SHOT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui import application

out, lang = sys.argv[1], sys.argv[2]
original = application.Startup._ready

def ready(self):
    original(self)
    from app.services import meetings
    from app.ui.tabs.meetings.editor import MeetingEditor

    first = meetings.list_meetings().rows[0]
    editor = MeetingEditor(self.window, first.id)
    editor.resize(1000, 700)
    editor.show()
    day = editor.details.day
    day.line.setFocus()
    day.line.setText("1405/13/01" if day.calendar_name() == "jalali" else "2026-02-30")
    day.commit()

    def shoot():
        editor.grab().save(out.replace(".png", "-editor.png"))
        day.show_calendar()
        calendar = out.replace(".png", "-calendar.png")
        screen = QApplication.primaryScreen()
        QTimer.singleShot(400, lambda: (screen.grabWindow(0).save(calendar), self.app.quit()))
    QTimer.singleShot(600, shoot)

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


# One editor, opened on the first record of its register, on a whole 1366×768 screen (does it fit?).
EDITORS_SHOT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui import application

out, lang, which = sys.argv[1], sys.argv[2], sys.argv[3]
original = application.Startup._ready

def addressed():
    # a woman of the faculty, addressed «سرکار خانم دکتر …» and "Dr. …"
    from app.services import directory

    for row in directory.list_people(directory.PageRequest(limit=200)).rows:
        values = directory.get_person(row.id).values
        if values["address_form"] == "ms" and values["title_fa"]:
            return row.id
    return directory.list_people().rows[0].id


def ready(self):
    original(self)
    from app.services import directory, funding, letters, meetings, visits  # not ordinances: Today imports it

    if which == "meeting":
        from app.ui.tabs.meetings.editor import MeetingEditor
        editor = MeetingEditor(self.window, meetings.list_meetings().rows[0].id)
    elif which == "visit":
        from app.ui.tabs.visits.editor import VisitDialog
        editor = VisitDialog(self.window, visits.list_visits().rows[0].id)
    elif which == "funding":
        from app.ui.tabs.funding.editor import RequestDialog
        editor = RequestDialog(self.window, funding.list_funding(funding.PageRequest(limit=1)).rows[0].id)
    elif which == "ordinance":
        from app.ui.tabs.ordinances.editor import OrdinanceDialog
        editor = OrdinanceDialog(self.window, None)
    elif which == "letter":  # drafted to a woman of the faculty: her form of address and title; two scripts
        from app.ui.tabs.letters.compose import LetterDialog
        editor = LetterDialog(self.window, None)
        person = addressed()
        editor.person.set_person(person, letters.recipient_text(person, lang).split("\n")[0])
        editor.recipient.setPlainText(letters.recipient_text(person, lang))
        persian = "احتراماً، جلسه هماهنگی بازدید هیئت دانشگاه هایدلبرگ روز سه‌شنبه برگزار می‌شود."
        english = "Room 12, Building A (International Office)"
        editor.subject.setText("جلسه هماهنگی" if lang == "fa" else "Coordination meeting")
        editor.body.setPlainText(f"{persian}\n{english}" if lang == "fa" else f"{english}\n{persian}")
    else:
        from app.ui.tabs.directory.people import PersonDialog
        editor = PersonDialog(self.window, addressed())
    self.window.showMaximized()
    editor.show()
    QTimer.singleShot(900, lambda: (QApplication.primaryScreen().grabWindow(0).save(out), self.app.quit()))

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""


# The one search box (Ctrl+K) with what a secretary types: Arabic letters for Persian ones, Persian digits.
SEARCH_SHOT = r"""
import sys
from PySide6.QtCore import QTimer
from app.ui import application

out, lang, typed = sys.argv[1], sys.argv[2], sys.argv[3]
original = application.Startup._ready

def ready(self):
    original(self)
    self.window.resize(1366, 740)
    def shoot():
        box = self.window.search_box
        box.focus()
        box.setText(typed)
        box.run_search()
        QTimer.singleShot(500, lambda: (self.window.grab().save(out), self.app.quit()))
    QTimer.singleShot(300, shoot)

application.Startup._ready = ready
sys.exit(application.run_gui(lang=lang))
"""
EDITORS = tuple(os.environ.get("IVC_SHOTS", "meeting visit funding ordinance letter person").split())


def editors(out: Path, env: dict[str, str]) -> None:
    """Each editor in both languages on a 1366×768 screen."""
    for lang in ("en", "fa"):
        for which in EDITORS:
            png = out / f"editor-{which}-{lang}.png"
            subprocess.run(
                [
                    "xvfb-run",
                    "-a",
                    "-s",
                    "-screen 0 1366x768x24",
                    sys.executable,
                    "-c",
                    EDITORS_SHOT,
                    str(png),
                    lang,
                    which,
                ],
                env=env,
                check=True,
                timeout=120,
            )
            print(png)


def main(target: str) -> int:
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="ivc-shots-"))
    env = {**os.environ, "IVC_DESK_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run([sys.executable, "-m", "app", "demo", "--size", "300"], env=env, check=True)
    for lang in ("en", "fa"):
        tabs = ("today", "directory", "letters", "meetings", "visits", "funding", "ordinances")
        for tab, name in enumerate(tabs):
            png = out / f"{name}-{lang}.png"
            subprocess.run(
                [
                    "xvfb-run",
                    "-a",
                    "-s",
                    "-screen 0 1280x800x24",
                    sys.executable,
                    "-c",
                    SHOT,
                    str(png),
                    lang,
                    str(tab),
                ],
                env=env,
                check=True,
                timeout=120,
            )
            print(png)
        png = out / f"dates-{lang}.png"
        subprocess.run(
            [
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1366x768x24",
                sys.executable,
                "-c",
                EDITOR_SHOT,
                str(png),
                lang,
            ],
            env=env,
            check=True,
            timeout=120,
        )
        print(png.with_name(f"dates-{lang}-editor.png"), png.with_name(f"dates-{lang}-calendar.png"))
        png = out / f"search-{lang}.png"
        subprocess.run(
            [
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1366x768x24",
                sys.executable,
                "-c",
                SEARCH_SHOT,
                str(png),
                lang,
                "كريمي" if lang == "fa" else "karimi",
            ],
            env=env,
            check=True,
            timeout=120,
        )
        print(png)
    editors(out, env)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--editors":  # only the editors' screenshots
        home = Path(tempfile.mkdtemp(prefix="ivc-shots-"))
        environment = {**os.environ, "IVC_DESK_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
        environment.pop("QT_QPA_PLATFORM", None)
        subprocess.run([sys.executable, "-m", "app", "demo", "--size", "60"], env=environment, check=True)
        editors(Path(sys.argv[1]), environment)
        shutil.rmtree(home, ignore_errors=True)
        sys.exit(0)
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
