"""Python's garbage collector runs on the GUI thread only (app.ui.collector): a job on the thread pool that
allocates heavily while a window's Qt objects are garbage never collects them itself."""

import gc
import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from app.ui.tasks import BackgroundJob
from app.ui.widgets.pickers import PersonPicker


def _dialog_cycle() -> None:
    """A closed dialog left as garbage: a Python cycle holding Qt wrappers."""
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    edit = QLineEdit(dialog)
    layout.addWidget(edit)
    dialog.keep = dialog  # the cycle only the cyclic collector frees
    edit.textChanged.connect(lambda _text: dialog.hide())


def test_the_pool_never_collects_and_the_gui_thread_does(qtbot, gui_thread_collector):
    collections: list[int] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            collections.append(threading.get_ident())

    gc.callbacks.append(seen)
    try:
        for _ in range(50):
            _dialog_cycle()

        kept: list[list[int]] = []

        def allocate() -> int:  # far past the thresholds: Python alone would collect here, on the pool
            for i in range(50_000):
                kept.append([i])
            return len(kept)

        job = BackgroundJob(allocate)
        job.setAutoDelete(False)
        QThreadPool.globalInstance().start(job)
        assert QThreadPool.globalInstance().waitForDone(60_000)
        assert collections == [], "a collection ran on the thread pool"
        assert not gc.isenabled()
        assert gui_thread_collector.check() >= 0  # the thresholds were crossed: the GUI thread collects
        qtbot.waitUntil(lambda: len(collections) >= 1)
        assert set(collections) == {threading.get_ident()}
    finally:
        gc.callbacks.remove(seen)


def test_the_collector_hands_collection_back_when_stopped(qapp):
    from app.ui import collector

    running = collector.install(qapp)
    assert not gc.isenabled()
    running.stop()
    assert gc.isenabled()
    running.start()  # the window tests' own collector stays in charge until their teardown


def test_a_name_typed_into_a_closing_dialog_looks_nothing_up(qtbot, monkeypatch):
    from app.services import directory

    asked: list[str] = []
    monkeypatch.setattr(directory, "list_people", lambda request: asked.append(request.search))
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker, "Naj")
    picker.hide()  # the dialog closes before the 150 ms pause ends
    qtbot.wait(400)
    assert asked == []
