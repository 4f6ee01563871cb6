"""Names in every script the office meets print whole: each character is drawn by the first font of the
chain that has it (checked per text run against the embedded fonts), and what no font has is printed as a
visible replacement and reported before the record is saved.

The text is checked with two extractors that are not our code: poppler's pdftotext and pypdf.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from app.documents import fonts
from app.documents.itinerary import ItineraryData, ItineraryDay, ItineraryEntry
from app.documents.letters import build_letter_pdf
from app.services import directory, ordinances, visits
from tests.documents.letter_samples import sample_letter_en, sample_letter_fa, sample_letterhead
from tests.services.ordinance_helpers import kind, setting_up
from tests.services.test_visits import ARRIVAL, visit_data

NAMES = [
    ("小明", "王"),  # Chinese
    ("太郎", "山田"),  # Japanese
    ("민준", "김"),  # Korean
    ("Ngọc Ánh", "Nguyễn"),  # Vietnamese
    ("Trần Đức", "Thắng"),
    ("Şükrü", "Gündoğdu"),  # Turkish
    ("Иван", "Петров"),  # Cyrillic
    ("Γιώργος", "Παπαδόπουλος"),  # Greek
    ("Łukasz", "Wałęsa"),  # Latin Extended
]
NAME_TEXT = [f"{first} {last}" for first, last in NAMES]


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return unicodedata.normalize("NFC", done.stdout.decode("utf-8"))


def pypdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in pages))


def drawn_runs(pdf: bytes) -> list[tuple[str, str]]:
    """(font name without its subset tag, text) of every text-showing operation, as pypdf decodes it."""
    runs: list[tuple[str, str]] = []

    def visit(text, _cm, _tm, font, _size) -> None:
        if text.strip() and font is not None:
            runs.append((str(font.get("/BaseFont", "")).split("+", 1)[-1], text))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def assert_names_print(pdf: bytes, names: list[str] | None = None) -> None:
    names = NAME_TEXT if names is None else names
    for extracted in (pdftotext(pdf), pypdf_text(pdf)):
        for name in names:
            for word in name.split():
                assert word in extracted, (word, extracted[:400])
    assert "\ufffd" not in pdftotext(pdf)
    # Every character of a tricky name outside Vazirmatn's scripts is drawn by its script's font.
    for font, text in drawn_runs(pdf):
        for ch in text:
            script = script_font(ch)
            if script:
                assert font.startswith(script), (ch, font, text)


def script_font(ch: str) -> str:
    """The fallback font a character needs, judged by its Unicode name alone ("" when Vazirmatn has it)."""
    name = unicodedata.name(ch, "")
    if any(word in name for word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")):
        return "WenQuanYi"
    if "CYRILLIC" in name or "GREEK" in name or " HORN" in name or "DOT BELOW" in name:
        return "NotoSans"
    if "CIRCUMFLEX AND" in name or "BREVE AND" in name or "WITH HOOK ABOVE" in name:
        return "NotoSans"  # Vietnamese letters with two marks
    if name in ("CHECK MARK", "BALLOT X", "BLACK-FEATHERED RIGHTWARDS ARROW"):
        return "DejaVuSans"
    return ""


def test_the_chain_covers_every_script_and_splits_runs_by_font() -> None:
    fonts.register_fonts()
    assert fonts.pieces("Ngọc سلام", fonts.REGULAR) == [
        (fonts.REGULAR, "Ng"),
        ("NotoSans", "ọ"),
        (fonts.REGULAR, "c سلام"),
    ]
    assert [font for font, _ in fonts.pieces("王 ✓", fonts.BOLD)] == ["WenQuanYi", fonts.BOLD, "DejaVuSans"]
    for first, last in NAMES:
        assert fonts.unprintable(first + last) == set()
    assert fonts.unprintable("✓ ✗ ➤ ٹ ے ۓ") == set()  # symbols, Urdu


def test_what_no_font_has_is_replaced_visibly_and_reported() -> None:
    fonts.register_fonts()
    egyptian = "\U00013000"  # an Egyptian hieroglyph: none of the fonts has it
    assert fonts.unprintable(f"Dr. {egyptian} Smith") == {egyptian}
    from app.services import printable

    assert printable.unprintable(f"Dr. {egyptian}") == {egyptian}
    assert [text for _font, text in fonts.pieces(egyptian, fonts.REGULAR)] == ["\ufffd"]
    # Invisible formatting characters are not reported: they are not meant to be seen.
    assert fonts.unprintable("می\u200cشود\u200f") == set()


def test_width_of_fallback_text_is_measured_in_its_own_font() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register_fonts()
    width = stringWidth("王小明", fonts.REGULAR, 10)
    assert width == pytest.approx(stringWidth("王小明", "WenQuanYi", 10)) and width > 20


@pytest.fixture
def tricky_visit(db):
    guests = [
        directory.save_person(
            {
                "kind": "foreign_guest",
                "title": "Dr.",
                "first_name_en": first,
                "last_name_en": last,
                "country": "CN",
                "nationality": "CN",
                "passport_number": f"E{n:08d}",
            }
        )
        for n, (first, last) in enumerate(NAMES)
    ]
    return visits.save_visit(visit_data(*guests))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_visa_letter_prints_every_name(tricky_visit, lang):
    assert_names_print(visits.letter_pdf(tricky_visit, "visa", lang))


def test_certificates_name_cards_briefing_and_report_print_every_name(tricky_visit):
    assert_names_print(visits.letter_preview_pdf(tricky_visit, "certificate", "en"))
    assert_names_print(visits.name_cards_pdf(tricky_visit))
    assert_names_print(visits.briefing_pdf(tricky_visit))
    for lang in ("en", "fa"):
        assert_names_print(visits.report_pdf(tricky_visit, lang))


def test_itinerary_prints_every_name():
    from app.documents.itinerary import Both, build_itinerary_pdf

    entries = tuple(
        ItineraryEntry(
            dt.time(9 + n),
            dt.time(10 + n),
            Both(f"Meeting with {name}", f"دیدار با {name}"),
            host=Both(name, name),
        )
        for n, name in enumerate(NAME_TEXT)
    )
    data = ItineraryData(
        reference="V-1405-007",
        purpose=Both("Research", "پژوهش"),
        guests=tuple(Both(name, name) for name in NAME_TEXT),
        days=(ItineraryDay(ARRIVAL, entries),),
    )
    for lang in ("en", "fa", "both"):
        assert_names_print(build_itinerary_pdf(data, lang, sample_letterhead()))


def test_ordinance_prints_a_vietnamese_and_a_chinese_holder(db):
    from app.services.ordinances.documents import ordinance_pdf

    ids = setting_up()
    for (first, last), (fa_first, fa_last) in (
        (NAMES[3], ("نگوک", "نگوین")),
        (NAMES[0], ("شیائومینگ", "وانگ")),
    ):
        holder = directory.save_person(
            {
                "kind": "faculty",
                "title": "Dr.",
                "first_name_en": first,
                "last_name_en": last,
                "first_name_fa": fa_first,
                "last_name_fa": fa_last,
            }
        )
        values = ordinances.new_draft_values(kind("deputy"), holder, ids["anatomy"], dt.date(2026, 9, 23))
        draft = ordinances.save_draft(values)
        assert_names_print(ordinance_pdf(draft, "en"), [f"{first} {last}"])


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_council_annex_keeps_its_cross_marker(lang):
    from app.documents.funding import FundingDocument, Section, Table, build_funding_pdf

    checks = "✗ Documents missing\n! Over the cap\n✓ Report filed ➤ see annex"
    table = Table(
        ("No.", "Applicant", "Checks"),
        (0.5, 2, 3),
        [("1", NAME_TEXT[0], checks), ("2", NAME_TEXT[3], checks)],
    )
    doc = FundingDocument(
        lang=lang, title="Annex", date_text="1 December 2026", sections=(Section("Requests", (), table),)
    )
    pdf = build_funding_pdf(doc, sample_letterhead())
    for mark in "✗✓➤":
        assert mark in pdftotext(pdf) and mark in pypdf_text(pdf)
    assert_names_print(pdf, [NAME_TEXT[0], NAME_TEXT[3]])


@pytest.mark.parametrize("sample", [sample_letter_en, sample_letter_fa])
def test_letter_recipient_in_every_script(sample):
    for name in NAME_TEXT:
        letter = sample(recipient=f"{name}\nKarolinska Institutet", salutation=f"Dear {name},")
        assert_names_print(build_letter_pdf(letter, sample_letterhead()), [name])
