"""A secretary composes a letter, previews it, issues it, reprints and voids it in the Letters tab."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from app.services import directory, letters
from app.ui.tabs.letters import LettersTab
from tests.ui.dialogs import close_discarding, error, on_dialog, shown_tab


@pytest.fixture
def opened(monkeypatch):
    """PDFs the tab sends to the system's viewer, captured instead of opened."""
    shown: list[bytes] = []
    monkeypatch.setattr("app.ui.tabs.letters.open_pdf", lambda _parent, data, _stem: shown.append(data))
    monkeypatch.setattr(
        "app.ui.tabs.letters.compose.open_pdf", lambda _parent, data, _stem: shown.append(data)
    )
    return shown


@pytest.fixture
def tab(qtbot, db, ui_language):
    return shown_tab(qtbot, LettersTab)


def test_compose_preview_issue_reprint_void(qtbot, tab, opened, monkeypatch, pdf_text):
    person = directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Kenji",
            "last_name_en": "Tanaka",
            "country": "JP",
            "position": "Professor of Surgery",
        }
    )

    def compose(dialog):
        dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
        dialog.person._chosen(_suggestion(dialog.person, "tanaka"))
        qtbot.keyClicks(dialog.subject, "Invitation to lecture")
        qtbot.keyClicks(dialog.body, "We would be honoured to host you in Tehran.")
        dialog.preview.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(compose)
    tab.new_record()
    assert len(opened) == 1 and "DRAFT" in pdf_text(opened[0]).upper()
    row = tab.page.view.current_row()
    assert row.status == "draft" and row.recipient == "Prof. Kenji Tanaka"
    assert letters.get_letter(row.id)["recipient_person_id"] == person
    assert tab.issue_button.isEnabled() and not tab.void_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.issue()
    row = tab.page.view.current_row()
    assert row.status == "issued" and row.number.endswith("/0001/IVC")
    assert not tab.issue_button.isEnabled() and not tab.page.edit_button.isEnabled()

    tab.print_current()
    tab.print_current()
    assert opened[1] == opened[2] and "Invitation to lecture" in pdf_text(opened[1])

    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *_a, **_k: ("sent to the wrong address", True)
    )
    tab.void()
    assert tab.page.view.current_row().status == "void"


def _suggestion(picker, text):
    picker.setText(text)
    picker._suggest()
    return picker._model.index(0, 0)


def test_an_empty_subject_is_shown_by_the_field(qtbot, tab):
    seen = {}

    def compose(dialog):
        qtbot.keyClicks(dialog.recipient, "Registrar")
        qtbot.keyClicks(dialog.body, "Text")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.form.error_text("subject")
        close_discarding(dialog)

    on_dialog(compose)
    tab.new_record()
    assert seen["error"] == error("This field is required.")
    assert letters.list_letters().total == 0
