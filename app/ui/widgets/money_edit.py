"""An amount and its currency; the amount is read into integer minor units by app.common.money."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.common.money import CURRENCIES, format_amount, parse_amount
from app.ui import i18n


class MoneyEdit(QWidget):
    def __init__(self, parent: QWidget | None = None, currency: str = "IRR") -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0")
        self.currency = QComboBox(self)
        for code, cur in CURRENCIES.items():
            self.currency.addItem(f"{code} — {cur.name_fa if i18n.language() == 'fa' else cur.name_en}", code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(currency)))
        row.addWidget(self.amount, 2)
        row.addWidget(self.currency, 1)
        self.amount.editingFinished.connect(self._tidy)

    def currency_code(self) -> str:
        return self.currency.currentData()

    def minor_units(self) -> int | None:
        """The amount in minor units; None when empty. Raises app.common.money.MoneyError when unreadable."""
        text = self.amount.text().strip()
        return parse_amount(text, self.currency_code()) if text else None

    def set_value(self, minor: int | None, code: str) -> None:
        self.currency.setCurrentIndex(max(0, self.currency.findData(code)))
        self.amount.setText(
            "" if minor is None else format_amount(minor, code, i18n.language(), with_currency=False)
        )

    def _tidy(self) -> None:
        try:
            minor = self.minor_units()
        except ValueError:
            return  # left as typed; the service says what is wrong when saving
        if minor is not None:
            self.set_value(minor, self.currency_code())
