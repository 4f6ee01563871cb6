"""The papers of a visit, checked by their text: the itinerary in both languages side by side, the letters
in the register, the briefing sheet, name cards, the report, and the calendar file."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.documents.fonts import register_fonts
from app.documents.itinerary import Both, ItineraryData, ItineraryDay, ItineraryEntry, itinerary_rows
from app.services import directory, letters, visits
from tests.services.test_visits import ARRIVAL, guest, visit_data

T = dt.time
TITLES = [
    ("Welcome meeting with the Vice-Chancellor", "دیدار با معاون دانشکده"),
    ("Visit to the cardiology ward", "بازدید از بخش قلب"),
    ("Lecture on heart failure", "سخنرانی نارسایی قلبی"),
    ("Lunch with residents", "ناهار با دستیاران"),
    ("Farewell dinner", "ضیافت شام خداحافظی"),
]


def words(text: str) -> list[str]:
    return text.replace("\u200c", "").split()


@pytest.fixture
def visit(db):
    head = guest("Lars", "Andersson", "SE", "SE1234567")
    other = guest("Sofia", "García", "ES", "PAB998877")
    host = directory.save_person(
        {
            "kind": "faculty",
            "title": "Dr.",
            "first_name_en": "Maryam",
            "last_name_en": "Hosseini",
            "first_name_fa": "مریم",
            "last_name_fa": "حسینی",
            "phone": "+98 912 123 4567",
        }
    )
    visit_id = visits.save_visit(
        visit_data(
            head,
            other,
            host_person_id=host,
            interpreter="Sara Karimi",
            report_summary="Three lectures were given.",
            report_agreements="A joint PhD scheme will be drafted.",
        )
    )
    for n, (en, fa) in enumerate(TITLES):
        visits.save_item(
            visit_id,
            {
                "day": ARRIVAL + dt.timedelta(days=n % 3),
                "start_time": T(9 + n),
                "end_time": T(10 + n),
                "title_en": en,
                "title_fa": fa,
                "location": f"Room {n + 1}",
                "host_person_id": host,
            },
        )
    return visit_id, head, other


def test_the_bilingual_itinerary_holds_every_item_in_both_languages(visit, pdf_text):
    visit_id, head, _other = visit
    text = pdf_text(visits.itinerary_pdf(visit_id, "both"))
    for en, fa in TITLES:  # a long title wraps, and its lines are read out with the other column's
        for word in words(en) + words(fa):
            assert word in text
    for expected in (
        "Programme of the visit",
        "برنامه",
        "بازدید",
        "V-1405-001",
        "Dr. Maryam Hosseini",
        "حسینی",
        "Monday 7 December 2026",
        "آذر",
        "Contacts",
        "Sara Karimi",
        "LH600",
    ):
        assert expected in text
    assert "SE1234567" not in text  # passports only on the visa letter
    one = pdf_text(visits.itinerary_pdf(visit_id, "en", head))
    assert "Programme of the visit of Prof. Lars Andersson" in " ".join(one.split()) and "Vegetarian" in one
    persian = pdf_text(visits.itinerary_pdf(visit_id, "fa"))
    assert "Welcome meeting" not in persian and all(w in persian for w in words(TITLES[0][1]))


def test_side_by_side_rows_face_each_other():
    """Each field of an item takes the same rows in both columns: the English on the left half, the
    Persian on the right half, the times between them; an item's rows are kept together."""
    register_fonts()
    entry = ItineraryEntry(
        T(9), T(10), Both("A very long English title " * 4, "عنوان کوتاه"), location="Room 1"
    )
    data = ItineraryData(
        reference="V-1", purpose=Both("p", "هدف"), guests=(), days=(ItineraryDay(ARRIVAL, (entry,)),)
    )
    rows, _ = itinerary_rows(data, "both")
    titled = [r for r in rows if any("English" in run.text for run in r.runs)]
    assert len(titled) >= 2
    first = titled[0]
    xs = sorted(run.x for run in first.runs)
    assert len(first.runs) == 3 and xs[0] < 150 and xs[-1] > 300  # English, time, Persian
    assert all(r.keep_with_next for r in titled)
    with pytest.raises(ValueError):
        itinerary_rows(data, "de")


