"""The Ordinances tab: the register, the current holders, and the kinds with their templates."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services import ordinances
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.ordinances.holders import HoldersPage
from app.ui.tabs.ordinances.register import RegisterPage
from app.ui.tabs.ordinances.templates import TemplatesPage
from app.ui.widgets.register_view import RegisterView


class OrdinancesTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("Ordinances", "Ordinances")
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.register = RegisterPage(self)
        self.holders = HoldersPage(self)
        self.templates = TemplatesPage(self)
        self.pages.addTab(self.register, translate("Ordinances", "Register"))
        self.pages.addTab(self.holders, translate("Ordinances", "Current holders"))
        self.pages.addTab(self.templates, translate("Ordinances", "Kinds and templates"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.register.view.painted.connect(self.ready)
        self.register.changed.connect(self.holders.load)
        self.holders.renew.connect(self._renew)
        self.holders.appoint.connect(self._appoint)
        self.holders.show.connect(self._show)
        self.pages.currentChanged.connect(self._page_shown)

    def load(self) -> None:
        self.attempt(ordinances.reconcile_register)  # numbers a restored backup lost come back first
        self.register.load()
        self._page_shown(self.pages.currentIndex())
        self._remind()

    def _remind(self) -> None:
        """A reminder in the status bar of the terms that end soon (the current holders show which)."""
        from app.services import ordinances

        soon = sum(h.ending_soon for h in ordinances.current_holders())
        if soon:
            self.status.emit(
                translate(
                    "Ordinances", "%1 appointments end within the reminder period; see Current holders."
                ).replace("%1", i18n.digits(str(soon)))
            )

    def _page_shown(self, index: int) -> None:
        if not self.loaded:
            return
        page = self.pages.widget(index)
        if page is self.holders:
            self.holders.load()
        elif page is self.templates:
            self.templates.load()

    def _renew(self, ordinance_id: int) -> None:
        renewal = self.attempt(lambda: ordinances.renew_ordinance(ordinance_id))
        if renewal is not None:
            self.register.open_editor(renewal)
            self.register.load()
            self.holders.load()

    def _appoint(self, unit_id: int, kind_id: int) -> None:
        self.register.new_record({"unit_id": unit_id, "kind_id": kind_id})
        self.holders.load()

    def _show(self, ordinance_id: int) -> None:
        self.pages.setCurrentWidget(self.register)
        self.register.view.select_id(ordinance_id)

    def new_record(self) -> None:
        self.pages.setCurrentWidget(self.register)
        self.register.new_record()

    def search_view(self) -> RegisterView:
        self.pages.setCurrentWidget(self.register)
        return self.register.view

    def print_current(self) -> None:
        self.register.print_current()
