"""A secretary sets A5 as the letters' paper in Settings, writes a letter (the composer offers A5 at
once), changes one letter back to A4 with the keyboard, previews and saves; in both interface languages."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import letters, settings
from app.ui.tabs.letters import LettersTab
from tests.ui.dialogs import on_dialog, shown_tab
from tests.ui.typing import press, type_text

A5 = (419.53, 595.28)
A4 = (595.28, 841.89)


def _size(pdf: bytes) -> tuple[float, float]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr(
        "app.ui.tabs.letters.compose.open_pdf", lambda _parent, data, _stem: shown.append(data)
    )
    return shown


def test_the_paper_from_settings_and_per_letter(qtbot, db, ui_language, qt_settings, opened):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    settings.save({"setup_done": "1"})
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentIndex(2)
    assert dialog.paper.currentData() == "a4"
    press(Qt.Key.Key_Down, dialog.paper)
    assert dialog.paper.currentText().startswith("A5")
    dialog.accept()
    assert settings.load()["letter_paper"] == "a5"

    tab = shown_tab(qtbot, LettersTab)

    def compose(editor):
        assert editor.paper.currentData() == "a5"  # the setting's paper, for a new letter
        type_text("Invitation" if ui_language == "en" else "دعوت‌نامه", editor.subject)
        type_text("Prof. Kenji Tanaka", editor.recipient)
        type_text("We would be honoured to host you.", editor.body)
        editor.preview.click()
        press(Qt.Key.Key_Up, editor.paper)  # this one letter goes on A4
        editor.preview.click()
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    done = on_dialog(compose)
    tab.new_record()
    assert done
    assert [_size(pdf) for pdf in opened] == [A5, A4]
    row = tab.page.view.current_row()
    assert letters.get_letter(row.id)["paper"] == "a4"
    assert _size(letters.letter_pdf(row.id)) == A4

    def reopen(editor):
        assert editor.paper.currentData() == "a4"  # the letter's own paper, kept
        editor.reject()

    on_dialog(reopen)
    tab.page.edit_button.click()
