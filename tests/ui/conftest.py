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
