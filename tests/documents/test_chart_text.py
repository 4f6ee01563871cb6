"""The annual report's chart labels read back as written, with poppler and with pypdf: Persian names with
ZWNJ and brackets, Jalali years and amounts with their separators (pypdf used to give «۰۰۰٬۰۰۰٬۰۰۰٬۲۱»
for ۱۲٬۰۰۰٬۰۰۰٬۰۰۰ and the years as «۵۰۴۱»)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.documents import chart_text
from app.documents.fonts import register_fonts
from app.documents.report_charts import bar_drawing, line_drawing
from app.documents.report_data import BarChart, LineChart
from tests.documents.pdf_extract import both_texts

MONTHS_FA = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


def _pdf(*drawings) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    y = 800.0
    for drawing in drawings:
        y -= drawing.height + 10
        chart_text.draw(drawing, canvas, 50, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_persian_bar_chart_labels_read_as_written() -> None:
    chart = BarChart(
        "by_department",
        "مبلغ مصوب به تفکیک گروه (ریال)",
        ("گروه بیهوشی", "مرکز تحقیقات بین‌الملل"),
        (12_000_000_000, 1_675_000_000),
        (11_400_000_000, 0),
        money=True,
    )
    pdf = _pdf(bar_drawing(chart, "fa", 480, ("۱۴۰۵", "۱۴۰۴")))
    for name, text in both_texts(pdf).items():
        for written in (
            "مبلغ مصوب به تفکیک گروه (ریال)",
            "مرکز تحقیقات بین‌الملل",
            "گروه بیهوشی",
            "۱۲٬۰۰۰٬۰۰۰٬۰۰۰",
            "۱۱٬۴۰۰٬۰۰۰٬۰۰۰",
            "۱٬۶۷۵٬۰۰۰٬۰۰۰",
            "۱۴۰۵",
            "۱۴۰۴",
        ):
            assert written in text, (name, written)


def test_persian_month_labels() -> None:
    months = LineChart("activity", "فعالیت به تفکیک ماه: نامه‌ها و درخواست‌ها", MONTHS_FA, (3,) * 12, (1,) * 12)
    pdf = _pdf(line_drawing(months, "fa", 480, ("۱۴۰۵", "۱۴۰۴")))
    for name, text in both_texts(pdf).items():
        # (poppler sets the colon's space on its other side, as it does for every Persian line)
        assert "فعالیت به تفکیک ماه" in text and "نامه‌ها و درخواست‌ها" in text, name
        assert all(month in text for month in MONTHS_FA), name


def test_english_chart_labels() -> None:
    english = BarChart("by_country", "Visits by country (guests)", ("Germany", "Japan"), (7, 2), (3, 4))
    for name, text in both_texts(_pdf(bar_drawing(english, "en", 480, ("1405", "1404")))).items():
        assert "Visits by country (guests)" in text and "Germany" in text and "1405" in text, name
