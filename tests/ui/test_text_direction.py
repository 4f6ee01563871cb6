"""Multi-line text fields follow the interface's direction, and each paragraph its own: a Persian paragraph
runs and aligns right to left, an English one left to right, in either interface language (issue 22)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.ui.tabs.letters import LettersTab
from app.ui.widgets.text_box import strong_direction, text_box
from tests.ui.dialogs import close_discarding, on_dialog, shown_tab
from tests.ui.typing import press, type_text

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
PERSIAN, ENGLISH = "جلسه در اتاق شورا", "Room 12"


def paragraphs(edit: QPlainTextEdit) -> list[tuple[str, Qt.LayoutDirection, str]]:
    """Each paragraph's text, its direction, and the side its first line sits on, as painted."""
    edit.grab()  # paints, which lays every visible paragraph out
    width = edit.viewport().width()
    seen, block = [], edit.document().begin()
    while block.isValid():
        line = block.layout().lineAt(0).naturalTextRect()
        side = "right" if abs(width - line.right()) < 12 else "left" if line.left() < 12 else "middle"
        seen.append((block.text(), block.textDirection(), side))
        block = block.next()
    return seen


def typed(edit: QPlainTextEdit) -> None:
    edit.setFocus()
    type_text(PERSIAN, edit)
    press(Qt.Key.Key_Return, edit)
    type_text(ENGLISH, edit)
    press(Qt.Key.Key_Return, edit)


def test_each_paragraph_of_a_letter_takes_its_own_direction(qtbot, db, ui_language):
    tab = shown_tab(qtbot, LettersTab)
    seen = {}

    def compose(dialog):
        for name in ("body", "recipient"):
            edit = getattr(dialog, name)
            typed(edit)
            seen[name] = paragraphs(edit)
        close_discarding(dialog)

    done = on_dialog(compose)
    tab.new_record()
    assert done
    empty_side = "right" if ui_language == "fa" else "left"  # a paragraph with no letters yet: the UI's
    for name in ("body", "recipient"):
        assert seen[name] == [
            (PERSIAN, RTL, "right"),
            (ENGLISH, LTR, "left"),
            ("", LTR, empty_side),
        ], name


def test_a_box_of_one_language_keeps_its_own_alignment(qtbot, ui_language):
    from app.ui.tabs.ordinances.widgets import english_text, persian_text

    persian, english = persian_text(text_box(QPlainTextEdit())), english_text(text_box(QPlainTextEdit()))
    for edit in (persian, english):
        qtbot.addWidget(edit)
        edit.resize(400, 120)
        edit.show()
        edit.setPlainText(f"{PERSIAN}\n{ENGLISH}")
    assert [side for *_, side in paragraphs(persian)] == ["right", "right"]
    assert [side for *_, side in paragraphs(english)] == ["left", "left"]


def test_the_first_strong_character_decides():
    assert strong_direction("12 - «سلام» Room") == RTL
    assert strong_direction("(12) Room سلام") == LTR
    assert strong_direction("12/05 - 14:00") is None
