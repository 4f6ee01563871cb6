"""Export… in the lists (issue 16 §3), driven as a secretary does in both interface languages: the list as it
is filtered, with the translated labels the list shows (never the stored codes), read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services import directory, meetings
from app.ui import i18n, labels
from app.ui.i18n import translate
from app.ui.tabs.directory import DirectoryTab
from tests.services.meetings_helpers import council_id, person
from tests.ui.dialogs import shown_tab
from tests.ui.typing import type_text

MONDAY = dt.datetime(2026, 11, 30, 8, 0)  # 1405/09/09


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with a file in tmp_path; the suggested name is kept."""
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "out"), ""  # no extension typed: .xlsx is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def _rows(path: Path) -> tuple[list[tuple], bool]:
    sheet = load_workbook(path).active
    return [tuple(r) for r in sheet.iter_rows(values_only=True)], sheet.sheet_view.rightToLeft


def _people() -> None:
    unit = directory.save_unit(
        {"kind": "department", "name_fa": "گروه قلب و عروق", "name_en": "Department of Cardiology"}
    )
    for kind, fa, en in (
        ("faculty", ("مریم", "حسینی"), ("Maryam", "Hosseini")),
        ("phd_student", ("علی", "حسینی"), ("Ali", "Hosseini")),
        ("staff", ("رضا", "کریمی"), ("Reza", "Karimi")),
    ):
        directory.save_person(
            {
                "kind": kind,
                "first_name_fa": fa[0],
                "last_name_fa": fa[1],
                "first_name_en": en[0],
                "last_name_en": en[1],
                "unit_id": unit,
                "phone": "+98 21 6611 2233",
            }
        )


def test_the_people_list_exports_as_filtered_with_its_labels(qtbot, db, ui_language, save_as, tmp_path):
    _people()
    tab = shown_tab(qtbot, DirectoryTab)
    view = tab.people.view
    assert view.model.total == 3
    view.search.setFocus()
    type_text(
        "hosseini", view.search
    )  # typed, and Export pressed before the list caught up: the box's text counts
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "out.xlsx"
    assert target.exists()
    assert save_as[0].startswith("people-") and save_as[0].endswith(".xlsx")
    import jdatetime

    from app.common import clock

    today = clock.today()  # the date in the UI's calendar, checked against jdatetime
    day = (
        jdatetime.date.fromgregorian(date=today).strftime("%Y-%m-%d")
        if ui_language == "fa"
        else today.isoformat()
    )
    assert save_as[0] == f"people-{day}.xlsx"
    rows, rtl = _rows(target)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert list(rows[0]) == headers
    assert rtl == (ui_language == "fa")
    assert len(rows) == 3  # the two Hosseinis, not Karimi
    kinds = {r[headers.index(translate("PeoplePage", "Type"))] for r in rows[1:]}
    assert kinds == {labels.label("faculty"), labels.label("phd_student")}
    assert "faculty" not in kinds and "phd_student" not in kinds
    names = {r[0] for r in rows[1:]}
    assert names == (
        {"مریم حسینی", "علی حسینی"} if ui_language == "fa" else {"Maryam Hosseini", "Ali Hosseini"}
    )
    units = {r[headers.index(translate("PeoplePage", "Unit"))] for r in rows[1:]}
    assert units == {"گروه قلب و عروق" if ui_language == "fa" else "Department of Cardiology"}
    assert {r[headers.index(translate("PeoplePage", "Phone"))] for r in rows[1:]} == {"+98 21 6611 2233"}
    written = translate("Export", "%1 rows written to %2").replace("%1", i18n.digits("2"))
    assert view.property("last_export") == written.replace("%2", f"\u2068{target}\u2069")


def test_funding_offers_this_list_and_its_whole_register(qtbot, db, ui_language, save_as, tmp_path):
    from app.ui.tabs.funding import FundingTab

    tab = shown_tab(qtbot, FundingTab)
    assert not tab.page.view.export_button.isVisibleTo(tab)  # one export button, not two
    actions = tab.export_button.menu().actions()
    assert [a.text() for a in actions] == [
        translate("Export", "This list, as filtered…"),
        translate("FundingTab", "The whole register…"),
    ]
    actions[0].trigger()
    rows, _rtl = _rows(tmp_path / "out.xlsx")
    model = tab.page.view.model
    assert list(rows[0]) == [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ]
    assert save_as == [save_as[0]] and save_as[0].startswith("funding-")


