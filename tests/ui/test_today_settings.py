"""Settings › Today (issue 15 §1): the periods of Today's lists typed into their fields and saved, in both
interface languages; Today then looks that far ahead; the fields keep to the service's limits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services import meetings, settings, today
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.services.meetings_helpers import council_id
from tests.ui.typing import press, select_all, type_text

MONDAY = dt.datetime(2026, 11, 30, 8, 0)  # 1405/09/09


def test_the_periods_are_typed_saved_and_used_by_today(qtbot, db, qt_settings, frozen_clock, ui_language):
    frozen_clock(MONDAY)
    settings.save({"setup_done": "1"})
    meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Council in three weeks",
            "starts_at": MONDAY + dt.timedelta(days=21),
            "ends_at": MONDAY + dt.timedelta(days=21, hours=2),
        }
    )
    assert today.today_report().count(today.COMING) == 0  # 14 days ahead by default
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pages.setCurrentWidget(dialog.today)
    spins = dialog.today.spins
    assert spins["coming_days"].value() == 14 and spins["dormant_months"].value() == 12
    for key, typed in (("coming_days", "30"), ("dormant_months", "18")):
        spins[key].setFocus()
        select_all(spins[key])
        type_text(typed, spins[key])
        press(Qt.Key.Key_Tab, spins[key])
    spins["agreement_days"].setFocus()
    select_all(spins["agreement_days"])
    type_text("9999", spins["agreement_days"])  # beyond the limit: the field takes no more than it allows
    press(Qt.Key.Key_Tab, spins["agreement_days"])
    dialog.accept()
    stored = today.load()
    assert (stored.coming_days, stored.dormant_months) == (30, 18)
    assert stored.agreement_days <= today.LIMITS["agreement_days"][1]
    assert today.today_report().count(today.COMING) == 1  # the council three weeks ahead is now in view


def test_a_refused_period_is_shown_by_its_field(qtbot, db, qt_settings, ui_language, monkeypatch):
    from app.services.errors import ValidationError

    settings.save({"setup_done": "1"})
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)

    def refuse(_data):  # type: ignore[no-untyped-def]
        raise ValidationError("draft_days", "Enter a number from {low} to {high}.", low=1, high=366)

    monkeypatch.setattr(today, "save", refuse)
    dialog.accept()
    assert dialog.pages.currentWidget() is dialog.today
    assert dialog.today.form.error_text("draft_days")
    assert dialog.result() != SettingsDialog.DialogCode.Accepted  # not saved: the dialog stays open
