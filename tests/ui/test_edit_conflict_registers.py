"""Two secretaries edit one record of each register (meetings, visits, funding requests, ordinances, letter
drafts): Sara's editor is open when Maryam saves the same record on another PC. Sara's save is then refused
with a question naming Maryam; "Reload theirs" shows Maryam's change and Sara's next save keeps both edits,
"Keep mine" saves Sara's form on top, knowingly. Never a silent overwrite, and never a silent loss."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from app.common import dates
from app.services import context, funding, letters, meetings, ordinances, visits
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.tabs.funding.editor import RequestDialog
from app.ui.tabs.letters.compose import LetterDialog
from app.ui.tabs.meetings.editor import MeetingEditor
from app.ui.tabs.ordinances.editor import OrdinanceDialog
from app.ui.tabs.visits.editor import VisitDialog
from tests.services import funding_helpers, meetings_helpers, ordinance_helpers
from tests.ui.dialogs import on_dialog


@dataclass(frozen=True)
class Register:
    """One register's editor: how a record is made, Maryam's change to it (field `theirs`), the field Sara
    types into (`mine`), and how Sara saves."""

    make: Callable[[], int]
    get: Callable[[int], dict[str, Any]]
    change: Callable[[int, str], None]  # Maryam saves field `theirs` with a new value
    editor: Callable[[int], QWidget]
    edit: Callable[[QWidget], Any]  # the text field Sara types into
    theirs: str
    mine: str
    stays_open: bool = False  # the meeting editor saves with "Save details" and stays open


def _meeting() -> int:
    meetings_helpers.council_members(3)
    return meetings_helpers.new_council()


def _meeting_change(meeting_id: int, title: str) -> None:
    start = meetings_helpers.START
    meetings.update_meeting(
        meeting_id,
        {
            "kind_id": meetings_helpers.council_id(),
            "title": title,
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=2),
            "location": "اتاق جلسات معاونت بین‌الملل",
        },
    )


def _visit() -> int:
    guest = funding_helpers.person("Tanaka", "تاناکا", kind="foreign_guest")
    return visits.save_visit(_visit_data(guest, "Lecture series"))


def _visit_data(guest: int, purpose: str) -> dict[str, Any]:
    return {
        "kind": "other",
        "purpose_en": purpose,
        "costs_by": "guest",
        "arrival_date": dt.date(2027, 4, 10),
        "departure_date": dt.date(2027, 4, 14),
        "guests": [{"person_id": guest}],
        "accommodation": "University guest house",
    }


def _visit_change(visit_id: int, purpose: str) -> None:
    guest = visits.get_visit(visit_id)["guests"][0]["person_id"]
    visits.save_visit(_visit_data(guest, purpose), visit_id)


def _request_data(applicant: int, conference: str) -> dict[str, Any]:
    return funding_helpers.request_data(
        applicant,
        conference=conference,
        starts_on=dates.today() + dt.timedelta(days=60),
        ends_on=dates.today() + dt.timedelta(days=62),
    )


def _request() -> int:
    funding_helpers.set_up_year(dates.jalali_year(dates.today()))
    if dates.today() < dt.date(2026, 1, 1):  # the helper's rate starts then; a clock set earlier needs one
        funding.save_rate(
            {"currency": "EUR", "effective_on": dates.today(), "rials": funding_helpers.EUR_RATE}
        )
    return funding.save_request(_request_data(funding_helpers.person(), "ESC Congress"))


def _request_change(request_id: int, conference: str) -> None:
    applicant = funding.get_request(request_id).values["applicant_id"]
    funding.save_request(_request_data(applicant, conference), request_id)


def _ordinance_data() -> dict[str, Any]:
    ids = ordinance_helpers.setting_up()
    return ordinances.new_draft_values(
        ordinance_helpers.kind("deputy"), ids["rezaei"], ids["anatomy"], dt.date(2026, 9, 23)
    )


def _ordinance() -> int:
    return ordinances.save_draft(_ordinance_data())


def _ordinance_change(ordinance_id: int, position: str) -> None:
    stored = ordinances.get_ordinance(ordinance_id)
    data = {name: stored[name] for name in ordinances.new_draft_values(stored["kind_id"]) if name in stored}
    ordinances.save_draft({**data, "position_en": position}, ordinance_id)


def _letter_data(subject: str) -> dict[str, Any]:
    return {"lang": "en", "recipient": "Prof. Anna Schmidt", "subject": subject, "body": "Dear colleague"}


def _letter_change(letter_id: int, subject: str) -> None:
    letters.save_draft(_letter_data(subject), letter_id)


REGISTERS = {
    "meeting": Register(
        make=_meeting,
        get=meetings.get_meeting,
        change=_meeting_change,
        editor=lambda record: MeetingEditor(None, record),
        edit=lambda editor: editor.details.location,
        theirs="title",
        mine="location",
        stays_open=True,
    ),
    "visit": Register(
        make=_visit,
        get=visits.get_visit,
        change=_visit_change,
        editor=lambda record: VisitDialog(None, record),
        edit=lambda dialog: dialog.accommodation,
        theirs="purpose_en",
        mine="accommodation",
    ),
    "funding request": Register(
        make=_request,
        get=lambda record: funding.get_request(record).values,
        change=_request_change,
        editor=lambda record: RequestDialog(None, record),
        edit=lambda dialog: dialog.paper,
        theirs="conference",
        mine="paper_title",
    ),
    "ordinance": Register(
        make=_ordinance,
        get=ordinances.get_ordinance,
        change=_ordinance_change,
        editor=lambda record: OrdinanceDialog(None, record),
        edit=lambda dialog: dialog.edits["recipient_title_en"],
        theirs="position_en",
        mine="recipient_title_en",
    ),
    "letter draft": Register(
        make=lambda: letters.save_draft(_letter_data("Invitation")),
        get=letters.get_letter,
        change=_letter_change,
        editor=lambda record: LetterDialog(None, record),
        edit=lambda dialog: dialog.body,
        theirs="subject",
        mine="body",
    ),
}


def _save(register: Register, dialog: QWidget) -> None:
    if register.stays_open:
        dialog.save_button.click()
    else:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _press(box: QMessageBox, caption: str) -> None:
    wanted = translate("RecordDialog", caption)
    next(b for b in box.buttons() if b.text() == wanted).click()


def _type_at_end(qtbot, widget: Any, text: str) -> None:
    widget.setFocus()
    if hasattr(widget, "toPlainText"):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        widget.end(False)
    qtbot.keyClicks(widget, text)


def _text(widget: Any) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


@pytest.mark.parametrize("choice", ["Reload theirs", "Keep mine"])
@pytest.mark.parametrize("name", list(REGISTERS))
def test_a_second_sessions_save_in_between_is_caught_and_no_edit_is_lost_silently(
    qtbot, db, ui_language, name, choice
):
    register = REGISTERS[name]
    context.set_actor("Sara")
    record = register.make()
    before = register.get(record)
    asked: list[str] = []
    seen: dict[str, Any] = {}

    def conflict(box: QMessageBox) -> None:
        asked.append(box.text())
        _press(box, choice)

    def edit(dialog: QWidget) -> None:
        field = register.edit(dialog)
        context.set_actor("Maryam")  # meanwhile, on another PC
        register.change(record, "Changed by Maryam")
        context.set_actor("Sara")
        _type_at_end(qtbot, field, " (Sara)")
        on_dialog(conflict, QMessageBox)
        _save(register, dialog)
        if choice == "Reload theirs":  # the editor now shows Maryam's record; Sara types again and saves
            seen["mine_after_reload"] = _text(register.edit(dialog))
            _type_at_end(qtbot, register.edit(dialog), " (Sara again)")
            _save(register, dialog)
        if register.stays_open:
            dialog.close_button.click()

    done = on_dialog(edit)
    run_modal(register.editor(record))
    assert done and len(asked) == 1 and "Maryam" in asked[0]
    saved = register.get(record)
    if choice == "Reload theirs":
        assert seen["mine_after_reload"] == before[register.mine]  # Sara's first typing gave way to theirs
        assert saved[register.theirs] == "Changed by Maryam"
        assert saved[register.mine] == before[register.mine] + " (Sara again)"
    else:  # Sara saw who changed it and kept hers: her whole form, the older value of Maryam's field included
        assert saved[register.theirs] == before[register.theirs]
        assert saved[register.mine] == before[register.mine] + " (Sara)"


@pytest.mark.parametrize("name", list(REGISTERS))
def test_without_a_change_in_between_the_save_goes_through_unasked(qtbot, db, name, monkeypatch):
    register = REGISTERS[name]
    record = register.make()
    before = register.get(record)
    asked: list[str] = []
    monkeypatch.setattr(conflict, "ask", lambda _parent, error: asked.append(str(error)) or "")

    def edit(dialog: QWidget) -> None:
        _type_at_end(qtbot, register.edit(dialog), " (Sara)")
        _save(register, dialog)
        if register.stays_open:
            _type_at_end(qtbot, register.edit(dialog), " twice")  # a second save from the same editor
            _save(register, dialog)
            dialog.close_button.click()

    done = on_dialog(edit)
    run_modal(register.editor(record))
    assert done and not asked
    expected = before[register.mine] + " (Sara)" + (" twice" if register.stays_open else "")
    assert register.get(record)[register.mine] == expected
