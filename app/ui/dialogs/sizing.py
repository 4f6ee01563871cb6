"""Dialogs on a small screen: each opens at the size it was last left (per kind of dialog), never larger than
the screen's free area (a 1366×768 screen less its taskbar), so its buttons stay in reach."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QSplitter, QWidget

from app.ui.i18n import settings

TITLE_BAR = 32  # what the window manager adds above the dialog's own area


def _key(dialog: QWidget) -> str:
    return f"dialogs/{type(dialog).__name__}/size"


def restore_size(dialog: QWidget) -> None:
    """Open at the size it was left, then fit the screen."""
    size = settings().value(_key(dialog))
    if isinstance(size, QSize) and size.isValid():
        dialog.resize(size)
    fit_on_screen(dialog)


def remember_size(dialog: QWidget) -> None:
    settings().setValue(_key(dialog), dialog.size())


def fit_on_screen(dialog: QWidget) -> None:
    """Shrink the dialog (down to its minimum) to the free area of its screen."""
    screen = dialog.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width = min(dialog.width(), free.width())
    height = min(dialog.height(), free.height() - TITLE_BAR)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(max(width, dialog.minimumWidth()), max(height, dialog.minimumHeight()))


def remembered_splitter(splitter: QSplitter, name: str) -> QSplitter:
    """The splitter opens where the person last left it (`name` tells splitters apart); call it once its
    panes are in and its default sizes set."""
    key = f"splitters/{name}"
    state = settings().value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda _pos, _index: settings().setValue(key, splitter.saveState()))
    return splitter
