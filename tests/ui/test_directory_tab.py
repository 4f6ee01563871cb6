"""A secretary adds, edits, finds and archives a person in the Directory tab."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import directory
from app.ui.i18n import translate
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.people import PersonDialog
from tests.ui.dialogs import click_row, close_discarding, error, on_dialog, shown_tab


@pytest.fixture
def tab(qtbot, db, ui_language):
    directory.save_unit(
        {"kind": "department", "name_fa": "گروه قلب و عروق", "name_en": "Department of Cardiology"}
    )
    return shown_tab(qtbot, DirectoryTab)


def type_persian(edit, text):
    """Persian text arrives from the keyboard layout as committed text (QTest can only type ASCII keys)."""
    edit.setFocus()
    edit.insert(text)


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_edit_find_and_archive_a_person(qtbot, tab):
    people = tab.people

    def fill_in(dialog: PersonDialog):
        dialog.kind.set_code("faculty")
        type_persian(dialog.edits["first_name_fa"], "مریم")
        type_persian(dialog.edits["last_name_fa"], "حسینی")
        qtbot.keyClicks(dialog.edits["first_name_en"], "Maryam")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Hosseini")
        qtbot.keyClicks(dialog.edits["email"], "m.hosseini@med.example.ac.ir")
        dialog.unit.setCurrentIndex(1)
        save(dialog)

    done = on_dialog(fill_in)
    qtbot.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    assert done
    assert people.view.model.total == 1
    row = people.view.current_row()
    assert row.name_en == "Maryam Hosseini" and row.unit_en == "Department of Cardiology"

    def change_email(dialog: PersonDialog):
        dialog.edits["email"].clear()
        qtbot.keyClicks(dialog.edits["email"], "maryam@med.example.ac.ir")
        save(dialog)

    on_dialog(change_email)
    qtbot.mouseClick(people.edit_button, Qt.MouseButton.LeftButton)
    assert directory.get_person(row.id).values["email"] == "maryam@med.example.ac.ir"

    # find by typing in the other script, with Arabic letters
    type_persian(people.view.search, "حسيني")
    qtbot.waitUntil(lambda: people.view.model.request.search == "حسيني")
    assert people.view.model.total == 1
    people.view.search.clear()
    qtbot.keyClicks(people.view.search, "nobody-like-this")
    qtbot.waitUntil(lambda: people.view.model.total == 0)
    people.view.search.clear()
    qtbot.waitUntil(lambda: people.view.model.total == 1)

    click_row(qtbot, people.view.table, 0)
    qtbot.mouseClick(people.archive_button, Qt.MouseButton.LeftButton)
    assert people.view.model.total == 0
    people.view.archive.setChecked(True)
    assert people.view.model.total == 1
    assert directory.get_person(row.id).values["archived"]
    assert people.archive_button.text() == translate("RegisterPage", "Restore from archive")


def test_a_bad_email_is_shown_by_the_field_and_nothing_is_saved(qtbot, tab):
    seen = {}

    def try_bad(dialog: PersonDialog):
        dialog.kind.set_code("staff")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Ahmadi")
        qtbot.keyClicks(dialog.edits["email"], "ahmadi at med")
        save(dialog)
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.form.error_text("email")
        seen["focus"] = dialog.edits["email"].hasFocus()
        close_discarding(dialog)

    on_dialog(try_bad)
    tab.people.new_record()
    assert seen["visible"] and seen["error"] == error("This is not an email address.")
    assert directory.list_people().total == 0


def test_units_and_partners_pages(qtbot, tab):
    tab.pages.setCurrentIndex(1)
    assert tab.units.view.model.total == 1
    tab.pages.setCurrentIndex(2)

    def add_partner(dialog):
        qtbot.keyClicks(dialog.name_en, "Karolinska Institutet")
        dialog.country.set_code("SE")
        save(dialog)

    on_dialog(add_partner)
    tab.partners.institutions.new_record()
    assert tab.partners.institutions.view.model.total == 1
    click_row(qtbot, tab.partners.institutions.view.table, 0)
    assert "Karolinska" in tab.partners.agreements_title.text()


@pytest.mark.parametrize("answer", ["Cancel", "Save"])
def test_a_name_the_documents_cannot_print_warns_before_saving(qtbot, tab, monkeypatch, ui_language, answer):
    from PySide6.QtWidgets import QMessageBox

    import app.ui.printable

    warnings = []

    def warning(parent, title, text, buttons, default):
        warnings.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(app.ui.printable.QMessageBox, "warning", warning)
    glyph = "\U00013000"  # an Egyptian hieroglyph: no font of the documents has it

    def fill_in(dialog: PersonDialog):
        dialog.kind.set_code("foreign_guest")
        qtbot.keyClicks(dialog.edits["first_name_en"], "Dalia")
        dialog.edits["last_name_en"].insert(f"Nour {glyph}")
        save(dialog)
        if answer == "Cancel":
            assert dialog.isVisible()  # nothing saved: the user may correct the name
            close_discarding(dialog)

    on_dialog(fill_in)
    qtbot.mouseClick(tab.people.new_button, Qt.MouseButton.LeftButton)
    [text] = warnings
    assert glyph in text and "\ufffd" in text
    assert text.startswith("No font") == (ui_language == "en")  # translated in Persian
    assert tab.people.view.model.total == (1 if answer == "Save" else 0)
