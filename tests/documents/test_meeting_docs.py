"""The meetings' documents in both languages: read back from the PDFs."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.services import letters, meetings
from tests.services.meetings_helpers import START, council_members, new_council, person


def held_council() -> int:
    """A council meeting held with three items, attendance, resolutions (votes, an amount) and actions."""
    members = council_members(5)
    earlier = new_council(START - dt.timedelta(days=30))
    meetings.add_action(
        earlier,
        {
            "text": "تهیه پیش‌نویس تفاهم‌نامه با دانشگاه کیوتو",
            "owner_id": members[1],
            "due_on": dt.date(2026, 11, 20),
        },
    )
    meeting = new_council(chair_id=members[0], secretary_id=members[4])
    guest = person("Schmidt", "", "Anna", "")
    meetings.add_participant(meeting, {"person_id": guest, "role": "guest"})
    one = meetings.add_agenda_item(
        meeting,
        {
            "title": "بررسی درخواست فرصت مطالعاتی دکتر کریمی",
            "minutes": 20,
            "presenter_id": members[1],
            "description": "دانشگاه تورنتو، شش ماه",
        },
    )
    two = meetings.add_agenda_item(
        meeting, {"title": "Educational mission to Charité Berlin", "minutes": 30, "presenter_id": members[2]}
    )
    meetings.add_agenda_item(meeting, {"title": "سایر موارد", "minutes": 10})
    meetings.mark_held(meeting)
    rows = {p.person_id: p.id for p in meetings.participants(meeting)}
    meetings.set_states(
        meeting,
        {
            rows[members[0]]: "present",
            rows[members[1]]: "present",
            rows[members[2]]: "present",
            rows[members[3]]: "excused",
            rows[members[4]]: "present",
            rows[guest]: "present",
        },
    )
    meetings.set_discussion(one, "گزارش گروه داخلی قرائت شد و اعضا درباره مدت مأموریت گفتگو کردند.")
    resolution = meetings.record_resolution(
        one,
        {
            "text": "با فرصت مطالعاتی شش‌ماهه موافقت شد.",
            "outcome": "approved",
            "votes_for": 4,
            "votes_against": 0,
            "votes_abstain": 0,
        },
    )
    meetings.record_resolution(
        two, {"text": "The mission was deferred to the next session.", "outcome": "deferred"}
    )
    meetings.add_action(
        meeting,
        {
            "text": "ابلاغ مصوبه به گروه داخلی",
            "owner_id": members[4],
            "due_on": dt.date(2026, 12, 10),
            "resolution_id": resolution,
        },
    )
    return meeting


def test_minutes_in_both_languages_hold_the_resolutions(db, pdf_text):
    meeting = held_council()
    fa = pdf_text(meetings.minutes_pdf(meeting, "fa"))
    for words in (
        "صورتجلسه",
        "شورای بورس",
        "فرصت مطالعاتی ششماهه موافقت شد",
        "تصویب شد",
        "موافق ۴",
        "حاضران",
        "سارا رضایی",
        "غایبان با عذر",
        "سارا نوری",
        "Anna Schmidt",
        "پیگیری مصوبات جلسات قبل",
        "تهیه پیشنویس تفاهمنامه",
        "ابلاغ مصوبه به گروه داخلی",
        "۲/۱۴۰۵",
        "امضای اعضای حاضر",
    ):
        assert words in fa, words
    en = pdf_text(meetings.minutes_pdf(meeting, "en"))
    for words in (
        "Minutes",
        "Scholarship council",
        "The mission was deferred to the next session.",
        "deferred",
        "4 for, 0 against, 0 abstaining",
        "Dr. Sara Rezaei",
        "Excused",
        "Dr. Sara Nouri",
        "2/1405",
        "1 December 2026",
        "Follow-up of previous resolutions",
        "4 of 5 members were present",
    ):
        assert words in en, words
    both = pdf_text(meetings.minutes_pdf(meeting, "both"))
    assert "صورتجلسه" in both and "Minutes" in both


def test_agenda_times_presenters_and_attendance_sheet(db, pdf_text):
    meeting = held_council()
    en = pdf_text(meetings.agenda_pdf(meeting, "en"))
    for words in (
        "Agenda",
        "Educational mission to Charité Berlin",
        "10:20–10:50",
        "Dr. Sara Ahmadi",
        "Total time: 60 minutes",
        "Presenter",
    ):
        assert words in en, words
    fa = pdf_text(meetings.agenda_pdf(meeting, "fa"))
    for words in (
        "دستور جلسه",
        "بررسی درخواست فرصت مطالعاتی دکتر کریمی",
        "دانشگاه تورنتو",
        "ارائهدهنده",
        "۶۰",
    ):
        assert words in fa, words
    sheet = pdf_text(meetings.attendance_pdf(meeting, "fa"))
    assert "امضا" in sheet and "سارا کریمی" in sheet and "Anna Schmidt" in sheet


def test_follow_up_list_marks_overdue_actions(db, pdf_text, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 24, 9))
    held_council()
    en = pdf_text(meetings.follow_up_pdf("en"))
    assert "Action follow-up list" in en and "overdue" in en  # the older action was due on 20 November 2026
    fa = pdf_text(meetings.follow_up_pdf("fa"))
    assert "ابلاغ مصوبه به گروه داخلی" in fa and "گذشته از" in fa


def test_invitation_is_a_numbered_letter_of_the_register(db, pdf_text):
    members = council_members(3)
    meeting = new_council()
    meetings.add_agenda_item(meeting, {"title": "بررسی درخواست‌های همایش", "presenter_id": members[0]})
    preview = pdf_text(meetings.invitation_pdf(meeting, "fa"))
    assert "پیشنویس" in preview and "بررسی درخواستهای همایش" in preview
    letter_id, number = meetings.issue_invitation(meeting, "fa", dt.date(2026, 11, 24))
    assert meetings.get_meeting(meeting)["status"] == "invited"
    stored = letters.get_letter(letter_id)
    assert (stored["linked_table"], stored["linked_id"], stored["number"]) == ("meetings", meeting, number)
    assert meetings.invitation_pdf(meeting, "fa") == letters.letter_pdf(letter_id)
    english = pdf_text(meetings.invitation_pdf(meeting, "en"))
    assert "You are kindly invited to meeting No. 1/1405 of the Scholarship council" in english
    with pytest.raises(meetings_errors().ValidationError):
        meetings.invitation_pdf(meeting, "both")


def meetings_errors():
    from app.services import errors

    return errors


def test_ics_file_of_a_meeting(db):
    from icalendar import Calendar

    meeting = held_council()
    calendar = Calendar.from_ical(meetings.ics_bytes(meeting, "en"))
    [event] = calendar.walk("VEVENT")
    tehran = ZoneInfo("Asia/Tehran")
    assert event.decoded("dtstart") == START.replace(tzinfo=tehran)
    assert event.decoded("dtend") == (START + dt.timedelta(hours=2)).replace(tzinfo=tehran)
    assert str(event["summary"]) == "Scholarship council 2/1405: جلسه شورای بورس"
    assert "1. بررسی درخواست فرصت مطالعاتی دکتر کریمی" in str(event["description"])
    assert str(event["location"]) == "اتاق جلسات معاونت بین‌الملل"


def test_the_secretary_is_named_as_secretary_not_as_a_member(db, pdf_text):
    """Sara Sadeghi is a standing member of the council and this meeting's secretary."""
    import subprocess

    meeting = held_council()
    layout = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=meetings.attendance_pdf(meeting, "en"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    [row] = [line for line in layout.splitlines() if "Sadeghi" in line and "Secretary" not in line[:20]]
    assert row.split()[-1] == "Secretary"  # the table row, not the header's "Secretary" line
    minutes = " ".join(pdf_text(meetings.minutes_pdf(meeting, "en")).split())
    signatures = minutes[minutes.index("Signatures of the members present") :]
    assert "Sadeghi Secretary" in signatures and "Sadeghi Member" not in signatures
    persian = " ".join(pdf_text(meetings.minutes_pdf(meeting, "fa")).split())
    assert "دبیر" in persian[persian.index("امضای اعضای حاضر") :]


def test_an_english_invitation_lists_persian_items_after_their_numbers(db):
    """«1. بررسی …» in an English letter: the number leads the line at the left (poppler's layout text)."""
    import subprocess

    meeting = held_council()
    layout = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=meetings.invitation_pdf(meeting, "en"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    [line] = [line.strip() for line in layout.splitlines() if "مطالعاتی" in line]
    assert line.startswith("1. ")
    persian = meetings.invitation_draft(meeting, "fa")["body"]
    assert "از اعضای محترم دعوت می‌شود" in persian and "جنابعالی" not in persian
