"""The annual report as a PDF, and the indicator pack as a workbook: a summary sheet, then one sheet per
figure with its definition, its source, its value and every record behind it, so that each figure can be
checked name by name."""

from __future__ import annotations

from pathlib import Path

from app.common import clock, dates
from app.documents.report_data import AnnualReport, Figure
from app.documents.xlsx import Sheet, write_xlsx
from app.services.reports.annual import annual_report, check_year, source

_HEADS = {
    "en": (
        "Figure",
        "Year",
        "Year before",
        "Definition",
        "Source",
        "Register",
        "Record",
        "Reference",
        "Name",
        "Unit",
        "Dates",
        "Why it counts",
        "Amount (rials)",
    ),
    "fa": (
        "شاخص",
        "سال",
        "سال قبل",
        "تعریف",
        "منبع",
        "دفتر",
        "شناسه",
        "شماره",
        "نام",
        "واحد",
        "تاریخ‌ها",
        "دلیل شمارش",
        "مبلغ (ریال)",
    ),
}


def report_years() -> list[int]:
    """The years the Reports page offers: this Jalali year and the nine before it, newest first."""
    this = dates.jalali_year(clock.today())
    return list(range(this, this - 10, -1))


def annual_report_pdf(year: int, lang: str | None = None) -> bytes:
    """The annual report of `year` as a PDF in "fa", "en" or "both" (Persian, then English)."""
    from app.documents.annual_report import build_annual_report_pdf
    from app.services.settings import letterhead

    year = check_year(year)
    langs = ["fa", "en"] if lang == "both" else [lang if lang in ("fa", "en") else "fa"]
    return build_annual_report_pdf([annual_report(year, one) for one in langs], letterhead())


def figure_values(figure: Figure) -> tuple[int, int]:
    return figure.this_year, figure.last_year


def _cell(figure: Figure, value: int) -> int | float:
    """A figure's value in the workbook: a share as a percentage (55.6), anything else as counted."""
    return value / 10 if figure.percent else value


def indicator_sheets(report: AnnualReport) -> list[Sheet]:
    """The pack's sheets for a report: the summary, then one per figure."""
    h = _HEADS[report.lang]
    rtl = report.lang == "fa"
    figures = [f for section in report.sections for f in section.figures]
    summary = Sheet(
        h[0] if rtl else "Summary",
        (h[0], f"{h[1]} {report.year}", f"{h[2]} {report.year - 1}", h[3], h[4]),
        [
            (f.label, _cell(f, f.this_year), _cell(f, f.last_year), f.definition, source(f.key, report.lang))
            for f in figures
        ],
        rtl,
        (34, 14, 14, 70, 30),
    )
    sheets = [summary]
    for figure in figures:
        rows: list[tuple[object, ...]] = [
            (h[3], figure.definition),
            (h[4], source(figure.key, report.lang)),
            (f"{h[1]} {report.year}", _cell(figure, figure.this_year)),
            (f"{h[2]} {report.year - 1}", _cell(figure, figure.last_year)),
            (),
            h[5:],
        ]
        rows += [
            (t.register, t.record_id, t.reference, t.name, t.unit, t.dates, t.why, t.amount)
            for t in figure.traces
        ]
        sheets.append(Sheet(figure.key, (h[0], figure.label), rows, rtl, (22, 16, 18, 34, 30, 24, 40, 16)))
    return sheets


def export_indicators(year: int, path: Path, lang: str = "en") -> int:
    """Write the indicator pack of `year` to `path` (.xlsx); returns the rows written."""
    return write_xlsx(path, indicator_sheets(annual_report(check_year(year), lang)))


def indicator_pack_pdf(year: int, lang: str | None = None) -> bytes:
    """The indicator pack as a PDF: each figure with its definition, source, values and records."""
    from app.documents.annual_report import value_text
    from app.documents.funding import FundingDocument, Section, Table, build_funding_pdfs
    from app.services.settings import letterhead

    year = check_year(year)
    docs = []
    for one in ["fa", "en"] if lang == "both" else [lang if lang in ("fa", "en") else "fa"]:
        report = annual_report(year, one)
        h = _HEADS[one]
        sections = []
        for figure in (f for section in report.sections for f in section.figures):
            now, before = (value_text(v, one, figure.money, figure.percent) for v in figure_values(figure))
            facts = (
                f"{h[3]}: {figure.definition}",
                f"{h[4]}: {source(figure.key, one)}",
                f"{h[1]} {report.year_label}: {now} — {h[2]} {report.last_label}: {before}",
            )
            rows = [(t.reference or "—", t.name, t.unit, t.dates, t.why) for t in figure.traces]
            table = Table((h[7], h[8], h[9], h[10], h[11]), (1, 1.6, 1.4, 1.2, 1.6), rows) if rows else None
            sections.append(Section(figure.label, facts, table))
        title = {"fa": f"بسته شاخص‌های سال {report.year_label}", "en": f"Indicator pack {report.year_label}"}[
            one
        ]
        docs.append(
            FundingDocument(
                lang=one,
                title=title,
                date_text=report.date_text,
                sections=sections,
                signatory_name=report.signatory_name,
                signatory_title=report.signatory_title,
            )
        )
    return build_funding_pdfs(docs, letterhead())
