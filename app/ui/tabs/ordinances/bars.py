"""The ordinances register's row of buttons: new and edit, the steps (issue, renew, revoke, void), print,
save as PDF, the year's register, export and archive; the documents' buttons choose the language from a
menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from app.services import ordinances
from app.ui import labels
from app.ui.i18n import translate


def language_button(page: QWidget, text: str, action: Callable[[str], None]) -> QToolButton:
    """A button whose menu chooses the document's language, then calls action(lang)."""
    button = QToolButton(page)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for code in ordinances.LANGS:
        menu.addAction(labels.label(code), lambda code=code: action(code))
    button.setMenu(menu)
    return button


def build_buttons(page: QWidget) -> QHBoxLayout:
    """The register page's buttons, made on `page` (new_button, edit_button...), in their row."""
    page.new_button = QPushButton(translate("Ordinances", "New ordinance…"), page)
    page.edit_button = QPushButton(translate("Ordinances", "Edit…"), page)
    page.issue_button = QPushButton(translate("Ordinances", "Issue…"), page)
    page.renew_button = QPushButton(translate("Ordinances", "Renew…"), page)
    page.revoke_button = QPushButton(translate("Ordinances", "Revoke…"), page)
    page.void_button = QPushButton(translate("Ordinances", "Void number…"), page)
    page.print_button = language_button(page, translate("Ordinances", "Print"), page.print_current)
    page.save_button = language_button(page, translate("Ordinances", "Save as PDF"), page.save_current)
    page.register_button = language_button(
        page, translate("Ordinances", "Register of the year"), page.print_register
    )
    page.export_button = QPushButton(translate("Ordinances", "Export to Excel…"), page)
    page.archive_button = QPushButton(translate("Ordinances", "Move to archive"), page)
    buttons = QHBoxLayout()
    for button in (
        page.new_button,
        page.edit_button,
        page.issue_button,
        page.renew_button,
        page.revoke_button,
        page.void_button,
        page.print_button,
        page.save_button,
        page.register_button,
        page.export_button,
        page.archive_button,
    ):
        buttons.addWidget(button)
    buttons.addStretch(1)
    return buttons
