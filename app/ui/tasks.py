"""Work that may take more than ~100 ms (backups, restores, batches of PDFs) runs off the GUI thread.

`run_in_background` reports back through callbacks on the GUI thread; a busy indicator appears when the
work takes longer than a moment. `run_and_wait` does the same but returns only when the work is done
(used at close, when there is nothing else to do meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

SHOW_PROGRESS_AFTER_MS = 300


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class BackgroundJob(QRunnable):
    """`work()` on the thread pool; its result or exception comes back through `signals.done` /
    `signals.failed` (connected queued, so the slots run on the GUI thread)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[BackgroundJob] = set()  # keep jobs (and their signal objects) alive until they report


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run `work()` on the thread pool; `on_done(result)` / `on_error(exc)` run on the GUI thread."""
    job = BackgroundJob(work)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _running.discard(job)
        if not isValid(
            progress
        ):  # its widget was closed meanwhile (and the indicator with it): nobody to tell
            return
        progress.reset()
        progress.deleteLater()
        if callback is not None:
            callback(value)

    job.signals.done.connect(lambda result: finish(on_done, result), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(lambda exc: finish(on_error, exc), Qt.ConnectionType.QueuedConnection)
    _running.add(job)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)


def run_and_wait(parent: QWidget | None, label: str, work: Callable[[], Any]) -> Any:
    """Run `work()` off the GUI thread with a busy indicator and return its result (or raise its error)."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    run_in_background(
        parent,
        label,
        work,
        lambda result: (outcome.__setitem__("result", result), loop.quit()),
        lambda exc: (outcome.__setitem__("error", exc), loop.quit()),
    )
    if not outcome:  # the result arrives through a queued call, delivered by this loop
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
