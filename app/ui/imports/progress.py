"""Work with a known length (an import's rows) off the GUI thread, with a progress bar and a Cancel button.

`work(progress)` runs on the thread pool; it calls progress(done, total), which returns False once the person
pressed Cancel (the service then stops and writes nothing). The call returns the work's result or raises its
error, as app.ui.tasks.run_and_wait does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.tasks import SHOW_PROGRESS_AFTER_MS, BackgroundJob


class _Moved(QObject):
    moved = Signal(int, int)


class _Job(BackgroundJob):
    """A BackgroundJob whose work is told how far it has come, and asked whether to go on."""

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__(lambda: work(self.progress))
        self.moving = _Moved()
        self.cancelled = threading.Event()
        self.setAutoDelete(False)

    def progress(self, done: int, total: int) -> bool:
        self.moving.moved.emit(done, total)
        return not self.cancelled.is_set()


def run_with_progress(
    parent: QWidget | None, label: str, cancel: str, work: Callable[[Callable[[int, int], bool]], Any]
) -> Any:
    job = _Job(work)
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.canceled.connect(job.cancelled.set)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def moved(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finished(result: Any, error: BaseException | None) -> None:
        outcome.update(result=result, error=error)
        loop.quit()

    job.moving.moved.connect(moved, Qt.ConnectionType.QueuedConnection)
    job.signals.done.connect(lambda result: finished(result, None), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(lambda error: finished(None, error), Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)
    if not outcome:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if outcome.get("error") is not None:
        raise outcome["error"]
    return outcome.get("result")
