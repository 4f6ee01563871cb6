"""The reports across the registers on the command line (see app.commands): the annual report of a Jalali
year and its indicator pack (PDF and workbook)."""

from __future__ import annotations


def _annual_report(year: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import reports

    return reports.annual_report_pdf(year, lang), f"annual-report-{year}-{lang or 'fa'}.pdf"


def _indicators(year: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import reports

    return reports.indicator_pack_pdf(year, lang), f"indicators-{year}-{lang or 'fa'}.pdf"


DOCUMENTS = {
    "annual-report": (
        "the annual report of international activity (ID: the Jalali year, e.g. 1405)",
        _annual_report,
    ),
    "indicators": ("the indicator pack: every figure with its records (ID: the Jalali year)", _indicators),
}


def _export(path, year=None):  # type: ignore[no-untyped-def]
    from app.services import reports

    return reports.export_indicators(year, path)


EXPORTS = {"indicators": _export}
