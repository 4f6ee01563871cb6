"""A day at the desk, compressed: the main window is used over and over, and nothing it holds may leak.

PySide6-Essentials 6.12.0 lost one reference to None on each call of a setter that returns nothing; after a
few thousand calls a process aborted with "Fatal Python error: none_dealloc". On 6.12.0 the void-setter test
fails after its first 3,000 calls (2,999 references lost), and the Persian session crashed the process.

None's count also drifts upward in a session, on 6.11.3 as on 6.12.0 (the bindings take references they never
give back when Python code returns None to Qt): harmless, but it can hide a downward leak inside a session,
which is why the void setters are counted on their own. The session test checks that None's count never falls
and that neither widgets nor Python objects pile up from round to round.
"""

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QStatusBar

from app.services import demo
from app.ui import application
from app.ui.main_window import MainWindow
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.register_view import RegisterView

# None's count may move a little as caches fill; a leak of one reference per call moves it by thousands.
NOISE = 200


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_void_setters_keep_their_reference_to_none(qtbot):
    label, line, button, bar = QLabel(), QLineEdit(), QPushButton(), QStatusBar()
    for widget in (label, line, button, bar):
        qtbot.addWidget(widget)
    _settle()
    before = sys.getrefcount(None)
    for batch in range(20):  # checked batch by batch: a leaking build fails here before None runs out
        for n in range(500):
            label.setText(str(n))
            label.setToolTip(str(n))
            line.setText(str(n))
            line.setPlaceholderText(str(n))
            button.setEnabled(n % 2 == 0)
            bar.showMessage(str(n))
        lost = before - sys.getrefcount(None)
        assert lost <= NOISE, f"{lost} references to None lost in {(batch + 1) * 3000} void setter calls"
    _settle()
    assert sys.getrefcount(None) >= before - NOISE, (
        "a void setter loses references to None: pin another PySide6"
    )


class _Closer:
    """Closes every dialog and message box as soon as it is shown (as Escape would), counting them."""

    def __init__(self) -> None:
        self.closed = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.closed += 1
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()


def _walk(window: MainWindow, closer: _Closer) -> None:
    """One round: every tab and page, a filter typed in each list, each list's first record opened in its
    editor and closed, a new record's editor opened and closed, and a date typed."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        _settle()
        for view in tab.findChildren(RegisterView):
            for text in ("a", "ab", "کر", "1405", ""):
                view.search.setText(text)
                view.apply_filter()
                _settle()
            row = view.current_row()
            if row is None and view.model.rowCount() > 0:
                view.table.selectRow(0)
                row = view.current_row()
            if row is not None:
                view.opened.emit(row)
                _settle()
        if hasattr(tab, "new_record"):
            tab.new_record()
            _settle()
        for field in tab.findChildren(DateEdit)[:3]:
            field.line.setText("1405/09/10" if field.calendar_name() == "jalali" else "2026-12-01")
            field.commit()
    window.statusBar().showMessage("round done")
    _settle()


def test_a_long_session_of_the_main_window_leaks_nothing(qtbot, db, ui_language):
    from app.services import settings

    demo.fill_every_register(12)
    settings.save({"setup_done": "1"})
    app = QApplication.instance()
    window = MainWindow()
    qtbot.addWidget(window)
    startup = application.Startup(app, window, False)
    window.show()
    qtbot.waitUntil(lambda: window.tabs.count() >= 6, timeout=10_000)
    closer = _Closer()
    try:
        _session(window, closer)
    finally:
        closer.timer.stop()  # a failed round must not leave the timer closing a later test's dialogs
        QThreadPool.globalInstance().waitForDone(30_000)  # a tab's background work ends before the database
    del startup


def _session(window: MainWindow, closer: _Closer) -> None:
    _walk(window, closer)  # the first round fills caches, builds lazy tabs and imports modules
    _walk(window, closer)
    opened_per_round = closer.closed // 2
    widgets, none_refs, objects = len(QApplication.allWidgets()), sys.getrefcount(None), len(gc.get_objects())
    for _ in range(4):
        _walk(window, closer)
    assert opened_per_round >= 6, "the round opens an editor in every tab"
    assert sys.getrefcount(None) >= none_refs - NOISE
    grown = len(QApplication.allWidgets()) - widgets
    assert len(gc.get_objects()) - objects < 1_500, "Python objects pile up round after round"
    assert grown <= 0, f"{grown} widgets more after four rounds: editors or dialogs are kept after closing"
