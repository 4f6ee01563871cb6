"""The secretary's keyboard and a form's errors: every bad field shown at once, Tab moving on from a
multi-line text (Ctrl+Tab types a tab), and the shortcuts the Help menu lists, in both languages."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.services import directory
from app.ui.dialogs.shortcuts import ShortcutsDialog, path_separator
from app.ui.main_window import MainWindow
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.people import PersonDialog
from app.ui.tabs.letters import LettersTab
from tests.ui.dialogs import close_discarding, error, on_dialog, shown_tab
from tests.ui.typing import focused, press, select_all, type_text


def test_a_save_shows_every_bad_field_at_once_then_saves_once_mended(qtbot, db, ui_language):
    tab = shown_tab(qtbot, DirectoryTab)
    seen = {}

    def fill_in(dialog: PersonDialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.kind.set_code("staff")
        dialog.edits["first_name_en"].setFocus()
        type_text("Reza")  # no family name in either script
        dialog.edits["email"].setFocus()
        type_text("reza at med")
        dialog.edits["phone"].setFocus()
        type_text("call me")
        press(Qt.Key.Key_S, modifiers=Qt.KeyboardModifier.ControlModifier)
        seen["visible"] = dialog.isVisible()
        seen["errors"] = {f: dialog.form.error_text(f) for f in ("last_name_fa", "email", "phone", "title")}
        seen["focus"] = dialog.edits["last_name_fa"].hasFocus()  # the first bad field, in the form's order
        seen["saved_meanwhile"] = directory.list_people().total
        # mend all three, then one Save goes through and clears the messages
        dialog.edits["last_name_en"].setFocus()
        type_text("Karimi")
        for name, text in (("email", "reza@med.example.ac.ir"), ("phone", "+98 21 6111 2222")):
            dialog.edits[name].setFocus()
            select_all()
            type_text(text)
        press(Qt.Key.Key_S, modifiers=Qt.KeyboardModifier.ControlModifier)
        seen["closed"] = not dialog.isVisible()
        if dialog.isVisible():
            close_discarding(dialog)

    done = on_dialog(fill_in)
    tab.people.new_record()
    assert done
    assert seen["visible"]
    assert seen["errors"] == {
        "last_name_fa": error("Enter the family name in Persian or in Latin script."),
        "email": error("This is not an email address."),
        "phone": error("A phone number has digits, spaces, ( ) - and an optional +."),
        "title": "",
    }
    assert seen["focus"] and seen["saved_meanwhile"] == 0
    assert seen["closed"]
    people = directory.list_people()
    assert people.total == 1
    saved = directory.get_person(people.rows[0].id).values
    assert (saved["last_name_en"], saved["email"], saved["phone"]) == (
        "Karimi",
        "reza@med.example.ac.ir",
        "+98 21 6111 2222",
    )


def test_tab_moves_on_from_notes_and_ctrl_tab_types_a_tab(qtbot, db, ui_language):
    tab = shown_tab(qtbot, DirectoryTab)
    seen = {}

    def fill_in(dialog: PersonDialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.edits["last_name_en"].setFocus()
        type_text("Tanaka")
        dialog.notes.setFocus()
        type_text("room")
        press(Qt.Key.Key_Tab, modifiers=Qt.KeyboardModifier.ControlModifier)
        type_text("12")
        press(Qt.Key.Key_Tab)
        seen["after_tab"] = focused() is dialog.needs
        type_text("vegetarian")
        press(Qt.Key.Key_Backtab, modifiers=Qt.KeyboardModifier.ShiftModifier)
        seen["after_backtab"] = focused() is dialog.notes
        seen["notes"] = dialog.notes.toPlainText()
        press(Qt.Key.Key_S, modifiers=Qt.KeyboardModifier.ControlModifier)

    done = on_dialog(fill_in)
    tab.people.new_record()
    assert done
    assert seen["after_tab"] and seen["after_backtab"]
    assert seen["notes"] == "room\t12"  # the Tab that moved on typed nothing
    saved = directory.get_person(directory.list_people().rows[0].id).values
    assert saved["needs"] == "vegetarian"
    assert saved["notes"] == "room    12"  # the service keeps a typed tab as spaces


def test_the_help_menu_lists_the_shortcuts_and_they_work(qtbot, db, ui_language):
    window = MainWindow()
    qtbot.addWidget(window)
    window.install_tabs([DirectoryTab(), LettersTab()])
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = {}

    def read(dialog: ShortcutsDialog):
        seen["rows"] = dialog.rows()
        dialog.reject()

    done = on_dialog(read, ShortcutsDialog)
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(done))
    keys = {k: what for k, what in seen["rows"]}
    tr = window.tr

    def shown(keys: str) -> str:  # the keys as the interface writes them («کنترل+N» in Persian)
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    assert keys[shown("Ctrl+N")] == tr("&Edit").replace("&", "") + path_separator() + tr("&New").replace(
        "&", ""
    )
    assert keys[shown("Ctrl+2")].endswith(window.tabs.tabText(1))
    listed = {shown(k) for k in ("Ctrl+S", "Esc", "Ctrl+Tab", "Ctrl+Shift+B", "Ctrl+I", "Ctrl+F1")}
    assert listed <= keys.keys()
    help_menu = window.menuBar().actions()[-1].menu()
    assert any(a.text() == tr("&Keyboard shortcuts…") for a in help_menu.actions())
    # what the list says is what the keys do
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    assert QApplication.activeModalWidget() is None
