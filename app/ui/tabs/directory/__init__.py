"""The Directory tab: people, units, and partner institutions with their agreements."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.tabs.base import LazyTab, RegisterTab
from app.ui.tabs.directory.people import PeoplePage
from app.ui.widgets.register_page import RegisterPage
from app.ui.widgets.register_view import RegisterView


def _units_page() -> QWidget:
    from app.ui.tabs.directory.units import UnitsPage

    return UnitsPage()


def _partners_page() -> QWidget:
    from app.ui.tabs.directory.partners import PartnersPage

    return PartnersPage()


class DirectoryTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Directory")
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.people = PeoplePage(self)
        self.units_tab = LazyTab(self.tr("Units"), _units_page, self)
        self.partners_tab = LazyTab(self.tr("Partners && agreements"), _partners_page, self)
        self.pages.addTab(self.people, self.tr("People"))
        self.pages.addTab(self.units_tab, self.units_tab.title)
        self.pages.addTab(self.partners_tab, self.partners_tab.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.people.view.painted.connect(self.ready)
        self.pages.currentChanged.connect(self._page_shown)
        self._loaded_pages: set[int] = set()

    def load(self) -> None:
        self._loaded_pages.clear()
        self._page_shown(self.pages.currentIndex())

    def _page_shown(self, index: int) -> None:
        if index in self._loaded_pages or not self.loaded:
            return
        self._loaded_pages.add(index)
        page = self.pages.widget(index)
        if isinstance(page, LazyTab) and page.inner is None:
            page.activate()  # built and loaded
            if isinstance(page.inner, RegisterPage):
                page.inner.changed.connect(self.people.load)  # a renamed unit shows in the people list
        else:
            page.load()

    @property
    def units(self):  # type: ignore[no-untyped-def]
        """The Units page (built on first use)."""
        self.units_tab.activate()
        return self.units_tab.inner

    @property
    def partners(self):  # type: ignore[no-untyped-def]
        """The Partners & agreements page (built on first use)."""
        self.partners_tab.activate()
        return self.partners_tab.inner

    def _current_register(self) -> RegisterPage:
        page = self.pages.currentWidget()
        page = page.inner if isinstance(page, LazyTab) else page
        return page if isinstance(page, RegisterPage) else page.institutions

    def new_record(self) -> None:
        self._current_register().new_record()

    def search_view(self) -> RegisterView:
        return self._current_register().view
