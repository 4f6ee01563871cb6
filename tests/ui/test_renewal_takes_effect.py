"""A renewal issued two years early: the register and the current holders agree that the ordinance it
renews stands until the renewal's start, and the renewal has its own wording, in both languages."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import ordinances
from app.ui.tabs.ordinances import OrdinancesTab
from tests.services.ordinance_helpers import kind, setting_up
from tests.ui.dialogs import on_dialog, shown_tab


@pytest.fixture
def appointed(db, frozen_clock):
    """Dr. Rezaei holds the Anatomy deputy's post from 1405/07/01 to 1407/06/30 (issued), seen a week after
    the term began."""
    frozen_clock(dt.datetime(2026, 9, 30, 21, 40))  # late in the evening
    ids = setting_up()
    deputy = next(k for k in ordinances.list_kinds() if k.code == "deputy")
    first = ordinances.save_draft(
        {
            "kind_id": kind("deputy"),
            "person_id": ids["rezaei"],
            "unit_id": ids["anatomy"],
            "position_fa": deputy.position_fa,
            "position_en": deputy.position_en,
            "term_start": dt.date(2026, 9, 23),
            "term_end": dt.date(2028, 9, 21),
            "body_fa": deputy.body_fa,
            "body_en": deputy.body_en,
        }
    )
    ordinances.issue_ordinance(first)
    return ids, first


def _row(tab, record_id):
    tab.register.load()
    tab.register.view.select_id(record_id)
    return tab.register.view.current_row()


def test_a_renewal_supersedes_at_its_start_and_says_renewed(
    appointed, qtbot, ui_language, monkeypatch, frozen_clock
):
    ids, first = appointed
    tab = shown_tab(qtbot, OrdinancesTab)
    tab.pages.setCurrentWidget(tab.holders)
    tab.holders.load()
    tab.holders.select_unit(ids["anatomy"])
    seen = {}

    def look_and_save(dialog):
        for lang in ("en", "fa"):
            dialog.preview_lang.setCurrentIndex(dialog.preview_lang.findData(lang))
            dialog.update_preview()
            seen[lang] = dialog.preview_text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    done = on_dialog(look_and_save)
    tab.holders.renew_button.click()
    assert done
    first_number = ordinances.get_ordinance(first)["number"]
    # its own words: it renews the earlier ordinance, named by number, for a further term
    assert "is hereby renewed for a further term" in " ".join(seen["en"].split())
    assert "hereby appointed" not in seen["en"]
    assert first_number in seen["en"]
    assert "تمدید می‌شود" in seen["fa"] and "منصوب می‌شوید" not in seen["fa"]

    renewal = ordinances.list_ordinances(where="draft").rows[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.register.load()
    tab.register.view.select_id(renewal.id)
    tab.register.issue()
    assert tab.register.view.current_row().status == "issued"

    # Two years before the renewal starts: the first ordinance is still in force in both views.
    stored = ordinances.get_ordinance(first)
    assert stored["status"] == "superseded" and stored["ended_on"] == dt.date(2028, 9, 22)
    assert _row(tab, first).state == "issued"
    assert first in [r.id for r in ordinances.list_ordinances(where="current").rows]
    assert first not in [r.id for r in ordinances.list_ordinances(where="superseded").rows]
    tab.holders.load()
    holding = next(r for r in tab.holders.model.rows() if r.unit_id == ids["anatomy"])
    assert holding.ordinance_id == first and holding.until == dt.date(2028, 9, 21)

    # The last evening of the first term: still in force; the next morning the renewal holds the post.
    frozen_clock(dt.datetime(2028, 9, 21, 23, 30))
    assert _row(tab, first).state == "issued"
    frozen_clock(dt.datetime(2028, 9, 22, 0, 30))
    tab = shown_tab(qtbot, OrdinancesTab)  # the program opened that morning: its holders are today's
    assert _row(tab, first).state == "superseded"
    assert first in [r.id for r in ordinances.list_ordinances(where="superseded").rows]
    assert first not in [r.id for r in ordinances.list_ordinances(where="current").rows]
    tab.holders.load()
    holding = next(r for r in tab.holders.model.rows() if r.unit_id == ids["anatomy"])
    assert holding.ordinance_id == renewal.id
