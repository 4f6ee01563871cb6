"""Start-up: the window is painted first, then the database opens and the tabs load (app.ui.startup).

Heavy imports (SQLAlchemy and the models, the services) happen after the first paint, so the window
appears at the speed of a bare Qt window.
"""

from __future__ import annotations

import sys

from app.ui.qt_start import lighten_import_check

lighten_import_check()  # before the imports below: each of them pays PySide6's check on import

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.resources import resource_path  # noqa: E402
from app.ui import collector, i18n  # noqa: E402
from app.ui.errors import install_excepthook  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.startup import Startup  # noqa: E402


def run_gui(exit_after_start: bool = False, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IVC Desk")
    app.setOrganizationName("IVC Desk")
    app.setDesktopFileName("ivc-desk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "ivc-desk.png"))))
    i18n.install(app, lang)
    install_excepthook()
    collector.install(app)  # Python's garbage collector runs on the GUI thread only
    window = MainWindow()
    startup = Startup(app, window, exit_after_start)
    window.show()
    code = app.exec()
    # A read or check still running on the thread pool (Today's lists, the background integrity check) is
    # waited for: Python ending under a running job crashes the process instead of exiting with its code.
    QThreadPool.globalInstance().waitForDone(10_000)
    from app.services import context

    context.close_database()
    return code or startup.exit_code
