"""Help › User guide (F1): the guide of the tab in view, in the interface's language, right to left in
Persian; the list of guides, links between them; and every guide and link on disk."""

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QLabel

from app.ui.dialogs.guide import (
    ENGLISH_ONLY,
    GUIDES,
    GuideWindow,
    for_right_to_left,
    guide_file,
    guides_folder,
    mirrored_tables,
)
from app.ui.i18n import translate
from app.ui.main_window import MainWindow
from app.ui.tabs.base import LazyTab

# Phrases that only one language's guide holds: the Persian guide never writes the English word.
ONLY_IN = {
    "meetings": {"fa": "حد نصاب", "en": "quorum"},
    "funding": {"fa": "شورای بورس", "en": "scholarship council"},
}


def text_of(window: GuideWindow) -> str:
    return window.browser.toPlainText()


def assert_in_language(window: GuideWindow, name: str, lang: str) -> None:
    other = "en" if lang == "fa" else "fa"
    text = text_of(window).lower()
    assert ONLY_IN[name][lang] in text
    assert ONLY_IN[name][other] not in text


def directions(window: GuideWindow) -> tuple[set, set]:
    """(directions of the prose blocks, directions of the code blocks) of the document shown."""
    prose, code = set(), set()
    block = window.browser.document().begin()
    while block.isValid():
        if block.text().strip():
            is_code = block.blockFormat().nonBreakableLines()
            (code if is_code else prose).add(block.textDirection())
        block = block.next()
    return prose, code


def row_of(window: GuideWindow, name: str) -> int:
    names = [window.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.list.count())]
    return names.index(name)


def test_f1_opens_the_guide_of_the_tab_in_view_in_the_interfaces_language(qtbot, db, ui_language):
    window = MainWindow()
    qtbot.addWidget(window)
    window.install_tabs(
        [
            LazyTab("Today", lambda: QLabel("today")),  # a tab without a guide of its own
            LazyTab("Meetings", lambda: QLabel("meetings"), guide="meetings"),
            LazyTab("Funding", lambda: QLabel("funding"), guide="funding"),
        ]
    )
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0].text() == window.tr("&User guide…")
    assert help_menu.actions()[0].shortcut().toString() == "F1"

    window.tabs.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_window
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    assert guide.current == ("meetings", ui_language)
    assert guide.list.currentRow() == row_of(guide, "meetings")
    assert_in_language(guide, "meetings", ui_language)
    # the list names the guides in the interface's language
    titles = [guide.list.item(row).text() for row in range(guide.list.count())]
    assert titles == [translate("Guide", title) for _name, title in GUIDES]
    if ui_language == "fa":
        assert titles[1] == "جلسات"

    # another guide chosen in the list is shown
    guide.list.setCurrentRow(row_of(guide, "funding"))
    assert guide.current == ("funding", ui_language)
    assert_in_language(guide, "funding", ui_language)

    # F1 again, from another tab: the same window, on that tab's guide
    window.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide_window is guide
    assert guide.current == ("meetings", ui_language)
    # from a tab without a guide of its own, it stays on the guide it shows
    window.tabs.setCurrentIndex(0)
    window.show_guide()
    assert window.guide_window is guide and guide.current == ("meetings", ui_language)
    guide.close()


def test_a_persian_guide_reads_right_to_left_and_its_command_lines_left_to_right(qtbot, ui_language):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show_guide("visits")
    expected = Qt.LayoutDirection.RightToLeft if ui_language == "fa" else Qt.LayoutDirection.LeftToRight
    assert guide.browser.document().defaultTextOption().textDirection() == expected
    prose, code = directions(guide)
    assert prose == {expected}
    assert code == {Qt.LayoutDirection.LeftToRight}  # ivc-desk print itinerary 12 …
    # a Persian paragraph that opens with a Latin word still reads right to left
    if ui_language == "fa":
        block = guide.browser.document().begin()
        while block.isValid() and not block.text().startswith("Outlook"):
            block = block.next()
        assert not block.isValid() or block.textDirection() == expected


def test_a_persian_table_reads_from_the_right(qtbot, ui_language):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show_guide("meetings")
    [table] = [f for f in guide.browser.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    headings = [table.cellAt(0, column).firstCursorPosition().block().text() for column in range(2)]
    # Qt lays columns out left to right: the Persian table's first column («سند») is given last
    assert headings == (["محتوا", "سند"] if ui_language == "fa" else ["Document", "What it holds"])


def test_mirrored_tables_turns_the_cells_of_table_rows_only():
    text = "A | b\n| one | `a|b` | three |\n|---|---|---|\n"
    assert mirrored_tables(text) == "A | b\n| three | `a|b` | one |\n|---|---|---|\n"


def test_inline_code_in_a_persian_guide_keeps_its_own_direction():
    text = "شماره `1405/0042/IVC` است\n```\nivc-desk list `x`\n```\n"
    shown = for_right_to_left(text)
    assert shown.split("\n")[0] == "شماره \u2068`1405/0042/IVC`\u2069 است"
    assert shown.split("\n")[2] == "ivc-desk list `x`"  # a command line is left as it is


def test_links_between_guides_open_the_guide_linked_to(qtbot, ui_language):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show_guide()
    assert guide.current == ("index", ui_language)
    guide.browser.anchorClicked.emit(QUrl("funding.md"))
    assert guide.current == ("funding", ui_language)
    assert guide.list.currentRow() == row_of(guide, "funding")
    assert_in_language(guide, "funding", ui_language)
    guide.browser.anchorClicked.emit(QUrl("meetings.md"))  # the funding guide links to the meetings one
    assert guide.current == ("meetings", ui_language)
    if ui_language == "fa":
        # the Persian contents send the administrator to the English server guide, left to right
        guide.show_guide("index")
        guide.browser.anchorClicked.emit(QUrl("../en/server.md"))
        assert guide.current == ("server", "en")
        assert directions(guide)[0] == {Qt.LayoutDirection.LeftToRight}
        assert guide.list.currentRow() == row_of(guide, "server")


LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_guide_is_written_in_both_languages_once_and_every_link_leads_somewhere():
    folder = guides_folder()
    names = [name for name, _title in GUIDES]
    for lang in ("en", "fa"):
        written = {path.stem for path in (folder / lang).glob("*.md")}
        expected = set(names) - (ENGLISH_ONLY if lang == "fa" else set())
        assert written == expected, lang  # every guide listed is there, and nothing else (no copies)
        for name in names:
            assert guide_file(name, lang).is_file()
    assert guide_file("server", "fa") == folder / "en" / "server.md"
    for path in sorted(folder.glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), path
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            assert (path.parent / target.split("#")[0]).resolve().is_file(), f"{path.name}: {target}"
