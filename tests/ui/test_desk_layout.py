"""What the desk remembers and how lists show long text: a splitter dragged stays where it was left the
next time the page opens; list columns fit their content up to a width and elide long text in the middle."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QSplitter

from app.services import directory
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.partners import PartnersPage
from app.ui.widgets.columns import WIDEST
from tests.ui.dialogs import shown_tab


def _partners_splitter(qtbot) -> tuple[DirectoryTab, QSplitter]:
    tab = shown_tab(qtbot, DirectoryTab)
    tab.resize(1200, 700)
    tab.pages.setCurrentIndex(2)  # Partners & agreements
    qtbot.waitUntil(lambda: tab.findChild(PartnersPage) is not None)
    splitter = tab.findChild(PartnersPage).splitter
    qtbot.waitUntil(lambda: splitter.isVisible() and splitter.sizes()[0] > 0)
    return tab, splitter  # the tab held: its splitter lives as long as it


def _drag(handle, dy: int) -> None:
    """Press on the splitter's handle, move down by dy pixels with the button held, release."""
    start = QPointF(handle.rect().center())
    end = start + QPointF(0, dy)
    for kind, at, buttons in (
        (QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            at,
            handle.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(handle, event)
    QApplication.processEvents()


def test_a_dragged_splitter_opens_where_it_was_left(qtbot, db, ui_language):
    _tab, splitter = _partners_splitter(qtbot)
    before = splitter.sizes()
    _drag(splitter.handle(1), 120)
    moved = splitter.sizes()
    assert moved[0] > before[0] + 60  # the upper pane grew by the drag
    # the page opened again (another window, as the next day's program would): where it was left
    again_tab, again = _partners_splitter(qtbot)
    assert again.sizes()[0] == moved[0]
    for shown in (_tab, again_tab):  # both go before the next test, their pending events handled
        shown.close()
        shown.deleteLater()
    qtbot.wait(100)


def test_list_columns_fit_and_elide_in_the_middle(qtbot, db, ui_language):
    long_name = "Department of " + "Cardiovascular Surgery and Interventional Cardiology " * 3 + "(Tehran)"
    unit = directory.save_unit(
        {
            "kind": "department",
            "name_fa": "گروه " + "جراحی قلب و عروق و قلب‌شناسی مداخله‌ای " * 3 + "(تهران)",
            "name_en": long_name,
        }
    )
    directory.save_person({"kind": "staff", "last_name_en": "Najafi", "unit_id": unit})
    tab = shown_tab(qtbot, DirectoryTab)
    table = tab.people.view.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count() - 1)]  # the last stretches
    assert max(widths) <= WIDEST
    # what the cell shows: its start and its end, the middle left out
    cells = [str(table.model().index(0, c).data()) for c in range(header.count())]
    column = next(c for c, text in enumerate(cells) if "(Tehran)" in text or "(تهران)" in text)
    width = header.sectionSize(column) - 8  # less the cell's margins
    shown = table.fontMetrics().elidedText(cells[column], Qt.TextElideMode.ElideMiddle, width)
    assert shown.startswith(cells[column][:6]) and shown.endswith(cells[column][-6:]) and "…" in shown