def test_today_exports_its_lists_as_shown(qtbot, db, frozen_clock, ui_language, save_as, tmp_path):
    from app.ui.tabs.today import TodayTab

    frozen_clock(MONDAY)
    owner = person("Rezaei", "رضایی")
    m = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "شورای بورس",
            "starts_at": MONDAY - dt.timedelta(days=20),
            "ends_at": MONDAY - dt.timedelta(days=20, hours=-2),
        }
    )
    meetings.add_action(
        m,
        {
            "text": "ارسال نامه به کارولینسکا",
            "owner_id": owner,
            "due_on": MONDAY.date() - dt.timedelta(days=2),
        },
    )
    tab = TodayTab()
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.show()
        tab.activate()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    rows, _rtl = _rows(tmp_path / "out.xlsx")
    assert rows[0] == (
        translate("Today", "Section"),
        translate("Today", "List"),
        translate("Today", "What"),
        translate("Today", "When"),
        translate("Today", "Number"),
        translate("Today", "Details"),
    )
    [late] = [r for r in rows if r[2] == "ارسال نامه به کارولینسکا"]
    assert late[0].startswith(translate("Today", "Late"))
    assert late[1].startswith(translate("Today", "Overdue action items"))
    assert late[3] == ("۱۴۰۵/۰۹/۰۷" if ui_language == "fa" else "2026-11-28")
    assert save_as[0].startswith("today-")


def test_the_search_results_export_register_by_register(qtbot, db, ui_language, save_as, tmp_path):
    from app.ui.widgets.search_box import SearchBox, register_title

    _people()
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    box = SearchBox(window)
    box.setFocus()
    type_text("hosseini", box)
    qtbot.waitUntil(lambda: box.results.isVisible())
    assert box.results.export_button.isVisible()
    qtbot.mouseClick(box.results.export_button, Qt.MouseButton.LeftButton)
    rows, _rtl = _rows(tmp_path / "out.xlsx")
    assert rows[0][0] == translate("Search", "Register")
    assert {r[0] for r in rows[1:]} == {register_title("people")}
    assert len(rows) == 3
    assert save_as[0].startswith("search-")


def _tabs():  # type: ignore[no-untyped-def]
    from app.ui.tabs.funding import FundingTab
    from app.ui.tabs.letters import LettersTab
    from app.ui.tabs.meetings import MeetingsTab
    from app.ui.tabs.ordinances import OrdinancesTab
    from app.ui.tabs.visits import VisitsTab

    return [DirectoryTab, LettersTab, MeetingsTab, VisitsTab, FundingTab, OrdinancesTab]


def test_every_register_list_exports(qtbot, db, ui_language, save_as, tmp_path):
    """Each list of every register tab (lazy pages too) has its export, and writes its own sheet."""
    from PySide6.QtWidgets import QPushButton

    from app.ui.tabs.base import LazyTab
    from app.ui.widgets.export_list import sheet_title
    from app.ui.widgets.register_view import RegisterView

    names = []
    for make in _tabs():
        tab = shown_tab(qtbot, make)
        for lazy in tab.findChildren(LazyTab):
            lazy.activate()
        for view in tab.findChildren(RegisterView):
            menus = [b.menu() for b in tab.findChildren(QPushButton) if b.menu() is not None]
            offered = any(
                a.text() == translate("Export", "This list, as filtered…") for m in menus for a in m.actions()
            )
            assert not view.export_button.isHidden() or offered, view.model.name
            target = tmp_path / "out.xlsx"
            target.unlink(missing_ok=True)
            assert view.export() == 0  # an empty database: the headers only
            book = load_workbook(target)
            assert book.sheetnames == [sheet_title(view.model.name)[:31]]
            names.append(view.model.name)
    assert sorted(names) == sorted(
        [
            "people",
            "units",
            "institutions",
            "agreements",
            "letters",
            "meetings",
            "actions",
            "visits",
            "funding",
            "ordinances",
        ]
    )
