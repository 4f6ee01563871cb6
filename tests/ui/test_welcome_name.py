"""The first-run welcome asks who is at the keyboard; the history then names her, not the OS account."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.services import audit, context, settings
from app.services.paging import PageRequest
from app.ui import i18n
from app.ui.dialogs.welcome import WelcomeDialog
from app.ui.modal import run_modal
from tests.ui.dialogs import on_dialog
from tests.ui.typing import type_text


@pytest.fixture
def no_actor():
    yield
    context.set_actor(None)


def test_the_welcome_asks_the_users_name_and_the_history_keeps_it(qtbot, db, ui_language, no_actor):
    name = "زهرا احمدی" if ui_language == "fa" else "Zahra Ahmadi"

    def welcome(dialog: WelcomeDialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.user_name.setFocus()
        type_text(name)
        dialog.form.edits["university_en"].setText("Tehran University of Medical Sciences")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    done = on_dialog(welcome, WelcomeDialog)
    assert run_modal(WelcomeDialog()) == WelcomeDialog.DialogCode.Accepted
    assert done
    assert settings.is_set_up()
    assert i18n.preference("ui/profile") == name
    entries = audit.list_entries(PageRequest()).rows
    assert entries and {entry.actor for entry in entries} == {name}
