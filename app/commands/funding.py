"""Conference funding requests on the command line (see app.commands): the register, its documents, its
workbook and its sample data."""

from __future__ import annotations


def _day(value):  # type: ignore[no-untyped-def]
    from app.common.dates import format_date

    return format_date(value, "gregorian", "en")


def _funding(kind: str = ""):  # type: ignore[no-untyped-def]
    """The register's lines (of one kind of request when `kind` is given; every kind's line ends with it)."""
    from app.services import funding

    def line(r) -> str:  # type: ignore[no-untyped-def]
        approved = "" if r.approved_irr is None else str(r.approved_irr)
        return (
            f"{r.id}\tFR-{r.fiscal_year}-{r.id:04d}\t{_day(r.starts_on)}\t{r.conference}\t{r.applicant('en')}\t"
            f"{r.country}\t{r.requested_irr}\t{approved}\t{r.kind}\t{r.status}"
        )

    return lambda request: funding.list_funding(request, funding.FundingFilter(kind=kind)), line


REGISTERS = {"funding": _funding}


def _lang(lang: str | None) -> str:
    return lang or "fa"


def _decision_letter(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import funding

    return funding.decision_letter_pdf(record_id, lang), f"decision-letter-{record_id}-{lang or 'own'}.pdf"


def _payment_order(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import funding

    return funding.payment_order_pdf(record_id, _lang(lang)), f"payment-order-{record_id}-{_lang(lang)}.pdf"


def _council_annex(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import funding

    return funding.council_annex_pdf(record_id, _lang(lang)), f"council-annex-{record_id}-{_lang(lang)}.pdf"


def _funding_report(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import funding

    return funding.annual_report_pdf(record_id, _lang(lang)), f"funding-report-{record_id}-{_lang(lang)}.pdf"


DOCUMENTS = {
    "decision-letter": ("a funding request's decision letter (ID: the request)", _decision_letter),
    "payment-order": (
        "the payment order to finance for an approved request (ID: the request)",
        _payment_order,
    ),
    "council-annex": ("the funding requests on a council meeting's agenda (ID: the meeting)", _council_annex),
    "funding-report": ("the annual funding report (ID: the Jalali fiscal year, e.g. 1405)", _funding_report),
}


def _export(path):  # type: ignore[no-untyped-def]
    from app.services import funding

    return funding.export_register(path)


EXPORTS = {"funding": _export}
