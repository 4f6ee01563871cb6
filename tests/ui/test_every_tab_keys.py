"""Ctrl+N and Ctrl+F on every tab of the main window, as a person presses them.

The Evaluations and Seasonal schools tabs once had no Ctrl+N of their own: the shared one looked for a page
they do not have and raised AttributeError, which ended the long-session test and, in the program, showed a
traceback instead of the new record's dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services import demo, settings
from app.ui import application
from app.ui.main_window import MainWindow


def test_ctrl_n_opens_a_dialog_and_ctrl_f_a_search_box_on_every_tab(qtbot, db, ui_language):
    demo.fill_every_register(3)
    settings.save({"setup_done": "1"})
    window = MainWindow()
    qtbot.addWidget(window)
    startup = application.Startup(QApplication.instance(), window, False)
    window.show()
    qtbot.waitUntil(lambda: window.tabs.count() >= 6, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened: dict[str, str] = {}
    title = ""

    def close_dialog() -> None:  # as Escape would, once the new record's dialog is on screen
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened[title] = type(dialog).__name__
            dialog.reject()

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(close_dialog)
    closer.start()
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            title = window.tabs.tabText(index)
            qtbot.wait(100)  # the tab is built and loaded on first show
            qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # returns once closed
            window.activateWindow()  # back from the dialog
            qtbot.waitUntil(window.isActiveWindow)
            qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            focused = QApplication.focusWidget()
            if title in opened:
                assert isinstance(focused, QLineEdit), f"Ctrl+F on {title} focused {focused!r}"
    finally:
        closer.stop()
        QThreadPool.globalInstance().waitForDone(30_000)  # a tab's background work ends before the database

    # every tab but Today and Reports (which keep no records of their own) opens a new record's dialog
    def kind(index: int) -> str:
        tab = window.tabs.widget(index)
        return type(getattr(tab, "inner", None) or tab).__name__

    missing = {kind(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) not in opened}
    assert missing <= {"TodayTab", "ReportsTab"}, f"Ctrl+N opened nothing on {missing}"
    assert len(opened) >= 8, opened
    del startup
