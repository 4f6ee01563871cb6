"""The .ics files, read back by a second parser (the icalendar library): Tehran time with its VTIMEZONE,
stable UIDs, a SEQUENCE that rises when the meeting or an item changed, text that survives escaping."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.documents.calendar import CalendarEvent, CalendarFile, build_ics
from app.services import meetings, visits
from tests.services.meetings_helpers import new_council
from tests.services.test_visits import ARRIVAL, guest, visit_data

TEHRAN = ZoneInfo("Asia/Tehran")
UTC = dt.UTC


def events_of(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def offsets_of_vtimezone(data: bytes, moment: dt.datetime) -> dt.timedelta:
    """The offset the file's own VTIMEZONE gives at a wall-clock `moment` (not zoneinfo's)."""
    [zone] = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    return zone.to_tz().utcoffset(moment)


def test_a_nine_oclock_meeting_is_half_past_five_utc(db):
    meeting = new_council(dt.datetime(2026, 12, 1, 9, 0))
    data = meetings.ics_bytes(meeting, "en")
    [event] = events_of(data)
    start = event.decoded("dtstart")
    assert event["dtstart"].params["TZID"] == "Asia/Tehran"
    assert start.astimezone(UTC) == dt.datetime(2026, 12, 1, 5, 30, tzinfo=UTC)
    assert event.decoded("dtend").astimezone(UTC) == dt.datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
    assert offsets_of_vtimezone(data, dt.datetime(2026, 12, 1, 9, 0)) == dt.timedelta(hours=3, minutes=30)
    assert offsets_of_vtimezone(data, dt.datetime(2026, 6, 21, 9, 0)) == dt.timedelta(hours=3, minutes=30)
    assert b"\r\nBEGIN:VTIMEZONE\r\n" in data and b"TZID:Asia/Tehran\r\n" in data


def test_summer_time_before_2023_is_in_the_vtimezone():
    """Iran kept summer time (+04:30) until September 2022: a file for that year says so itself."""
    event = CalendarEvent("x@ivc-desk", dt.datetime(2022, 6, 1, 9), dt.datetime(2022, 6, 1, 10), "summer")
    data = build_ics(CalendarFile("Test", (event,), dt.datetime(2026, 1, 1)))
    for day in (dt.datetime(2022, 1, 10, 9), dt.datetime(2022, 6, 1, 9), dt.datetime(2022, 11, 1, 9)):
        assert offsets_of_vtimezone(data, day) == day.replace(tzinfo=TEHRAN).utcoffset(), day
    [parsed] = events_of(data)
    assert parsed.decoded("dtstart").astimezone(UTC) == dt.datetime(2022, 6, 1, 4, 30, tzinfo=UTC)


def test_the_uid_stays_and_the_sequence_rises_after_an_edit(db):
    meeting = new_council(dt.datetime(2026, 12, 1, 9, 0))
    first = events_of(meetings.ics_bytes(meeting, "en"))[0]
    again = events_of(meetings.ics_bytes(meeting, "en"))[0]
    assert again["uid"] == first["uid"] and again.decoded("sequence") == first.decoded("sequence") == 0
    data = meetings.get_meeting(meeting)
    meetings.update_meeting(
        meeting,
        {**data, "starts_at": dt.datetime(2026, 12, 1, 11, 0), "ends_at": dt.datetime(2026, 12, 1, 12, 0)},
    )
    moved = events_of(meetings.ics_bytes(meeting, "en"))[0]
    assert moved["uid"] == first["uid"] and moved.decoded("sequence") == 1
    assert moved.decoded("dtstart").astimezone(UTC) == dt.datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
    meetings.add_agenda_item(meeting, {"title": "سایر موارد", "minutes": 10})  # the agenda is in the event
    assert events_of(meetings.ics_bytes(meeting, "en"))[0].decoded("sequence") == 2
    assert events_of(meetings.ics_bytes(meeting, "fa"))[0].decoded("sequence") == 2  # the same UID


def test_an_itinerary_item_changed_raises_its_own_sequence(db):
    head = guest("Lars", "Andersson", "SE", "SE1234567")
    visit_id = visits.save_visit(visit_data(head))
    one = visits.save_item(
        visit_id,
        {
            "day": ARRIVAL,
            "start_time": dt.time(9),
            "end_time": dt.time(10),
            "title_en": "Welcome",
            "title_fa": "خوشامد",
            "location": "Room 1",
        },
    )
    two = visits.save_item(
        visit_id,
        {
            "day": ARRIVAL,
            "start_time": dt.time(11),
            "end_time": dt.time(12),
            "title_en": "Lecture, part 1; with Q&A",
            "title_fa": "سخنرانی",
        },
    )
    before = {str(e["uid"]): e for e in events_of(visits.itinerary_ics(visit_id))}
    assert set(before) == {f"visit-item-{one}@ivc-desk", f"visit-item-{two}@ivc-desk"}
    first = before[f"visit-item-{one}@ivc-desk"]
    assert first.decoded("dtstart").astimezone(UTC) == dt.datetime.combine(ARRIVAL, dt.time(5, 30), UTC)
    assert str(before[f"visit-item-{two}@ivc-desk"]["summary"]) == "Lecture, part 1; with Q&A / سخنرانی"
    visits.save_item(
        visit_id,
        {
            "day": ARRIVAL,
            "start_time": dt.time(9, 30),
            "end_time": dt.time(10, 30),
            "title_en": "Welcome",
            "title_fa": "خوشامد",
            "location": "Room 2",
        },
        one,
    )
    after = {str(e["uid"]): e for e in events_of(visits.itinerary_ics(visit_id))}
    assert after[f"visit-item-{one}@ivc-desk"].decoded("sequence") == 1
    assert after[f"visit-item-{two}@ivc-desk"].decoded("sequence") == 0


def test_long_persian_text_is_folded_on_characters_and_read_back_whole():
    title = "بررسی درخواست فرصت مطالعاتی دکتر کریمی در دانشگاه تورنتو، شش ماه; با پیوست\\ها\nخط دوم"
    event = CalendarEvent(
        "y@ivc-desk", dt.datetime(2026, 12, 1, 9), dt.datetime(2026, 12, 1, 10), title, description=title * 3
    )
    data = build_ics(CalendarFile("Test", (event,), dt.datetime(2026, 1, 1)))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")  # no character cut in two
    [parsed] = events_of(data)
    assert str(parsed["summary"]) == title and str(parsed["description"]) == title * 3


def test_an_event_that_ends_before_it_starts_is_refused():
    event = CalendarEvent("z@ivc-desk", dt.datetime(2026, 12, 1, 10), dt.datetime(2026, 12, 1, 9), "x")
    with pytest.raises(ValueError):
        build_ics(CalendarFile("Test", (event,), dt.datetime(2026, 1, 1)))
