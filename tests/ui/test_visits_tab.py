"""A secretary plans a three-day visit for a two-person delegation in the Visits tab, sees a clash in the
programme, fixes it, moves the visit on and prints the itinerary."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from app.services import directory, visits
from app.ui.tabs.visits import VisitsTab
from app.ui.tabs.visits.documents import DocumentsDialog
from app.ui.tabs.visits.editor import VisitDialog
from app.ui.tabs.visits.item_dialog import CommonItemsDialog, ItemDialog
from tests.ui.dialogs import close_discarding, error, on_dialog, shown_tab

DAY1 = dt.date(2026, 12, 7)


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr(
        "app.ui.tabs.visits.documents.open_pdf", lambda _parent, data, _stem: shown.append(data)
    )
    return shown


@pytest.fixture
def tab(qtbot, db, ui_language, frozen_clock):
    frozen_clock(
        dt.datetime.combine(DAY1 - dt.timedelta(days=6), dt.time(9))
    )  # the visit is planned ahead, in 1405
    return shown_tab(qtbot, VisitsTab)


def person(kind, first, last, **more):
    return directory.save_person({"kind": kind, "first_name_en": first, "last_name_en": last, **more})


def test_plan_a_three_day_delegation_visit_fix_a_clash_and_print(qtbot, tab, opened, monkeypatch, pdf_text):
    lars = person(
        "foreign_guest", "Lars", "Andersson", title="Prof.", country="SE", passport_number="SE1234567"
    )
    sofia = person("foreign_guest", "Sofia", "García", title="Dr.", country="ES")
    host = person("faculty", "Maryam", "Hosseini", title="Dr.", first_name_fa="مریم", last_name_fa="حسینی")
    # The host is already booked by another visit on the first morning.
    other = visits.save_visit(
        {
            "kind": "visiting_professor",
            "purpose_en": "Lecture",
            "costs_by": "faculty",
            "guests": [{"person_id": person("foreign_guest", "Wei", "Zhang", country="CN")}],
        }
    )
    visits.save_item(
        other,
        {
            "day": DAY1,
            "start_time": dt.time(10, 30),
            "end_time": dt.time(11, 30),
            "title_en": "Lab tour",
            "host_person_id": host,
        },
    )
    seen: dict = {}

    def add_lecture(item):
        item.day.set_date(DAY1)
        item.start.set_time(dt.time.fromisoformat("10:00"))
        item.end.set_time(dt.time.fromisoformat("11:00"))
        qtbot.keyClicks(item.title_en, "Lecture on heart failure")
        item.title_fa.setText("سخنرانی نارسایی قلبی")  # QTest types ASCII only
        qtbot.keyClicks(item.location, "Hall A")
        item.host._chosen(_suggestion(item.host, "Hosseini"))
        item.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def move_lecture(item):
        item.start.set_time(dt.time.fromisoformat("14:00"))
        item.end.set_time(dt.time.fromisoformat("15:00"))
        item.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def common(dialog):
        dialog.day.set_date(DAY1 + dt.timedelta(days=1))
        dialog.checks["hospital"].setChecked(True)
        dialog.checks["farewell"].setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def plan(dialog):
        qtbot.keyClicks(dialog.purpose_en, "Joint research planning")
        dialog.purpose_fa.setText("برنامه‌ریزی پژوهش مشترک")
        dialog.host.set_person(host, "Dr. Maryam Hosseini")
        dialog.pages.setCurrentWidget(dialog.guests)
        dialog.guests.picker._chosen(_suggestion(dialog.guests.picker, "Andersson"))
        dialog.guests.add_button.click()
        dialog.guests.add_person(sofia)
        dialog.arrival_date.set_date(DAY1)
        dialog.departure_date.set_date(DAY1 + dt.timedelta(days=2))
        qtbot.keyClicks(dialog.arrival_time, "08:15")
        qtbot.keyClicks(dialog.arrival_flight, "tk878")
        assert not dialog.itinerary.buttons["add"].isEnabled()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
        assert dialog.reference.text() == "V-1405-002"
        page = dialog.itinerary
        dialog.pages.setCurrentWidget(page)
        on_dialog(add_lecture, ItemDialog)
        page.add_item()
        on_dialog(common, CommonItemsDialog)
        page.add_common()
        lecture = next(i for i in page.model.rows() if i.title_en.startswith("Lecture on"))
        seen["clash"] = [p.kind for p in page.problems.get(lecture.id, [])]
        seen["clash_text"] = page.model.index(page.model.row_of_id(lecture.id), 5).data()
        seen["with_clashes"] = len(visits.check_itinerary(page.visit_id))
        page.select_item(lecture.id)
        on_dialog(move_lecture, ItemDialog)
        page.edit_item()
        seen["after"] = dict(page.problems)
        seen["items"] = page.model.rowCount()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(plan, VisitDialog)
    tab.new_record()
    assert seen["clash"] == ["person"]
    clash_text = seen["clash_text"].replace("\u2068", "").replace("\u2069", "")  # values isolated for bidi
    # the host by the name of the interface's language: «مریم حسینی» in the Persian sentence
    host_name = "مریم حسینی" if tab.layoutDirection() == Qt.LayoutDirection.RightToLeft else "Hosseini"
    assert host_name in clash_text and "«V-1405-001: Lab tour» (10:30–11:30)" in clash_text
    assert ("Hosseini" in clash_text) == (host_name == "Hosseini")
    assert seen["with_clashes"] == 1
    assert seen["after"] == {} and seen["items"] == 3
    row = tab.page.view.current_row()
    assert row.guests_en == "Prof. Lars Andersson (+1)" and row.status == "proposed"
    values = visits.get_visit(row.id)
    assert [g["person_id"] for g in values["guests"]] == [lars, sofia] and values["arrival_time"] == dt.time(
        8, 15
    )

    # Move the visit on, then print the bilingual itinerary from the documents dialog.
    tab.change_status("approved")
    assert tab.page.view.current_row().status == "approved"

    def print_it(dialog):
        assert dialog.lang.currentData() == "both"
        dialog.print_button.click()
        dialog.reject()

    on_dialog(print_it, DocumentsDialog)
    tab.print_current()
    text = pdf_text(opened[0])
    for expected in (
        "Programme of the visit",
        "Lecture",
        "heart",
        "failure",
        "Hospital visit",
        "Farewell dinner",
        "سخنرانی",
        "نارسایی",
        "ضیافت",
        "Hall A",
        "TK878",
    ):
        assert expected in text
    assert "SE1234567" not in text

    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *_a, **_k: ("Postponed by the partner", True)
    )
    tab.change_status("cancelled")
    assert tab.page.view.current_row().status == "cancelled"
    assert not tab.status_button.isEnabled()


def _suggestion(picker, text):
    picker.setText(text)
    picker._suggest()
    return picker._model.index(0, 0)


def test_an_empty_purpose_is_shown_by_its_field_and_nothing_is_saved(qtbot, tab):
    seen = {}

    def save(dialog):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.forms["visit"].error_text("purpose_en")
        dialog.arrival_date.set_date(DAY1)
        dialog.departure_date.set_date(DAY1 - dt.timedelta(days=1))
        qtbot.keyClicks(dialog.purpose_en, "Talk")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["dates"] = dialog.forms["logistics"].error_text("departure_date")
        seen["page"] = dialog.pages.currentIndex()
        close_discarding(dialog)

    on_dialog(save, VisitDialog)
    tab.new_record()
    assert seen["error"] == error("Enter the purpose of the visit in English or in Persian.")
    assert seen["dates"] == error("The end date comes before the start date.") and seen["page"] == 2
    assert visits.list_visits().total == 0


def test_the_status_filter_narrows_the_list(qtbot, tab, monkeypatch):
    guest = person("foreign_guest", "Kenji", "Tanaka", country="JP")
    for purpose in ("One", "Two"):
        visits.save_visit(
            {
                "kind": "other",
                "purpose_en": purpose,
                "costs_by": "guest",
                "arrival_date": DAY1,
                "departure_date": DAY1,
                "guests": [{"person_id": guest}],
            }
        )
    tab.load()
    assert tab.page.view.model.total == 2
    tab.page.view.select_id(tab.page.view.model.row_object(0).id)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: None)
    tab.change_status("approved")
    tab.status_filter.set_code("approved")
    assert tab.page.view.model.total == 1


def test_the_day_view_marks_clashes_and_selects_what_is_clicked(qtbot, db, ui_language):
    from PySide6.QtCore import Qt

    from app.ui.tabs.visits.dayview import DayView

    guest = person("foreign_guest", "Kenji", "Tanaka", country="JP")
    visit = visits.save_visit(
        {
            "kind": "other",
            "purpose_en": "Talk",
            "costs_by": "guest",
            "arrival_date": DAY1,
            "departure_date": DAY1 + dt.timedelta(days=1),
            "guests": [{"person_id": guest}],
        }
    )
    first, second = visits.add_common_items(visit, DAY1, ["welcome", "lecture"])
    visits.save_item(
        visit, {**visits.get_item(second), "start_time": dt.time(9, 30), "end_time": dt.time(11)}, second
    )
    view = DayView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_programme(
        visits.list_items(visit), visits.check_itinerary(visit), DAY1, DAY1 + dt.timedelta(days=1)
    )
    view.show()
    view.grab()  # paints: the blocks are laid out
    assert view.days == [DAY1, DAY1 + dt.timedelta(days=1)]
    assert set(view.problems) == {first, second}
    rect, item_id = view._blocks[0]
    with qtbot.waitSignal(view.item_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked.args == [item_id] and view.selected == item_id
