"""Floor (a), the bare floor: a QMainWindow with a QTabWidget (one tab holding a QLabel), shown, and quit
right after its first paint. Prints `first-paint <time.time()>` on stderr at that paint.

The first paint is caught as the app catches its own (MainWindow.paintEvent), and the quit is queued from
there with QTimer.singleShot(0, app.quit), so the process ends right after painting.
Run: `QT_QPA_PLATFORM=offscreen python tests/bench/floor_bare.py` (run.py measures it from outside).
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class Window(QMainWindow):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted = False
        self.setWindowTitle("Floor (a)")
        self.resize(1200, 760)
        tabs = QTabWidget(self)
        tabs.addTab(QLabel("IVC Desk", tabs), "People")
        self.setCentralWidget(tabs)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first-paint {time.time():.4f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self.app.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window(app)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
