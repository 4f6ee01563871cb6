"""Multi-line text fields as every form has them: Tab moves on (text_keys), and each paragraph runs and
aligns in the direction of its own text.

QPlainTextEdit reads a paragraph's direction from its text (a Persian paragraph runs right to left) but
aligns every paragraph to the left: its document layout has one alignment for the whole document. Here the
layout places each line by its paragraph's direction: the direction of the paragraph's first strong
character (a Persian paragraph is right-aligned, an English "Room 12" left-aligned even in the Persian
interface), and for a paragraph without one (empty, digits only) the interface's direction. A box made for
one language (ordinances.widgets.persian_text) keeps its fixed direction.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from app.ui.widgets.text_keys import tab_moves_on

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
_KEPT: dict[QTextDocument, QPlainTextDocumentLayout] = {}


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character of `text` (Unicode's rule P2), None when it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return RTL
        if kind == "L":
            return LTR
    return None


class _ParagraphLayout(QPlainTextDocumentLayout):
    """The plain text layout, with each line moved to its paragraph's side."""

    def direction(self, block: QTextBlock) -> Qt.LayoutDirection:
        return strong_direction(block.text()) or QGuiApplication.layoutDirection()

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 - Qt's name
        rect = super().blockBoundingRect(block)  # lays the block out when it changed
        option = self.document().defaultTextOption()
        if option.textDirection() != Qt.LayoutDirection.LayoutDirectionAuto:
            return rect  # a box of one language, aligned by its own option
        layout = block.layout()
        right = self.direction(block) == RTL
        margin = self.document().documentMargin()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            shift = max(0.0, line.width() - line.naturalTextWidth()) if right else 0.0
            if line.x() != margin + shift:
                line.setPosition(QPointF(margin + shift, line.y()))
        return rect


def follow_paragraphs(edit: QPlainTextEdit) -> QPlainTextEdit:
    """Each paragraph of `edit` aligned by its own direction (see the module's note)."""
    if isinstance(edit.document().documentLayout(), _ParagraphLayout):
        return edit
    old = edit.document()
    document = QTextDocument(edit)
    document.setDefaultFont(old.defaultFont())
    document.setDefaultTextOption(old.defaultTextOption())
    document.setDocumentMargin(old.documentMargin())
    layout = _ParagraphLayout(document)
    document.setDocumentLayout(layout)
    _KEPT[document] = layout  # Python keeps the layout's wrapper (its override) as long as the document lives
    document.destroyed.connect(lambda: _KEPT.pop(document, None))
    text = edit.toPlainText()
    edit.setDocument(document)
    if text:
        edit.setPlainText(text)
    return edit


def text_box(edit: QPlainTextEdit) -> QPlainTextEdit:
    """A form's multi-line field: Tab moves on, Ctrl+Tab types a tab, paragraphs take their own direction."""
    return follow_paragraphs(tab_moves_on(edit))
