"""Reports across the registers (DESIGN.md 2.7, issue 17): the annual report of international activity per
Jalali year, its PDF, and the indicator pack (one sheet per figure with the records behind it).

Modules: records (the records of one year, as traces), annual (the figures and sections), pack (the PDF
and the workbook).
"""

from app.services.reports.annual import DEFINITIONS, annual_report, check_year
from app.services.reports.pack import (
    annual_report_pdf,
    export_indicators,
    indicator_pack_pdf,
    indicator_sheets,
    report_years,
)

__all__ = [
    "DEFINITIONS",
    "annual_report",
    "annual_report_pdf",
    "check_year",
    "export_indicators",
    "indicator_pack_pdf",
    "indicator_sheets",
    "report_years",
]
