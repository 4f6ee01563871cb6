"""Driving a tab as a person would: show it, and answer the modal dialogs it opens.

A modal dialog blocks the code that opened it (in exec()), so what a person does in it is queued first with
on_dialog(act) and runs once the dialog is on screen. A check that fails inside `act` rejects the dialog (the
test does not hang on it) and fails the test at its end (see conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget

from app.ui import i18n

FAILURES: list[BaseException] = []


def shown_tab(qtbot, tab: Callable[[], QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    """A tab made in the interface language of the test (the ui_language fixture), shown and activated as when
    its page is chosen in the main window."""
    widget = tab()
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()  # type: ignore[attr-defined]
    return widget


def on_dialog(act: Callable[[QDialog], object], kind: type | None = None) -> list[bool]:
    """Run act(dialog) on the next modal dialog (of type `kind`, if given); the returned list gets an entry
    once it ran."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - reported by the test, not lost in the event loop
            FAILURES.append(error)
            dialog.reject()
        finally:
            done.append(True)

    QTimer.singleShot(0, poll)
    return done


def click_row(qtbot, view: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click a row of a shown table, as a person chooses it (in either layout direction)."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == row


def error(source: str) -> str:
    """A service's message as the interface shows it (errors have their own translation context)."""
    return i18n.translate("errors", source)


def answer_unsaved(choice: str = "Discard") -> list[bool]:
    """Answer the next "Save your changes before closing?" question of an editor (Save, Discard or Cancel);
    the returned list gets an entry once the question was asked and answered."""
    from PySide6.QtWidgets import QMessageBox

    def answer(box: QDialog) -> None:
        assert box.objectName() == "unsaved_question", box.objectName()
        box.button(getattr(QMessageBox.StandardButton, choice)).click()  # type: ignore[attr-defined]

    return on_dialog(answer, QMessageBox)


def close_discarding(dialog: QDialog) -> None:
    """Close an editor as a person who throws away what they typed: Cancel, then Discard when asked."""
    if getattr(dialog, "has_changes", lambda: False)():
        answer_unsaved("Discard")
    dialog.reject()
