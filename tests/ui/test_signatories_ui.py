"""A secretary adds the deputy as a signatory in Settings, then has a letter signed by the deputy."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import letters, signatories
from app.ui.tabs.letters import LettersTab
from tests.ui.dialogs import error, on_dialog, shown_tab
from tests.ui.typing import press, type_text


def test_add_a_deputy_and_sign_a_letter_with_them(qtbot, db, ui_language, monkeypatch):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    page = dialog.signatories
    dialog.pages.setCurrentWidget(page)
    assert page.list.count() == 1  # the vice-chancellor of the welcome dialog
    page.add_button.click()
    qtbot.waitUntil(page.edits["name_fa"].hasFocus)
    type_text("دکتر مهسا کاظمی")
    press(Qt.Key.Key_Tab)
    type_text("قائم‌مقام معاون بین‌الملل")
    press(Qt.Key.Key_Tab)
    type_text("Dr. Mahsa Kazemi")
    dialog.accept()  # no position in English: refused by the field, nothing saved
    assert page.form.error_text("title_en") == error("Write the signatory's position in this language too.")
    assert dialog.pages.currentWidget() is page and page.list.currentRow() == 1
    assert len(signatories.list_signatories()) == 1
    page.edits["title_en"].setFocus()
    type_text("Deputy International Vice-Chancellor")
    dialog.accept()
    assert [s.name_en for s in signatories.list_signatories()] == ["Dr. Ali Mohammadi", "Dr. Mahsa Kazemi"]

    tab = shown_tab(qtbot, LettersTab)

    def compose(letter):
        letter.lang.setCurrentIndex(letter.lang.findData("fa"))
        assert letter.signatory_name.text() == "دکتر علی محمدی"  # the first, by default
        assert letter.signed_by.currentText().startswith(
            "Dr. Ali Mohammadi" if ui_language == "en" else "دکتر علی"
        )
        press(Qt.Key.Key_Down, letter.signed_by)  # the next in the list: the deputy
        assert letter.signatory_name.text() == "دکتر مهسا کاظمی"
        assert letter.signatory_title.text() == "قائم‌مقام معاون بین‌الملل"
        letter.lang.setCurrentIndex(letter.lang.findData("en"))  # the same person, in English
        assert letter.signatory_name.text() == "Dr. Mahsa Kazemi"
        qtbot.keyClicks(letter.recipient, "Registrar")
        qtbot.keyClicks(letter.subject, "Visit")
        qtbot.keyClicks(letter.body, "Text")
        letter.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(compose)
    tab.new_record()
    row = tab.page.view.current_row()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.issue()
    issued = letters.get_letter(row.id)
    assert issued["status"] == "issued" and issued["signatory_name"] == "Dr. Mahsa Kazemi"
    assert issued["signatory_title"] == "Deputy International Vice-Chancellor"
