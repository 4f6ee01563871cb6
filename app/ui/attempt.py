"""Calling a service from the screen: one way for every tab, page and dialog.

attempt() runs the call and hands back its value; when the service refuses (ServiceError), the refusal is
shown by the field it is about (a FieldForm) or in a message, and attempt() returns None. Nothing else is
caught: an unexpected failure goes on to the application's error hook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ServiceError
from app.ui.i18n import error_text, translate
from app.ui.widgets.form import FieldForm

T = TypeVar("T")

ErrorShower = Callable[[ServiceError], object]


def attempt(
    parent: QWidget | None,
    fn: Callable[[], T],
    *,
    form: FieldForm | None = None,
    on_error: ErrorShower | None = None,
    title: str = "",
) -> T | None:
    """fn()'s value, or None when the service refused it (the refusal has then been shown).

    The refusal goes by its field in `form` when the form has that field, else to `on_error`, else into a
    message box over `parent` titled `title` (the parent's window title when empty)."""
    try:
        value = fn()
    except ServiceError as error:
        show_refusal(parent, error, form=form, on_error=on_error, title=title)
        return None
    if form is not None:
        form.clear_errors()
    return value


def succeeds(parent: QWidget | None, fn: Callable[[], object], **how: object) -> bool:
    """attempt() for a call whose value does not matter (many steps return None): True when it went
    through."""
    return attempt(parent, lambda: (fn(), True)[1], **how) is True  # type: ignore[arg-type]


def show_refusal(
    parent: QWidget | None,
    error: ServiceError,
    *,
    form: FieldForm | None = None,
    on_error: ErrorShower | None = None,
    title: str = "",
) -> None:
    """Show a service's refusal: by its field, through on_error, or in a message box."""
    if form is not None and form.show_error(error):
        return
    if on_error is not None:
        on_error(error)
        return
    heading = (
        title or (parent.windowTitle() if parent is not None else "") or translate("attempt", "IVC Desk")
    )
    QMessageBox.warning(parent, heading, error_text(error))


class Attempts:
    """A mixin for widgets: self.attempt(fn) and self.succeeds(fn), showing refusals with self.show_error."""

    def show_error(self, error: ServiceError) -> None:
        show_refusal(self if isinstance(self, QWidget) else None, error)

    def attempt(self, fn: Callable[[], T], form: FieldForm | None = None) -> T | None:
        return attempt(self if isinstance(self, QWidget) else None, fn, form=form, on_error=self.show_error)

    def succeeds(self, fn: Callable[[], object], form: FieldForm | None = None) -> bool:
        return succeeds(self if isinstance(self, QWidget) else None, fn, form=form, on_error=self.show_error)