def test_a_five_day_itinerary_spans_pages_with_every_day(db, pdf_text):
    visit_id = visits.save_visit(visit_data(guest(), departure_date=ARRIVAL + dt.timedelta(days=4)))
    for n in range(5):
        visits.add_common_items(
            visit_id, ARRIVAL + dt.timedelta(days=n), ["welcome", "campus_tour", "lecture", "farewell"]
        )
    text = pdf_text(visits.itinerary_pdf(visit_id, "both"))
    assert "Page 2 of" in text
    for n in range(1, 6):
        assert f"Day {n}" in text


def test_visa_letter_is_registered_with_the_passports_and_issued(visit, pdf_text):
    visit_id, _head, _other = visit
    preview = pdf_text(visits.letter_pdf(visit_id, "visa", "en"))
    assert "DRAFT" in preview and "SE1234567" in preview and "PAB998877" in preview
    [letter_id] = visits.register_letter(visit_id, "visa", "fa")
    stored = letters.get_letter(letter_id)
    assert stored["linked_table"] == "visits" and stored["linked_id"] == visit_id
    number = letters.issue_letter(letter_id, dt.date(2026, 11, 24))
    text = pdf_text(visits.letter_pdf(visit_id, "visa", "fa"))
    assert "SE1234567" in text and "روادید" in text and "1405/0001/IVC" in text
    assert visits.visit_letters(visit_id)[0]["number"] == number
    certificates = visits.register_letter(visit_id, "certificate", "en")
    assert len(certificates) == 2  # one per guest
    both = visits.letter_preview_pdf(visit_id, "certificate", "en")
    assert "Certificate of visit" in pdf_text(both)
    import io

    import pypdf

    info = pypdf.PdfReader(io.BytesIO(both)).metadata  # the two certificates are titled as what they are
    assert info.title == letters.get_letter(certificates[0])["subject"] and info.subject == "2 letters"


def test_briefing_cards_report_and_calendar(visit, pdf_text):
    visit_id, _head, _other = visit
    briefing = pdf_text(visits.briefing_pdf(visit_id))
    for word in ("برگه", "توجیهی", "میزبانان", "مهمانان", "Vegetarian", "Andersson"):
        assert word in briefing
    cards = pdf_text(visits.name_cards_pdf(visit_id))
    assert "Prof. Lars Andersson" in cards and "Prof. Sofia García" in cards
    report = pdf_text(visits.report_pdf(visit_id, "en"))
    assert "Post-visit report" in report and "Three lectures were given." in report and "joint PhD" in report
    assert "450.00 EUR" in report
    assert "گزارش" in pdf_text(visits.report_pdf(visit_id, "fa"))
    calendar = icalendar.Calendar.from_ical(visits.itinerary_ics(visit_id))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 5
    first = min(events, key=lambda e: e.decoded("dtstart"))
    assert first.decoded("dtstart") == dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Asia/Tehran"))
    assert "Welcome meeting" in str(first["summary"]) and "دیدار" in str(first["summary"])


def test_a_wrapped_persian_contact_line_keeps_its_separators_in_order():
    """«میزبان: بهاره نجفی · +98 21 6772 6454 · b.najafi24@…» wrapped in the Persian column: no «· ·»."""
    from app.documents.itinerary import Contact

    register_fonts()
    contact = Contact(
        Both("Host", "میزبان"),
        Both("Dr. Bahareh Najafi", "بهاره نجفی"),
        "+98 21 6772 6454 · b.najafi24@med.example.ac.ir",
    )
    data = ItineraryData(reference="V-1", purpose=Both("p", "هدف"), guests=(), days=(), contacts=(contact,))
    for lang in ("fa", "both"):
        rows, _ = itinerary_rows(data, lang)
        lines = [run.text for row in rows for run in row.runs]
        assert not any("· ·" in line or "··" in line.replace(" ", "") for line in lines), lines
        assert sum(line.count("·") for line in lines if "+98" in line or "najafi" in line) >= 1


def test_a_contact_without_phone_or_email_ends_with_its_name():
    """The interpreter has a name only: «مترجم: …» with no separator after it, in either language."""
    from app.documents.itinerary import Contact

    contact = Contact(Both("Interpreter", "مترجم"), Both("Sara Karimi", "سارا کریمی"))
    for lang in ("fa", "en"):
        text = contact.get(lang)
        assert "·" not in text, text
        assert text.rstrip("\u2066\u2067\u2068\u2069 ").endswith(("Karimi", "کریمی")), text
    data = ItineraryData(reference="V-1", purpose=Both("p", "هدف"), guests=(), days=(), contacts=(contact,))
    for lang in ("fa", "en", "both"):
        rows, _ = itinerary_rows(data, lang)
        assert not any("·" in run.text for row in rows for run in row.runs)
