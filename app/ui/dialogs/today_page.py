"""Settings › Today: how far ahead and how far back Today's lists look (the periods of issue 15), each a
number within the service's limits; saved with the other settings, refused by the field when out of range."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from app.services import today
from app.services.errors import ServiceError
from app.ui.i18n import translate
from app.ui.widgets.form import FieldForm

# setting -> (its label, the unit after the number)
FIELDS: dict[str, tuple[str, str]] = {
    "coming_days": (QT_TRANSLATE_NOOP("TodayPage", "Look ahead (the next days)"), "days"),
    "draft_days": (QT_TRANSLATE_NOOP("TodayPage", "A draft waits for the office after"), "days"),
    "ordinance_days": (QT_TRANSLATE_NOOP("TodayPage", "Ordinances ending within"), "days"),
    "agreement_days": (QT_TRANSLATE_NOOP("TodayPage", "Agreements ending within"), "days"),
    "dormant_months": (QT_TRANSLATE_NOOP("TodayPage", "An agreement is dormant after"), "months"),
    "report_days": (QT_TRANSLATE_NOOP("TodayPage", "A report is late after the trip or visit by"), "days"),
}


class TodayPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        current = today.load()
        intro = QLabel(
            self.tr("The periods Today's lists use. The Today tab reads them when it is next shown.")
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.spins: dict[str, QSpinBox] = {}
        for key, (label, unit) in FIELDS.items():
            low, high = today.LIMITS[key]
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(getattr(current, key))
            spin.setSuffix(" " + (self.tr("days") if unit == "days" else self.tr("months")))
            self.spins[key] = spin
            self.form.add(key, translate("TodayPage", label), spin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def save(self) -> None:
        today.save({key: spin.value() for key, spin in self.spins.items()})

    def show_error(self, error: ServiceError) -> bool:
        return self.form.show_error(error)
