"""The rules of a kind of request (here the sabbatical) set per fiscal year in the rules dialog, typed as a
person does in both interface languages; the service then holds them, and a bad entry is refused by its
field."""

import pytest
from PySide6.QtCore import Qt

from app.common import dates
from app.services import funding
from app.ui import i18n
from app.ui.tabs.funding.kind_rules import KindRulesPage
from tests.ui.typing import press, select_all, type_text


def typed(en: str, fa: str) -> str:
    return fa if i18n.language() == "fa" else en


def enter(widget, text: str) -> None:
    widget.setFocus()
    select_all(widget)
    type_text(text, widget)


@pytest.fixture
def page(qtbot, db, ui_language):
    widget = KindRulesPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_sabbaticals_rules_are_typed_and_saved_for_the_year(page):
    year = dates.jalali_year(dates.today())
    assert page.kind.code() == "sabbatical" and page.scores["ielts"].text() == typed("5.5", "۵٫۵")
    assert not funding.get_kind_rules(year, "sabbatical").stored
    page.service.setFocus()
    select_all(page.service)
    type_text(typed("5", "۵"), page.service)
    enter(page.scores["ielts"], typed("6", "۶"))
    enter(page.stipends[("professor", "1")], typed("2,100,000,000", "۲٬۱۰۰٬۰۰۰٬۰۰۰"))
    enter(page.groups["1"], "de se gb ca")
    page.documents["passport_copy"].click()
    page.save_button.click()
    rules = funding.get_kind_rules(year, "sabbatical")
    assert rules.stored and rules.min_service_years == 5 and rules.min_language_scores["ielts"] == 60
    assert rules.stipends["professor"]["1"] == 2_100_000_000
    assert rules.group_of("CA") == "1" and rules.group_of("JP") == "3"  # no longer listed: the other group
    assert "passport_copy" in rules.required_documents and rules.report_required
    assert not funding.get_kind_rules(year + 1, "sabbatical").stored

    page.kind.setFocus()
    press(Qt.Key.Key_Down, page.kind)  # the next kind: its own defaults
    assert page.kind.code() == "mission" and page.lump_sum.text() == typed("2,500,000,000", "۲٬۵۰۰٬۰۰۰٬۰۰۰")
    enter(page.groups["1"], "XX")
    page.save_button.click()
    assert page.form.error_text("country_groups")
    assert not funding.get_kind_rules(year, "mission").stored
