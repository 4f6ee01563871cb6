"""A secretary appoints a department's international deputy, renews the appointment and prints both."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from app.common import clock
from app.services import ordinances
from app.ui import i18n
from app.ui.tabs.ordinances import OrdinancesTab
from tests.services.ordinance_helpers import setting_up
from tests.ui.dialogs import error, on_dialog, shown_tab


@pytest.fixture
def opened(monkeypatch):
    """PDFs the tab sends to the system's viewer, captured instead of opened."""
    shown: list[bytes] = []
    for module in ("register", "editor"):
        monkeypatch.setattr(
            f"app.ui.tabs.ordinances.{module}.open_pdf", lambda _parent, data, _stem: shown.append(data)
        )
    return shown


@pytest.fixture
def term_begun(frozen_clock):
    """The program's clock on a day the appointment's term (from 2026-09-23) has begun: before the tab is
    built, as its holders page shows the holders of today."""
    frozen_clock(dt.datetime(2026, 11, 24, 9))


@pytest.fixture
def tab(qtbot, db, ui_language):
    return shown_tab(qtbot, OrdinancesTab)


def _suggestion(picker, text):
    picker.setText(text)
    picker._suggest()
    return picker._model.index(0, 0)


def test_appoint_renew_and_print_both(term_begun, qtbot, tab, opened, monkeypatch, pdf_text):
    ids = setting_up()
    tab.holders.load()
    tab.pages.setCurrentWidget(tab.holders)
    anatomy = next(n for n, r in enumerate(tab.holders.model.rows()) if r.unit_id == ids["anatomy"])
    assert tab.holders.model.rows()[anatomy].vacant
    tab.holders.select_unit(ids["anatomy"])
    seen = {}

    def appoint(dialog):
        assert dialog.unit.record_id() == ids["anatomy"]
        dialog.person._chosen(_suggestion(dialog.person, "rezaei"))
        dialog.term_start.set_date(dt.date(2026, 9, 23))
        dialog.term_end.set_date(dt.date(2028, 9, 21))
        dialog.preview_lang.setCurrentIndex(dialog.preview_lang.findData("en"))
        dialog.update_preview()
        seen["preview"] = dialog.preview_text()
        dialog.preview_lang.setCurrentIndex(dialog.preview_lang.findData("fa"))
        seen["preview_fa"] = dialog.preview_text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(appoint)
    tab.holders.appoint_button.click()
    assert "International Deputy of the Department of Anatomy" in seen["preview"]
    assert "Dear Dr. Ali Rezaei," in seen["preview"] and "23 September 2026" in seen["preview"]
    assert "گروه آناتومی" in seen["preview_fa"] and "۱۴۰۵/۰۷/۰۱" in seen["preview_fa"]

    tab.pages.setCurrentWidget(tab.register)
    row = tab.register.view.current_row()
    assert row.status == "draft" and row.recipient_en == "Dr. Ali Rezaei"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.register.issue()
    first = tab.register.view.current_row()
    assert first.status == "issued" and first.number.endswith("/0001/IVC-H")
    assert not tab.register.edit_button.isEnabled() and tab.register.renew_button.isEnabled()
    tab.holders.load()
    holding = next(r for r in tab.holders.model.rows() if r.unit_id == ids["anatomy"])
    assert holding.holder_en == "Dr. Ali Rezaei" and holding.until == dt.date(2028, 9, 21)
    reminders = []
    tab.status.connect(reminders.append)
    with clock.frozen(dt.datetime(2028, 9, 1, 9, 0)):  # three weeks before the term ends
        tab.load()
    assert len(reminders) == 1 and i18n.digits("1") in reminders[0]

    # Renew from the current holders: the renewal opens in the editor, saved as it is.
    on_dialog(lambda dialog: dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click())
    tab.holders.select_unit(ids["anatomy"])
    tab.holders.renew_button.click()
    renewal = ordinances.list_ordinances(where="draft").rows[0]
    assert renewal.term_start == dt.date(2028, 9, 22)
    tab.register.load()
    tab.register.view.select_id(renewal.id)
    tab.register.issue()
    second = tab.register.view.current_row()
    assert second.status == "issued" and second.number.endswith("/0002/IVC-H")
    assert ordinances.get_ordinance(first.id)["status"] == "superseded"

    tab.register.view.select_id(first.id)
    tab.register.print_current("fa")
    tab.register.print_current("fa")
    tab.register.view.select_id(second.id)
    tab.register.print_current("en")
    assert opened[0] == opened[1]  # a reprint is the stored document
    renewal_text = " ".join(pdf_text(opened[2]).split())
    assert second.number in renewal_text and "is hereby renewed for a further term" in renewal_text
    assert "Ordinance No. 1405/0001/IVC-H" in renewal_text  # the renewal names the ordinance it renews
    assert "22 September 2028" in pdf_text(opened[2]) and "Dr. Ali Rezaei" in pdf_text(opened[2])
    assert "علی رضایی" in pdf_text(opened[0]) and "IVC" in pdf_text(opened[0])


