"""The annual report's PDF from plain data written here: a cover, a table of contents whose page numbers
are the pages the sections are on, the figures in the language's digits, charts drawn with ReportLab shapes
whose Persian labels are shaped; qpdf finds nothing wrong. Text read back with poppler and pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import jdatetime
import pytest
from reportlab.graphics.shapes import PolyLine, Rect, String

from app.documents.annual_report import build_annual_report_pdf, change_text
from app.documents.bidi_text import visual
from app.documents.frame import Letterhead
from app.documents.report_charts import bar_drawing, line_drawing
from app.documents.report_data import (
    AnnualReport,
    BarChart,
    Breakdown,
    BreakdownRow,
    Figure,
    LineChart,
    ReportSection,
)

HEAD = Letterhead(
    "دانشگاه علوم پزشکی",
    "University of Medical Sciences",
    "دانشکده پزشکی",
    "School of Medicine",
    "معاونت بین‌الملل",
    "Office of the International Vice-Chancellor",
)
MONTHS = tuple(jdatetime.date.j_months_en)  # the Jalali months in English, from jdatetime


def _report(lang: str, long: bool = False) -> AnnualReport:
    fa = lang == "fa"
    countries = [("آلمان" if fa else "Germany", 7, 3), ("ژاپن" if fa else "Japan", 2, 4)]
    countries += [(f"Country {n}", 1, 0) for n in range(60 if long else 0)]
    rows = tuple(BreakdownRow(*c) for c in countries)
    guests = ReportSection(
        "guests",
        "مهمانان خارجی" if fa else "Foreign guests",
        (
            Figure("visits", "بازدیدها" if fa else "Visits", 12, 9, "def"),
            Figure("approved", "مبلغ مصوب" if fa else "Approved", 1_250_000_000, 0, "def", money=True),
        ),
        (
            BarChart(
                "by_country",
                "بازدیدها به تفکیک کشور" if fa else "Visits by country",
                tuple(c[0] for c in countries[:2]),
                (7, 2),
                (3, 4),
            ),
        ),
        (
            Breakdown(
                "by_country", "به تفکیک کشور" if fa else "By country", "کشور" if fa else "Country", rows
            ),
        ),
    )
    office = ReportSection(
        "office",
        "کارنامه دفتر" if fa else "The office's work",
        (Figure("letters", "نامه‌ها" if fa else "Letters issued", 31, 40, "def"),),
        (
            LineChart(
                "activity",
                "فعالیت ماهانه" if fa else "Activity by month",
                MONTHS,
                tuple(range(12)),
                (1,) * 12,
            ),
        ),
    )
    return AnnualReport(
        lang,
        1405,
        "گزارش سال ۱۴۰۵" if fa else "International activity in 1405",
        "",
        "۱۴۰۶/۰۲/۰۱" if fa else "2027-04-21",
        "۱۴۰۵" if fa else "1405",
        "۱۴۰۴" if fa else "1404",
        (guests, office),
        "دکتر رضایی" if fa else "Dr. Rezaei",
        "معاون بین‌الملل" if fa else "Vice-Chancellor",
    )


def _pages(pdf: bytes) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    text = unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e]", "", done.stdout.decode("utf-8")))
    return [page for page in text.split("\f") if page.strip()]


def _words(text: str) -> set[str]:
    """The words of a line; a run of Persian digits also as read the other way (poppler reverses them in a
    right-to-left line)."""
    words = set(text.replace("\u200c", "").split())
    return words | {w[::-1] for w in words if re.fullmatch("[۰-۹٬]+", w)}


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed")
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_pdf_is_sound_and_its_contents_point_at_its_sections(lang, tmp_path):
    pdf = build_annual_report_pdf([_report(lang, long=True)], HEAD)
    (tmp_path / "r.pdf").write_bytes(pdf)
    assert subprocess.run(["qpdf", "--check", str(tmp_path / "r.pdf")], capture_output=True).returncode == 0
    pages = _pages(pdf)
    assert len(pages) >= 4  # cover, contents, and the long breakdown runs onto a second body page
    title = "International activity in 1405" if lang == "en" else "گزارش سال ۱۴۰۵"
    assert _words(title) <= _words(pages[0])
    office = "The office's work" if lang == "en" else "کارنامه دفتر"
    # The contents give the office's section a page number; that page holds the heading.
    contents = pages[1].splitlines()
    line = next(ln for ln in contents if all(word in ln for word in office.split()))
    number = next(
        w
        for w in line.split()
        if w.strip(".").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).isdigit() and not w.endswith(".")
    )
    page = int(number.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))
    assert page > 3
    assert all(word in pages[page - 1] for word in office.split())
    assert not all(word in pages[page - 2] for word in office.split())


def test_the_figures_in_the_language_s_digits():
    en = " ".join(_pages(build_annual_report_pdf([_report("en")], HEAD)))
    assert {"12", "9", "1,250,000,000", "31", "40"} <= _words(en)
    fa = " ".join(_pages(build_annual_report_pdf([_report("fa")], HEAD)))
    # Persian digits (pdftotext gives a run of them reversed inside a right-to-left line).
    assert "۱۲" in fa or "۲۱" in fa
    assert "۱٬۲۵۰٬۰۰۰٬۰۰۰" in fa or "۰۰۰٬۰۰۰٬۲۵۰٬۱" in fa
    assert not any(ch in "0123456789" for ch in fa.replace("%", ""))


def test_both_languages_in_one_pdf():
    pdf = build_annual_report_pdf([_report("fa"), _report("en")], HEAD)
    pages = _pages(pdf)
    assert len(pages) == len(_pages(build_annual_report_pdf([_report("fa")], HEAD))) * 2


def test_change_from_the_year_before():
    assert change_text(12, 9, "en") == "\u2066+33%\u2069"
    assert change_text(3, 4, "fa") == "\u2066−۲۵٪\u2069"
    assert change_text(5, 0, "en") == "—"


def test_bars_are_to_scale_with_shaped_labels_and_persian_digits():
    chart = BarChart("c", "بازدیدها به تفکیک کشور", ("آلمان", "ژاپن"), (8, 2), (4, 0))
    drawing = bar_drawing(chart, "fa", 500, ("۱۴۰۵", "۱۴۰۴"))
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert visual("آلمان", True) in texts and visual("ژاپن", True) in texts
    assert visual("آلمان", True) != "آلمان"  # shaped into presentation forms
    assert "۸" in texts and "۴" in texts and "8" not in texts
    bars = sorted(r.width for r in drawing.contents if isinstance(r, Rect) and r.height == 7)
    assert len(bars) == 3  # the zero draws no bar
    assert bars[2] == pytest.approx(bars[1] * 2) == pytest.approx(bars[0] * 4)
    # Persian bars grow from the labels on the right towards the left.
    right_ends = {round(r.x + r.width, 3) for r in drawing.contents if isinstance(r, Rect) and r.height == 7}
    assert len(right_ends) == 1


def test_the_month_line_runs_from_the_reading_side():
    chart = LineChart("m", "Activity", MONTHS, tuple(range(12)), (0,) * 12)
    for lang, first_is_left in (("en", True), ("fa", False)):
        drawing = line_drawing(chart, lang, 500, ("1405", "1404"))
        lines = [s for s in drawing.contents if isinstance(s, PolyLine)]
        assert len(lines) == 2 and all(len(line.points) == 24 for line in lines)
        this = lines[1].points
        xs = this[0::2]
        assert (xs[0] < xs[-1]) is first_is_left
        assert this[1] < this[-1]  # 0 in Farvardin, 11 in Esfand: the line climbs


def test_every_font_is_embedded(tmp_path):
    """The charts start from the documents' font, not ReportLab's Helvetica (which is never embedded)."""
    target = tmp_path / "r.pdf"
    target.write_bytes(build_annual_report_pdf([_report("en")], HEAD))
    rows = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows
