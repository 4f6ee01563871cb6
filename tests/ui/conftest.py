import pytest

from app.ui import i18n
from tests.ui.dialogs import FAILURES


@pytest.fixture(autouse=True)
def no_failures_in_dialogs():
    """A check that failed inside a dialog (tests.ui.dialogs.on_dialog) fails the test."""
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


@pytest.fixture(params=["en", "fa"])
def ui_language(request, qapp, qt_settings):
    """The test runs once in each interface language, set up as the app does at start (i18n.install:
    translators, default locale, layout direction, font); English again afterwards."""
    font = qapp.font()
    lang = i18n.install(qapp, request.param)
    yield lang
    i18n.install(qapp, "en")
    qapp.setFont(font)


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp):
    """Python's garbage collector runs on the GUI thread during a window test, as in the program
    (app.ui.collector). Afterwards the thread pool is waited for and the test's garbage collected here, so
    that no later job on the pool collects this test's Qt objects off the GUI thread."""
    from PySide6.QtCore import QThreadPool

    from app.ui import collector

    running = collector.install(qapp)
    yield running
    QThreadPool.globalInstance().waitForDone(30_000)
    running.stop()
    running.deleteLater()
