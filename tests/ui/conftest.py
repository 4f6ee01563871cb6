import pytest

from tests.ui.dialogs import FAILURES


@pytest.fixture(autouse=True)
def no_failures_in_dialogs():
    """A check that failed inside a dialog (tests.ui.dialogs.on_dialog) fails the test."""
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]
