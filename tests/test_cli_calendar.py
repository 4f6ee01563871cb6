"""`ivc-desk export calendar meeting|visit ID -o FILE.ics`, run as a user would, read back by icalendar."""

import datetime as dt

import icalendar
import pytest

from tests.test_cli import ivc


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli-calendar")
    result = ivc(home, "demo", "--size", "20")
    assert result.returncode == 0, result.stderr
    return home


def first_id(home, register: str) -> int:
    return int(ivc(home, "list", register, "--limit", "1").stdout.split("\t")[0])


def test_a_meetings_and_a_visits_calendar(home, tmp_path):
    meeting = first_id(home, "meetings")
    target = tmp_path / "meeting.ics"
    result = ivc(home, "export", "calendar", "meeting", str(meeting), "-o", str(target))
    assert result.returncode == 0, result.stderr
    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.utcoffset() == dt.timedelta(hours=3, minutes=30) and str(event["uid"]).startswith(
        f"meeting-{meeting}-"
    )
    visit_target = tmp_path / "visit.ics"
    for line in ivc(home, "list", "visits").stdout.splitlines():  # the first visit whose programme has items
        result = ivc(home, "export", "calendar", "visit", line.split("\t")[0], "-o", str(visit_target))
        assert result.returncode == 0, result.stderr
        events = icalendar.Calendar.from_ical(visit_target.read_bytes()).walk("VEVENT")
        if events:
            break
    assert events and all(
        e.decoded("dtstart").utcoffset() == dt.timedelta(hours=3, minutes=30) for e in events
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "calendar", "-o", "x.ics"), "say whose calendar"),
        (("export", "calendar", "minutes", "1", "-o", "x.ics"), "say whose calendar"),
        (("export", "calendar", "meeting", "one", "-o", "x.ics"), "give the meeting's id as a number"),
        (("export", "calendar", "meeting", "1", "-o", "x.xlsx"), "must end in .ics"),
        (("export", "calendar", "meeting", "99999", "-o", "x.ics"), "This record no longer exists."),
        (("export", "meetings", "meeting", "-o", "x.xlsx"), "takes no more than"),
    ],
)
def test_calendar_mistakes_are_one_sentence(home, tmp_path, args, message):
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    result = ivc(home, *args)
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_a_language_a_document_is_not_printed_in_is_refused_in_words(home, tmp_path):
    """Letter 1 of the sample data is Persian, letter 2 English; name cards carry both scripts."""
    english = ivc(home, "print", "letter", "1", "--lang", "en", "-o", str(tmp_path / "a.pdf"))
    assert english.returncode == 1 and "This document is printed in: fa." in english.stderr
    assert ivc(home, "print", "letter", "2", "--lang", "en", "-o", str(tmp_path / "b.pdf")).returncode == 0
    cards = ivc(home, "print", "name-cards", "1", "--lang", "fa", "-o", str(tmp_path / "c.pdf"))
    assert cards.returncode == 1 and "This document is printed in: both." in cards.stderr
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "c.pdf").exists()
