"""What every tab shares: loading on first show, refresh, the standard actions, and a ready signal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ServiceError
from app.ui.i18n import error_text, translate


class BaseTab(QWidget):
    """A tab. Subclasses load their data in `load()`, which runs once the database is open."""

    ready = Signal()  # the first page of data has been painted
    status = Signal(str)  # a message for the status bar

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False

    def activate(self) -> None:
        """Load the data the first time the tab is shown (the database is open by then)."""
        if not self.loaded:
            self.loaded = True
            self.load()

    def load(self) -> None:
        """Query the tab's data (again)."""

    def new_record(self) -> None:
        """Ctrl+N."""

    def focus_search(self) -> None:
        """Ctrl+F."""

    def print_current(self) -> None:
        """Ctrl+P."""

    def show_error(self, error: ServiceError) -> None:
        QMessageBox.warning(self, translate("BaseTab", "IVC Desk"), error_text(error))
