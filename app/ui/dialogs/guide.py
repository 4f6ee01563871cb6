"""Help › User guide (F1): the user guides of resources/guides/<language>/, in the interface's language.

A window of its own (not modal), one per main window: the list of guides on one side, the guide rendered
from its markdown on the other. Links between guides open the guide linked to; links to the web open in
the browser. A Persian guide is laid out right to left block by block, its command lines left to right.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextFormat,
    QTextLength,
    QTextTable,
)
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from app.resources import resource_path
from app.ui import i18n
from app.ui.i18n import translate

# (file name, title) in the order of the list. "index" is the contents page, linking to the others.
GUIDES = (
    ("index", QT_TRANSLATE_NOOP("Guide", "Contents")),
    ("meetings", QT_TRANSLATE_NOOP("Guide", "Meetings")),
    ("visits", QT_TRANSLATE_NOOP("Guide", "Foreign guest visits")),
    ("funding", QT_TRANSLATE_NOOP("Guide", "Conference funding")),
    ("ordinances", QT_TRANSLATE_NOOP("Guide", "Ordinances")),
    ("reports", QT_TRANSLATE_NOOP("Guide", "Reports: the year in figures")),
    ("server", QT_TRANSLATE_NOOP("Guide", "The office server (for the administrator)")),
)
LANGUAGES = ("en", "fa")
# Written in English only: the administrator's guide. The Persian list shows the English one.
ENGLISH_ONLY = frozenset({"server"})


def mirrored_tables(markdown: str) -> str:
    """The markdown with the cells of every table row in reverse order. Qt lays a table's columns out left
    to right whatever the text's direction: reversed, a Persian table's first column is on the right."""
    lines = []
    for line in markdown.split("\n"):
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            cells, cell, in_code = [], "", False
            for char in stripped[1:-1]:
                if char == "`":
                    in_code = not in_code
                if char == "|" and not in_code:
                    cells.append(cell)
                    cell = ""
                else:
                    cell += char
            cells.append(cell)
            line = "|" + "|".join(reversed(cells)) + "|"
        lines.append(line)
    return "\n".join(lines)


INLINE_CODE = re.compile(r"`[^`\n]+`")


def for_right_to_left(markdown: str) -> str:
    """A Persian guide as it is shown: its tables mirrored, and every inline code (`1405/0042/IVC`,
    `{recipient_name}`) isolated in its own direction, so that a right-to-left line cannot reorder it."""
    lines, fenced = [], False
    for line in mirrored_tables(markdown).split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            line = INLINE_CODE.sub(lambda code: i18n.isolated(code.group(0)), line)
        lines.append(line)
    return "\n".join(lines)


def guides_folder() -> Path:
    return resource_path("guides")


def guide_file(name: str, lang: str) -> Path:
    """The file of a guide in a language; the English one for a guide written in English only."""
    if name in ENGLISH_ONLY:
        lang = "en"
    return guides_folder() / lang / f"{name}.md"


class GuideWindow(QWidget):
    """The user guides. `show_guide(name)` shows one (and the window, raised)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("Guide", "IVC Desk — User guide"))
        self.resize(1040, 680)
        self.lang = i18n.language()
        self.current: tuple[str, str] | None = None  # (name, language of the file shown)

        self.list = QListWidget(self)
        for name, title in GUIDES:
            item = QListWidgetItem(translate("Guide", title))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._chosen)

        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # links are followed here: between guides, or to the web browser
        self.browser.anchorClicked.connect(self._follow)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 790])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    # ------------------------------------------------------------- showing a guide

    def show_guide(self, name: str | None = None) -> None:
        """Show the guide `name` (the one already shown, or the contents, when None) and raise the window."""
        if name is None:
            name = self.current[0] if self.current else "index"
        self._select(name)
        self.show()
        self.raise_()
        self.activateWindow()

    def _select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                if self.list.currentRow() == row:
                    self._load(name, self.lang)
                else:
                    self.list.setCurrentRow(row)  # loads it through _chosen
                return

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._load(item.data(Qt.ItemDataRole.UserRole), self.lang)

    def _load(self, name: str, lang: str, fragment: str = "") -> None:
        path = guide_file(name, lang)
        lang = path.parent.name
        if self.current == (name, lang) and not fragment:
            return
        self.current = (name, lang)
        text = path.read_text(encoding="utf-8")
        self.browser.setMarkdown(for_right_to_left(text) if lang == "fa" else text)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self._lay_out(Qt.LayoutDirection.RightToLeft if lang == "fa" else Qt.LayoutDirection.LeftToRight)
        if fragment:
            self.browser.scrollToAnchor(fragment)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _lay_out(self, direction: Qt.LayoutDirection) -> None:
        """Every block in the guide's direction (so a Persian line that opens with a Latin word still reads
        right to left), command lines and code left to right, the cells of tables in the guide's direction
        (their columns are mirrored in the markdown, mirrored_tables)."""
        document = self.browser.document()
        option = document.defaultTextOption()
        option.setTextDirection(direction)
        document.setDefaultTextOption(option)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        while block.isValid():
            form = block.blockFormat()
            code = form.hasProperty(QTextFormat.Property.BlockCodeFence) or form.nonBreakableLines()
            form.setLayoutDirection(Qt.LayoutDirection.LeftToRight if code else direction)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(form)
            block = block.next()
        for frame in document.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                table_format = frame.format()
                table_format.setLayoutDirection(direction)
                table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))  # the page's width
                frame.setFormat(table_format)
        cursor.endEditBlock()
        document.setModified(False)

    # ------------------------------------------------------------- links

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if not url.path() and url.hasFragment():  # a place in the same guide
            self.browser.scrollToAnchor(url.fragment())
            return
        target = Path(self.browser.document().baseUrl().resolved(url).toLocalFile())
        names = {name for name, _title in GUIDES}
        if target.suffix == ".md" and target.stem in names and target.parent.name in LANGUAGES:
            name, lang = target.stem, target.parent.name
            if lang == self.lang or name in ENGLISH_ONLY:
                self.list.blockSignals(True)  # the list follows, without loading the guide twice
                self._select_row(name)
                self.list.blockSignals(False)
            self._load(name, lang, url.fragment())
        elif target.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _select_row(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
