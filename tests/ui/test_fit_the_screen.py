"""Every editor fits a 1366×768 screen with a title bar and a taskbar: no dialog needs more than 700 px of
height (its layout's minimum, and the size it opens at), and a dialog opens again at the size it was left."""

import pytest
from PySide6.QtCore import QSize

from app.ui.modal import run_modal
from app.ui.tabs.directory.people import PersonDialog
from app.ui.tabs.funding.editor import RequestDialog
from app.ui.tabs.funding.rules import RulesDialog
from app.ui.tabs.letters.compose import LetterDialog
from app.ui.tabs.meetings.editor import MeetingEditor
from app.ui.tabs.meetings.kinds import KindsDialog
from app.ui.tabs.ordinances.editor import OrdinanceDialog
from app.ui.tabs.visits.editor import VisitDialog
from tests.services.meetings_helpers import council_members, new_council
from tests.ui.dialogs import on_dialog

SCREEN = QSize(1366, 768)
TALLEST = 700  # 768 less a taskbar (about 40 px) and a title bar (about 28 px)

EDITORS = {
    "person": lambda: PersonDialog(None),
    "visit": lambda: VisitDialog(None),
    "meeting": lambda: MeetingEditor(None, new_council()),
    "new meeting": lambda: MeetingEditor(None),
    "ordinance": lambda: OrdinanceDialog(None),
    "funding request": lambda: RequestDialog(None),
    "funding rules": lambda: RulesDialog(None),
    "letter": lambda: LetterDialog(None),
    "meeting kinds": lambda: KindsDialog(None),
}


@pytest.mark.parametrize("editor", list(EDITORS))
def test_each_editor_fits_a_1366_by_768_screen(qtbot, db, ui_language, editor):
    council_members(3)
    seen = {}

    def measure(dialog):
        seen["minimum"] = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        seen["opened"] = dialog.size()
        dialog.done(0)

    on_dialog(measure)
    run_modal(EDITORS[editor]())
    assert seen["minimum"].height() < TALLEST and seen["opened"].height() < TALLEST, seen
    assert seen["minimum"].width() <= SCREEN.width() and seen["opened"].width() <= SCREEN.width(), seen


def test_a_dialog_opens_again_at_the_size_it_was_left(qtbot, db, ui_language):
    sizes = []

    def resize(dialog):
        dialog.resize(dialog.width() + 37, dialog.height() + 23)
        sizes.append(dialog.size())
        dialog.done(0)

    on_dialog(resize)
    run_modal(PersonDialog(None))
    on_dialog(lambda dialog: (sizes.append(dialog.size()), dialog.done(0)))
    run_modal(PersonDialog(None))
    assert sizes[1] == sizes[0]


def test_the_main_window_starts_maximised_on_a_small_screen_then_where_it_was_left(qtbot, db, ui_language):
    from PySide6.QtCore import Qt

    from app.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    free = first.screen().availableGeometry()
    assert free.height() < 860  # the test screen is a small one
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(40, 30, 700, 500)
    first.show()
    first.close()  # where the secretary left it is kept
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.size() == first.size()
