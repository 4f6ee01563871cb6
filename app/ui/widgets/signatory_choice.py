"""Who signs this document: a list of the signatories of Settings › Signatories (the first by default)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.services import signatories
from app.ui import i18n


class SignatoryChoice(QComboBox):
    """Choosing a signatory emits `chosen` with it; the document's own name and title fields take it."""

    chosen = Signal(object)  # signatories.Signatory

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatory_choice")
        self._signatories = signatories.list_signatories()
        self.addItem(self.tr("(as written below)"), None)
        for n, signatory in enumerate(self._signatories):
            self.addItem(signatory.label(i18n.language()), n)
        self.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        n = self.itemData(index)
        if n is not None:
            self.chosen.emit(self._signatories[n])

    def chosen_signatory(self) -> signatories.Signatory | None:
        n = self.currentData()
        return self._signatories[n] if n is not None else None

    def show_matching(self, name: str) -> None:
        """Show the signatory whose name (in either language) the document holds; the first line when none."""
        for n, signatory in enumerate(self._signatories):
            if name and name in (signatory.name_fa, signatory.name_en):
                self.setCurrentIndex(self.findData(n))
                return
        self.setCurrentIndex(0)
