"""The directory and the letters register on the command line (see app.commands)."""

from __future__ import annotations


def _day(value):  # type: ignore[no-untyped-def]
    from app.common.dates import format_date

    return format_date(value, "gregorian", "en")


def _people():  # type: ignore[no-untyped-def]
    from app.services import directory

    return directory.list_people, lambda r: f"{r.id}\t\t\t{r.name_en or r.name_fa}\t{r.name_fa}"


def _units():  # type: ignore[no-untyped-def]
    from app.services import directory

    return directory.list_units, lambda r: f"{r.id}\t\t\t{r.name_en}\t{r.name_fa}"


def _partners():  # type: ignore[no-untyped-def]
    from app.services import directory

    return directory.list_institutions, lambda r: f"{r.id}\t\t\t{r.name_en}\t{r.country}"


def _agreements():  # type: ignore[no-untyped-def]
    from app.services import directory

    return (
        directory.list_agreements,
        lambda r: f"{r.id}\t\t{_day(r.signed_on)}\t{r.title}\t{r.institution_en}",
    )


def _letters():  # type: ignore[no-untyped-def]
    from app.services import letters

    return (
        letters.list_letters,
        lambda r: f"{r.id}\t{r.number or '-'}\t{_day(r.issued_on)}\t{r.subject}\t{r.status}",
    )


REGISTERS = {
    "people": _people,
    "units": _units,
    "partners": _partners,
    "agreements": _agreements,
    "letters": _letters,
}


def _letter(record_id: int, lang: str | None, paper: str | None = None) -> tuple[bytes, str]:
    from app.services import letters
    from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

    own = letters.get_letter(record_id)["lang"]
    if lang is not None and lang != own:  # a letter is written in one language: it is not translated
        raise ValidationError(
            "lang", QT_TRANSLATE_NOOP("errors", "This document is printed in: {langs}."), langs=own
        )
    return letters.letter_pdf(record_id, paper=paper), f"letter-{record_id}.pdf"


def _partner_summary(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import agreements

    if lang == "both":
        from app.services.errors import ValidationError

        raise ValidationError(
            "lang", "The partner summary is printed in one language: --lang fa or --lang en."
        )
    chosen = lang or "fa"
    return agreements.partner_summary_pdf(record_id, chosen), f"partner-{record_id}-{chosen}.pdf"


DOCUMENTS = {
    "letter": ("an outgoing letter (in its own language; a draft on --paper a4|a5)", _letter),
    "partner-summary": ("a partner institution's one-page activity summary (--lang fa|en)", _partner_summary),
}


def _export_letters(path):  # type: ignore[no-untyped-def]
    from app.documents.xlsx import Sheet, write_xlsx
    from app.services import letters
    from app.services.export_labels import label
    from app.services.paging import every_row

    rows = every_row(letters.list_letters)
    return write_xlsx(
        path,
        [
            Sheet(
                "Letters",
                ["id", "number", "issued on", "language", "recipient", "subject", "status"],
                (
                    [
                        r.id,
                        r.number,
                        r.issued_on,
                        label("language", r.lang),
                        r.recipient,
                        r.subject,
                        label("letter_status", r.status),
                    ]
                    for r in rows
                ),
                widths=(8, 16, 12, 8, 40, 60, 10),
            )
        ],
    )


EXPORTS = {"letters": _export_letters}
