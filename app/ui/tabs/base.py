"""What every tab shares: loading on first show, refresh, the standard actions, and a ready signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.ui.attempt import Attempts
from app.ui.i18n import error_text, translate


class BaseTab(Attempts, QWidget):
    """A tab. Subclasses load their data in `load()`, which runs once the database is open."""

    ready = Signal()  # the first page of data has been painted
    status = Signal(str)  # a message for the status bar

    title = ""
    guide = ""  # its user guide, resources/guides/<language>/<guide>.md (Help › User guide opens it)

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


class RegisterTab(BaseTab):
    """A tab over one or more registers: Ctrl+F goes to the search box of the register in view; loading
    and Ctrl+N go to the tab's page unless the tab says otherwise."""

    def load(self) -> None:
        self.page.load()  # type: ignore[attr-defined]

    def new_record(self) -> None:
        self.page.new_record()  # type: ignore[attr-defined]

    def search_view(self) -> Any:
        """The RegisterView whose search box Ctrl+F fills (by default the tab's page's view)."""
        return self.page.view  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        view = self.search_view()
        view.search.setFocus()
        view.search.selectAll()


class LazyTab(BaseTab):
    """A tab (or page) built the first time it is shown: its modules are not even imported before.

    `factory()` returns the real widget; the standard actions are passed on to it when it has them.
    """

    def __init__(
        self, title: str, factory: Callable[[], QWidget], parent: QWidget | None = None, guide: str = ""
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.guide = guide
        self._factory = factory
        self.inner: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def activate(self) -> None:
        if self.inner is None:
            self.inner = self._factory()
            self._layout.addWidget(self.inner)
            if isinstance(self.inner, BaseTab):
                self.inner.status.connect(self.status)
                self.inner.ready.connect(self.ready)
        if isinstance(self.inner, BaseTab):
            self.inner.activate()
        elif not self.loaded:
            self.loaded = True
            self.load()

    def load(self) -> None:
        if self.inner is not None and hasattr(self.inner, "load"):
            self.inner.load()

    def _pass_on(self, method: str) -> None:
        if self.inner is not None and hasattr(self.inner, method):
            getattr(self.inner, method)()

    def new_record(self) -> None:
        self._pass_on("new_record")

    def focus_search(self) -> None:
        self._pass_on("focus_search")

    def print_current(self) -> None:
        self._pass_on("print_current")
