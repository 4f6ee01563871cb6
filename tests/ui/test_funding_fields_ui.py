"""The funding request editor marks every bad field at one Save, by each field, and saves nothing until they
are mended (issue 22: "show every invalid field at once, not one after another")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from app.common import dates
from app.services import funding
from tests.services.funding_helpers import person, unit
from tests.ui.dialogs import close_discarding, error, on_dialog
from tests.ui.test_funding_tab import _suggestion, tab, warnings  # noqa: F401  (the Funding tab's fixtures)


def test_one_save_marks_every_bad_field(qtbot, tab):  # noqa: F811
    department = unit()
    person("Karimi", "کریمی", unit_id=department)
    start = dates.today() + dt.timedelta(days=60)
    seen = {}

    def compose(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.applicant._chosen(_suggestion(dialog.applicant, "karimi"))
        dialog.country.set_code("IR")  # a conference abroad, not at home
        dialog.starts_on.set_date(start)
        dialog.ends_on.set_date(start - dt.timedelta(days=3))  # before it starts
        # no conference, no paper title, no amount
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["visible"] = dialog.isVisible()
        seen["errors"] = {
            f: dialog.form.error_text(f)
            for f in ("conference", "country", "starts_on", "paper_title", "city")
        }
        seen["focus"] = dialog.conference.hasFocus()  # the first bad field, in the form's order
        seen["saved_meanwhile"] = funding.list_funding().total
        close_discarding(dialog)

    done = on_dialog(compose)
    tab.new_record()
    assert done and seen["visible"]
    assert seen["errors"] == {
        "conference": error("This field is required."),
        "country": error("Funding is for conferences abroad."),
        "starts_on": error("The end date comes before the start date."),  # the dates share one row
        "paper_title": error("This field is required."),
        "city": "",
    }
    assert seen["focus"] and seen["saved_meanwhile"] == 0
