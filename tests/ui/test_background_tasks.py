"""Work off the GUI thread reports back only to a widget that is still there.

A Reports tab closed while it counted the year's figures once had its failure shown on the deleted tab when
the work ended ("double free or corruption", the process aborted).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.tasks import run_in_background


def _finish(release: threading.Event) -> None:
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):  # the queued report is delivered
        QApplication.processEvents()


def test_the_result_comes_back_to_a_widget_that_is_still_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    release, heard = threading.Event(), []
    run_in_background(widget, "…", lambda: release.wait(10) and 42, heard.append, heard.append)
    _finish(release)
    assert heard == [42]


def test_a_widget_closed_while_the_work_runs_is_not_called_back(qtbot):
    release, heard = threading.Event(), []

    def work() -> int:
        release.wait(10)
        raise RuntimeError("the database was closed meanwhile")

    widget = QWidget()
    run_in_background(widget, "…", work, heard.append, heard.append)
    widget.deleteLater()  # the tab closed with its window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _finish(release)
    assert heard == []