def test_an_occupied_position_asks_and_a_void_needs_a_reason(qtbot, tab, ui_language, monkeypatch):
    ids = setting_up()
    deputy = next(k.id for k in ordinances.list_kinds() if k.code == "deputy")
    for person in ("rezaei", "karimi"):
        ordinances.save_draft(
            ordinances.new_draft_values(deputy, ids[person], ids["anatomy"], dt.date(2026, 9, 23))
        )
    tab.register.load()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **_k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    for row in sorted(ordinances.list_ordinances().rows, key=lambda r: r.id):
        tab.register.view.select_id(row.id)
        tab.register.issue()
    assert {"en": "Ali Rezaei", "fa": "علی رضایی"}[ui_language] in asked[
        -1
    ]  # the holder, named in the question
    states = {r.recipient_en: r.status for r in ordinances.list_ordinances().rows}
    assert states == {"Dr. Ali Rezaei": "superseded", "Dr. Maryam Karimi": "issued"}
    newest = max(ordinances.list_ordinances().rows, key=lambda r: r.id)
    tab.register.view.select_id(newest.id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: asked.append(a[2]))
    tab.register.void()
    assert (
        asked[-1] == error("This field is required.")
        and ordinances.get_ordinance(newest.id)["status"] == "issued"
    )


def test_a_misspelt_field_in_a_template_is_shown_by_the_field(qtbot, tab):
    tab.pages.setCurrentWidget(tab.templates)
    tab.templates.body_en.setPlainText("Dear {recipient_nme},")
    assert not tab.templates.save()
    assert "\u2068{recipient_nme}\u2069" in tab.templates.form.error_text("body_en")
    assert ordinances.list_kinds()[0].body_en.startswith("Dear {recipient_title}")


def test_a_new_kind_and_a_number_format_from_the_templates_page(qtbot, tab):
    from app.services import ordinances

    page = tab.templates
    tab.pages.setCurrentWidget(page)
    page.new_button.click()
    page.name_fa.setText("حکم عضویت در شورای بورس")
    page.name_en.setText("Scholarship Council Membership")
    page.position_fa.setText("عضو شورای بورس")
    page.term_months.setValue(12)
    page.body_en.setPlainText("Dear ")
    page.body_en.moveCursor(page.body_en.textCursor().MoveOperation.End)
    page.body_en.setFocus()
    page._last_body = page.body_en
    page._insert_field(page.insert.findData("recipient_name"))
    page.body_fa.setPlainText("با سلام و احترام، به عنوان {position} منصوب می‌شوید.")
    assert page.save()
    kind = ordinances.list_kinds()[-1]
    assert kind.name_en == "Scholarship Council Membership" and kind.body_en == "Dear {recipient_name}"
    tab.register.load()
    assert tab.register.kind.findData(kind.id) >= 0
    page.year.setValue(1406)
    page.number_format.setText("IVC/{year}/{seq:05d}")
    page.year_button.click()
    assert ordinances.formats()["1406"] == "IVC/{year}/{seq:05d}"
    page.number_format.setText("{year}")
    page.default_button.click()
    assert "{seq}" in page.format_error.text() and ordinances.formats()["*"] == "{year}/{seq:04d}/IVC-H"
