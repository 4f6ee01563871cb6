"""The text layer of Persian documents: what pdftotext (poppler) and pypdf give back is what was written.

ZWNJ stays («بین‌الملل», «می‌شود»), the lam-alef ligature reads in order («سلام», not «سالم»), dates
read as written («۱۴۰۵/۰۶/۲۹», not «۹۲/۶۰/۵۰۴۱»), and mirrored brackets read as the ones written. The
two extractors work differently (poppler by the place of each glyph on the page, pypdf by the order of
the content stream), so each is a reference of its own. Expected dates come from jdatetime.
"""

import datetime as dt
import io
import unicodedata

import jdatetime
import pytest
from pypdf import PdfReader

from app.common.text import to_persian_digits
from app.documents.letters import write_letter_pdf
from app.services import meetings, visits
from app.services.ordinances.documents import ordinance_pdf
from tests.documents.letter_samples import sample_letter_fa, sample_letterhead
from tests.documents.pdf_extract import both_texts
from tests.documents.test_meeting_docs import held_council
from tests.documents.test_ordinance_docs import issued
from tests.documents.test_visit_docs import visit  # noqa: F401 - the fixture
from tests.services.meetings_helpers import START
from tests.services.ordinance_helpers import setting_up
from tests.services.test_visits import ARRIVAL


def jalali(day: dt.date) -> str:
    return to_persian_digits(jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d"))


def month_and_year(day: dt.date) -> str:
    """The end of a date written out in Persian, e.g. «آذر ۱۴۰۵»."""
    jalali_day = jdatetime.date.fromgregorian(date=day)
    return f"{jdatetime.date.j_months_fa[jalali_day.month - 1]} {to_persian_digits(str(jalali_day.year))}"


TRICKY = (
    "سلام، این نامه از سوی معاونت بین‌الملل در تاریخ ۱۴۰۵/۰۶/۲۹ نوشته شد و لازم است بررسی شود.\n"
    "گزارش کلاس‌های پروفسور John Smith (دانشگاه Oxford) ساعت ۰۹:۳۰ در فرودگاه امام خمینی (ره) ارائه می‌شود."
)
# Each of these, written in TRICKY, must come back whole from both extractors. (Where a Latin name meets
# Persian text, poppler places the neutral characters between them by a rule of its own.)
PHRASES = ("بین‌الملل", "می‌شود", "کلاس‌های", "سلام", "لازم", "۱۴۰۵/۰۶/۲۹", "۰۹:۳۰", "(ره)")


def pdf_bytes(path) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def assert_written(pdf: bytes, phrases) -> None:
    for extractor, text in both_texts(pdf).items():
        for phrase in phrases:
            assert phrase in text, f"{extractor} lost {phrase!r}"
        assert "سالم" not in text and "۹۲/۶۰/۵۰۴۱" not in text, extractor


def test_a_persian_letter_reads_back_as_written(tmp_path):
    path = tmp_path / "letter.pdf"
    write_letter_pdf(sample_letter_fa(body=TRICKY), sample_letterhead(), path)
    assert_written(pdf_bytes(path), PHRASES)


def test_pypdf_reads_whole_lines_in_reading_order(tmp_path):
    """pypdf follows the content stream, which is written in reading order: whole sentences come back,
    Latin names and numbers in their places."""
    path = tmp_path / "letter.pdf"
    write_letter_pdf(sample_letter_fa(body=TRICKY, subject="درخواست ۱۴۰۵/۰۹/۰۳"), sample_letterhead(), path)
    pages = PdfReader(io.BytesIO(pdf_bytes(path))).pages
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in pages))
    lines = " ".join(text.split())
    assert " ".join(TRICKY.split()) in lines
    assert "موضوع: درخواست ۱۴۰۵/۰۹/۰۳" in lines
    assert "شماره: 1405/0042/IVC" in lines


def test_the_page_looks_the_same_whichever_order_the_glyphs_are_written_in():
    """Drawn in reading order, every glyph lands where the visual line puts it: same glyphs, same places."""
    from app.documents.bidi_text import visual
    from app.documents.carriers import CARRIERS
    from app.documents.fonts import REGULAR, register_fonts
    from app.documents.textlayer import plan

    register_fonts()
    for line in TRICKY.split("\n") + ["Dr. Maryam Ahmadi (دکتر مریم احمدی), head", "تلفن: ۰۲۱-۸۸۹۹۰۰۱۱"]:
        for rtl in (True, False):
            glyphs = sorted(
                (g for piece in plan(line, rtl, REGULAR, 11.0, 0.0) for g in piece.glyphs),
                key=lambda g: (round(g.x, 6), g.advance),
            )
            drawn = "".join(CARRIERS.get(g.code, (g.code,))[0] for g in glyphs).replace("\u200c", "")
            assert drawn == visual(line, rtl)
            for left, right in zip(glyphs, glyphs[1:], strict=False):
                assert abs(left.x + left.advance - right.x) < 1e-6  # no gap, no overlap


def test_an_ordinance_reads_back_with_its_date(db):
    ids = setting_up()
    ordinance = issued(ids, dt.date(2026, 9, 20))
    assert jalali(dt.date(2026, 9, 20)) == "۱۴۰۵/۰۶/۲۹"
    assert_written(ordinance_pdf(ordinance, "fa"), ("حکم انتصاب معاون بین‌الملل", "۱۴۰۵/۰۶/۲۹"))


def test_minutes_read_back_with_their_date_and_zwnj(db):
    meeting = held_council()
    minutes = meetings.minutes_pdf(meeting, "fa")
    assert_written(minutes, ("پیش‌نویس تفاهم‌نامه", "سه‌شنبه", month_and_year(START.date())))


def test_an_itinerary_reads_back_with_its_dates(visit):  # noqa: F811 - the fixture
    visit_id, _head, _other = visit
    pdf = visits.itinerary_pdf(visit_id, "fa")
    assert_written(pdf, (month_and_year(ARRIVAL), "معاونت بین‌الملل", "برنامه"))


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_letter_with_the_text_layer_passes_qpdf(tmp_path, lang):
    import subprocess

    path = tmp_path / "letter.pdf"
    letter = sample_letter_fa(body=TRICKY) if lang == "fa" else sample_letter_fa(lang="en", body=TRICKY)
    write_letter_pdf(letter, sample_letterhead(), path)
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
