"""The Directory tab: people, units, and partner institutions with their agreements."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.tabs.base import BaseTab
from app.ui.tabs.directory.partners import PartnersPage
from app.ui.tabs.directory.people import PeoplePage
from app.ui.tabs.directory.units import UnitsPage
from app.ui.widgets.register_page import RegisterPage


class DirectoryTab(BaseTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Directory")
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.people = PeoplePage(self)
        self.units = UnitsPage(self)
        self.partners = PartnersPage(self)
        self.pages.addTab(self.people, self.tr("People"))
        self.pages.addTab(self.units, self.tr("Units"))
        self.pages.addTab(self.partners, self.tr("Partners && agreements"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.people.view.painted.connect(self.ready)
        self.units.changed.connect(self.people.load)
        self.pages.currentChanged.connect(self._page_shown)
        self._loaded_pages: set[int] = set()

    def load(self) -> None:
        self._loaded_pages.clear()
        self._page_shown(self.pages.currentIndex())

    def _page_shown(self, index: int) -> None:
        if index in self._loaded_pages or not self.loaded:
            return
        self._loaded_pages.add(index)
        self.pages.widget(index).load()

    def new_record(self) -> None:
        page = self.pages.currentWidget()
        (page if isinstance(page, RegisterPage) else page.institutions).new_record()

    def focus_search(self) -> None:
        page = self.pages.currentWidget()
        view = (page if isinstance(page, RegisterPage) else page.institutions).view
        view.search.setFocus()
        view.search.selectAll()
