"""A secretary opens an agreement's activity from the Partners page, follows nothing, and records a renewal:
the new draft agreement (linked to the old one) and the draft letter to the partner are in the database."""

from __future__ import annotations

import datetime as dt

import jdatetime
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.services import context, directory
from app.ui import i18n
from app.ui.tabs.directory import DirectoryTab
from app.ui.tabs.directory.agreement_life import AgreementLifeDialog, ReviewDialog
from db.models import Agreement, AgreementReview, Letter
from tests.ui.dialogs import FAILURES, click_row, on_dialog, shown_tab
from tests.ui.typing import focused, press, type_text


def test_record_a_renewal_from_the_agreements_activity(
    qtbot, db, ui_language, frozen_clock, monkeypatch, pdf_text
):
    printed: list[bytes] = []
    monkeypatch.setattr("app.ui.printing.open_pdf", lambda _parent, data, _stem: printed.append(data) or True)
    frozen_clock(dt.datetime(2026, 11, 30, 21, 50))
    partner = directory.save_institution(
        {"name_en": "Karolinska Institutet", "name_fa": "انستیتو کارولینسکا", "country": "SE"}
    )
    eva = directory.save_person(
        {"kind": "foreign_guest", "first_name_en": "Eva", "last_name_en": "Berg", "institution_id": partner}
    )
    mou = directory.save_agreement(
        {
            "institution_id": partner,
            "title": "Research exchange",
            "signed_on": dt.date(2021, 1, 1),
            "valid_until": dt.date(2027, 1, 31),
            "status": "active",
        }
    )
    tab = shown_tab(qtbot, DirectoryTab)
    page = tab.partners
    page.load()
    agreements_view = page.agreements.view
    qtbot.waitUntil(lambda: agreements_view.model.total == 1)
    click_row(qtbot, agreements_view.table, 0)
    assert page.life_button.isEnabled()
    seen: dict[str, object] = {}

    def fill_review(dialog: ReviewDialog) -> None:
        assert dialog.decision.currentData() == "renew"
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.note.setFocus()
        type_text("Five more years")
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.valid_until.line
        # The Persian interface types Jalali dates, the English one Gregorian (expected from jdatetime).
        type_text("1410/11/11" if ui_language == "fa" else "2032-01-31")
        press(Qt.Key.Key_Tab)
        dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def in_life(dialog: AgreementLifeDialog) -> None:
        seen["dormant"] = not dialog.badge.isHidden()
        seen["last"] = dialog.last.text()
        done = on_dialog(fill_review, ReviewDialog)
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
        assert done
        seen["reviews"] = dialog.reviews.text()
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    shown = on_dialog(in_life, AgreementLifeDialog)
    qtbot.mouseClick(page.life_button, Qt.MouseButton.LeftButton)
    assert shown and not FAILURES, FAILURES
    assert seen["dormant"] is True  # signed in 2021, nothing since
    assert seen["last"] == ("فعالیتی ثبت نشده است." if ui_language == "fa" else "No activity on record.")
    assert i18n.translate("AgreementLife", "Renew") in str(seen["reviews"])
    renewed_until = jdatetime.date(1410, 11, 11).togregorian()
    assert renewed_until == dt.date(2032, 1, 31)
    with context.database().reading() as session:
        new = session.scalars(select(Agreement).where(Agreement.previous_id == mou)).one()
        assert (new.status, new.valid_until, new.institution_id) == ("draft", renewed_until, partner)
        review = session.scalars(select(AgreementReview)).one()
        assert (review.decision, review.note, review.new_agreement_id) == ("renew", "Five more years", new.id)
        letter = session.get(Letter, review.letter_id)
        assert (letter.status, letter.recipient_person_id, letter.lang) == ("draft", eva, "en")
    # The partner's summary printed from the dialog, in the interface's language: both agreements now, and the
    # draft renewal letter among the activity.
    assert len(printed) == 1
    summary = pdf_text(printed[0])
    assert ("انستیتو کارولینسکا" if ui_language == "fa" else "Karolinska Institutet") in summary
    assert summary.count("Research exchange") == 3
