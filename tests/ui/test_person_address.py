"""A secretary types a person's form of address and titles in the person editor; a letter drafted to them
then addresses them in either language: «سرکار خانم دکتر مریم احمدی», "Dr. Maryam Ahmadi"."""

from PySide6.QtCore import Qt

from app.services import directory
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.people import PersonDialog
from app.ui.tabs.letters import LettersTab
from tests.ui.dialogs import close_discarding, on_dialog, shown_tab
from tests.ui.typing import focused, press, select_all, tab_into, type_text


def test_typed_titles_address_the_person_in_a_letter(qtbot, db, ui_language):
    tab = shown_tab(qtbot, DirectoryTab)
    seen = {}

    def fill_in(dialog: PersonDialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.kind.set_code("faculty")
        seen["form"] = tab_into(dialog.kind) is dialog.address_form
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)  # None, Mr, Ms
        for name, text in (
            ("title_fa", "دکتر"),
            ("title", "Dr."),
            ("first_name_fa", "مریم"),
            ("last_name_fa", "احمدی"),
            ("first_name_en", "Maryam"),
            ("last_name_en", "Ahmadi"),
        ):
            press(Qt.Key.Key_Tab)
            seen.setdefault("order", []).append(focused() is dialog.edits[name])
            select_all()
            type_text(text)
        press(Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()
        if dialog.isVisible():
            close_discarding(dialog)

    done = on_dialog(fill_in)
    tab.people.new_record()
    assert done
    assert seen["form"] and all(seen["order"]) and seen["closed"]
    person = directory.list_people().rows[0].id
    saved = directory.get_person(person).values
    assert (saved["address_form"], saved["title_fa"], saved["title"]) == ("ms", "دکتر", "Dr.")
    assert (saved["first_name_fa"], saved["last_name_en"]) == ("مریم", "Ahmadi")

    letters_tab = shown_tab(qtbot, LettersTab)
    recipients = {}

    def compose(dialog):
        for lang in ("fa", "en"):
            dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
            dialog.person.setText("Ahmadi")
            dialog.person._suggest()
            dialog.person._chosen(dialog.person._model.index(0, 0))
            recipients[lang] = dialog.recipient.toPlainText()
        close_discarding(dialog)

    done = on_dialog(compose)
    letters_tab.new_record()
    assert done
    assert recipients == {"fa": "سرکار خانم دکتر مریم احمدی", "en": "Dr. Maryam Ahmadi"}
