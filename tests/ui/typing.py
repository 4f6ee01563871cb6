"""Typing as a person does: keys one by one, with their text, in any script.

QTest.keyClicks sends only Latin-1 characters (a Persian digit arrives as nothing), so each character here is
its own key press and release carrying the character, as a keyboard with a Persian layout sends it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_text(text: str, widget: QWidget | None = None) -> None:
    """Type `text` into `widget` (the focused widget by default), one key per character."""
    target = widget or focused()
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()) if char.isascii() else ord(char))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def press(key: Qt.Key, widget: QWidget | None = None, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Press and release one key (Tab, Enter, Escape, Ctrl+A...) on `widget` (the focused one by default)."""
    target = widget or focused()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


def select_all(widget: QWidget | None = None) -> None:
    press(Qt.Key.Key_A, widget, Qt.KeyboardModifier.ControlModifier)


def tab_into(first: QWidget) -> QWidget:
    """Focus `first`, then press Tab: the keyboard focus goes where a person's Tab takes it."""
    first.setFocus()
    QApplication.processEvents()
    press(Qt.Key.Key_Tab, first)
    return focused()
