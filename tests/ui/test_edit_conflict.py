"""Two secretaries edit one person: the second save shows who changed it, and she reloads theirs or keeps
hers; never a silent overwrite."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import context, directory
from app.ui.i18n import translate
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.people import PersonDialog
from tests.ui.dialogs import click_row, on_dialog, shown_tab

ANNA = {
    "kind": "foreign_guest",
    "first_name_en": "Anna",
    "last_name_en": "Schmidt",
    "email": "anna@example.org",
}


@pytest.fixture
def tab(qtbot, db, ui_language):
    context.set_actor("Sara")
    return shown_tab(qtbot, DirectoryTab)


def _press(box: QMessageBox, caption: str) -> None:
    wanted = translate("RecordDialog", caption)
    button = next(b for b in box.buttons() if b.text() == wanted)
    button.click()


@pytest.mark.parametrize("choice", ["Reload theirs", "Keep mine"])
def test_a_save_over_another_pcs_change_asks_and_never_overwrites_silently(qtbot, tab, choice):
    anna = directory.save_person(ANNA)
    tab.people.view.model.reload()
    seen: list[str] = []

    def conflict(box: QMessageBox) -> None:
        seen.append(box.text())
        _press(box, choice)

    def edit(dialog: PersonDialog) -> None:
        context.set_actor("Maryam")  # meanwhile, on another PC
        directory.save_person({**ANNA, "email": "a.schmidt@uni.example"}, anna)
        context.set_actor("Sara")
        qtbot.keyClicks(dialog.edits["phone"], "+49 30 1234")
        on_dialog(conflict, QMessageBox)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if choice == "Reload theirs":  # the dialog now shows Maryam's change; Sara saves on top of it
            assert dialog.edits["email"].text() == "a.schmidt@uni.example"
            qtbot.keyClicks(dialog.edits["phone"], "+49 30 9999")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    done = on_dialog(edit, PersonDialog)
    click_row(qtbot, tab.people.view.table, 0)
    qtbot.mouseClick(tab.people.edit_button, Qt.MouseButton.LeftButton)
    assert done and seen and "Maryam" in seen[0]
    saved = directory.get_person(anna).values
    if choice == "Reload theirs":
        assert saved["email"] == "a.schmidt@uni.example" and saved["phone"] == "+49 30 9999"
    else:  # Sara kept hers, knowingly: her whole form, Maryam's email included in what she saw and chose
        assert saved["email"] == "anna@example.org" and saved["phone"] == "+49 30 1234"
