"""The person editor's citizenship, time at the faculty, employer and study mode (issue 17 section 2): saved
and shown again; a second citizenship equal to the first, and an end before the start, refused by their
fields in the dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import directory
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.people import PersonDialog
from tests.ui.dialogs import close_discarding, error, on_dialog, shown_tab


@pytest.fixture
def tab(qtbot, db, ui_language):
    return shown_tab(qtbot, DirectoryTab)


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_new_fields_are_saved_and_shown_again(qtbot, tab):
    def fill_in(dialog: PersonDialog):
        dialog.kind.set_code("phd_student")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Haidari")
        dialog.nationality.set_code("IR")
        dialog.nationality2.set_code("AF")
        dialog.second_at_birth.setChecked(True)
        dialog.at_faculty_from.set_date(dt.date(2024, 9, 22))
        dialog.at_faculty_until.set_date(dt.date(2028, 9, 21))
        dialog.study_mode.set_code("distance")
        save(dialog)

    done = on_dialog(fill_in)
    tab.people.new_record()
    assert done
    person = directory.list_people().rows[0]
    values = directory.get_person(person.id).values
    assert (values["nationality"], values["nationality2"], values["nationality2_at_birth"]) == (
        "IR",
        "AF",
        True,
    )
    assert (values["at_faculty_from"], values["at_faculty_until"]) == (
        dt.date(2024, 9, 22),
        dt.date(2028, 9, 21),
    )
    assert (values["study_mode"], values["employed_elsewhere"]) == ("distance", False)
    seen = {}

    def look(dialog: PersonDialog):
        seen.update(
            second=dialog.nationality2.code(),
            at_birth=dialog.second_at_birth.isChecked(),
            start=dialog.at_faculty_from.date_value(),
            mode=dialog.study_mode.code(),
        )
        close_discarding(dialog)

    on_dialog(look)
    qtbot.mouseClick(tab.people.edit_button, Qt.MouseButton.LeftButton)
    assert seen == {"second": "AF", "at_birth": True, "start": dt.date(2024, 9, 22), "mode": "distance"}


def test_a_second_citizenship_like_the_first_and_an_end_before_the_start_are_refused(qtbot, tab):
    seen = {}

    def try_bad(dialog: PersonDialog):
        dialog.kind.set_code("faculty")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Weber")
        dialog.nationality.set_code("DE")
        dialog.nationality2.set_code("DE")
        dialog.at_faculty_from.set_date(dt.date(2026, 5, 1))
        dialog.at_faculty_until.set_date(dt.date(2026, 4, 1))
        save(dialog)
        seen["visible"] = dialog.isVisible()
        seen["second"] = dialog.form.error_text("nationality2")
        seen["until"] = dialog.form.error_text("at_faculty_until")
        close_discarding(dialog)

    on_dialog(try_bad)
    tab.people.new_record()
    assert seen["visible"]
    assert seen["second"] == error("The second citizenship must differ from the first.")
    assert seen["until"] == error("The end date comes before the start date.")
    assert directory.list_people().total == 0
