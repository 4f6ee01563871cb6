"""Memory over a session: `python tests/bench/bench_session.py [DATA_DIR] [--rounds N]`.

The main window is started as the app starts it (application.Startup, not --exit-after-start) on a copy of
the 1,000-record benchmark folder, and the scripted session below is played N times in a loop (default 8;
one round does what an hour at the desk does to each part of the window, many times over):
  every tab and every page of a tab shown; in each register's list filters typed (Persian, English, digits)
  and cleared; the first record opened in its editor and closed; a new record's editor opened and closed;
  the tab's document printed (Ctrl+P: the PDF is built and handed to the viewer, here a stand-in that only
  counts it, through QDesktopServices.setUrlHandler).
Dialogs are closed as Escape would close them, as soon as they are shown. After each round the events are
settled, garbage collected, and the process's resident set (VmRSS of /proc/self/status) sampled.

The growth is measured from the end of round 2 (rounds 1 and 2 are the warm-up: lazy tabs built, modules
imported, fonts and caches filled, the first documents printed) to the end of the last round: the median of
the last three samples against round 2 (the figure), and their smallest against it (its minimum).
Budget (issue 21): under 10 %.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import figures  # noqa: E402

BUILD = ROOT / "build" / "bench"
TYPED = ("a", "ab", "کر", "کریمی", "1405", "۱۴۰۵", "")


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(BUILD / "data-1000"))
    parser.add_argument("--rounds", type=int, default=8, help="rounds of the session (default 8)")
    args = parser.parse_args()
    source = Path(args.data_dir)
    if not (source / "ivc-desk.sqlite3").exists():
        figures.not_measured("session.rss_growth", f"no database in {source}")
        return 2
    if args.rounds < 4:
        parser.error("--rounds must be at least 4 (rounds 1 and 2 are the warm-up)")
    folder = BUILD / "session-data"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("*.lock"))
    os.environ["IVC_DESK_HOME"] = str(folder)

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    from app.services import settings
    from app.ui import application, i18n
    from app.ui.main_window import MainWindow
    from app.ui.widgets.register_view import RegisterView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, "fa")

    class Viewer(QObject):
        """Stands in for the system's PDF viewer: counts the documents handed to it."""

        printed = 0

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            if Path(url.toLocalFile()).stat().st_size > 0:
                Viewer.printed += 1

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")

    closed = [0]

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            closed[0] += 1
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    closer = QTimer()
    closer.setInterval(10)
    closer.timeout.connect(close_dialogs)
    closer.start()

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    def show_every_page(widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QTabWidget

        for pages in widget.findChildren(QTabWidget):
            for index in range(pages.count()):
                pages.setCurrentIndex(index)
                settle()

    def one_round(window: MainWindow) -> None:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.widget(index)
            settle()
            show_every_page(tab)
            for view in tab.findChildren(RegisterView):
                for text in TYPED:
                    view.search.setText(text)
                    view.apply_filter()
                    settle()
                if view.current_row() is None and view.model.rowCount() > 0:
                    view.table.selectRow(0)
                row = view.current_row()
                if row is not None:
                    view.opened.emit(row)  # the editor; closed by the closer
                    settle()
            if hasattr(tab, "new_record"):
                tab.new_record()
                settle()
            for view in tab.findChildren(RegisterView):  # closing an editor reloads its list
                if view.current_row() is None and view.model.rowCount() > 0:
                    view.table.selectRow(0)
            if hasattr(tab, "print_current"):
                tab.print_current()  # Ctrl+P on the selected record
                settle()
        window.statusBar().showMessage(f"round done {time.time():.0f}")
        settle()

    window = MainWindow()
    startup = application.Startup(app, window, False)
    window.resize(1366, 768)
    window.show()
    deadline = time.monotonic() + 60
    while window.tabs.count() < 6 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if window.tabs.count() < 6:
        figures.not_measured("session.rss_growth", "the main window did not install its tabs in 60 s")
        return 1
    if not settings.is_set_up():
        figures.not_measured("session.rss_growth", "the copied folder is not set up")
        return 1

    samples = []
    started = time.perf_counter()
    for number in range(1, args.rounds + 1):
        begun = time.perf_counter()
        one_round(window)
        samples.append(rss_kb())
        print(
            f"round {number:2}: RSS {samples[-1] / 1024:6.1f} MB  ({time.perf_counter() - begun:.1f} s; "
            f"dialogs closed so far {closed[0]}, documents printed {Viewer.printed})",
            flush=True,
        )
    closer.stop()
    base = samples[1]
    last = samples[2:][-3:]
    growth = (statistics.median(last) - base) / base * 100
    least = (min(last) - base) / base * 100
    print(
        f"{args.rounds} rounds in {time.perf_counter() - started:.0f} s; RSS after the warm-up rounds "
        f"{base / 1024:.1f} MB, at the end {statistics.median(last) / 1024:.1f} MB; "
        f"peak {max(samples) / 1024:.1f} MB"
    )
    if Viewer.printed == 0 or closed[0] == 0:
        figures.not_measured("session.rss_growth", "the session printed nothing or opened no editor")
        return 1
    figures.report(
        "session.rss_growth",
        growth,
        least,
        note=f"{args.rounds} rounds",
        rounds=args.rounds,
        samples_kb=samples,
        dialogs=closed[0],
        printed=Viewer.printed,
    )
    QThreadPool.globalInstance().waitForDone(10_000)  # the lists' background jobs, before the window goes
    window.close()
    del startup
    return 0


if __name__ == "__main__":
    sys.exit(main())
