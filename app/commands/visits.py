"""Foreign guest visits on the command line (see app.commands): list, print, export, sample data."""

from __future__ import annotations


def _day(value):  # type: ignore[no-untyped-def]
    from app.common.dates import format_date

    return format_date(value, "gregorian", "en")


def _visits():  # type: ignore[no-untyped-def]
    from app.services import visits

    def line(r):  # type: ignore[no-untyped-def]
        days = _day(r.arrival_date), _day(r.departure_date)
        fields = (r.id, r.reference, days[0], r.guests_en, r.country, days[1], r.status)
        return "\t".join(map(str, fields))

    return visits.list_visits, line


REGISTERS = {"visits": _visits}


def _lang(lang: str | None, allowed: tuple[str, ...], default: str) -> str:
    from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

    lang = lang or default
    if lang not in allowed:
        raise ValidationError(
            "lang",
            QT_TRANSLATE_NOOP("errors", "This document is printed in: {langs}."),
            langs=", ".join(allowed),
        )
    return lang


def _itinerary(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import visits

    lang = _lang(lang, ("fa", "en", "both"), "both")
    return visits.itinerary_pdf(record_id, lang), f"itinerary-{record_id}-{lang}.pdf"


def _letter(kind: str, stem: str):  # type: ignore[no-untyped-def]
    def render(record_id: int, lang: str | None) -> tuple[bytes, str]:
        from app.services import visits

        lang = _lang(lang, ("fa", "en"), "fa" if kind == "visa" else "en")
        return visits.letter_pdf(record_id, kind, lang), f"{stem}-{record_id}-{lang}.pdf"

    return render


def _briefing(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import visits

    _lang(lang, ("fa",), "fa")
    return visits.briefing_pdf(record_id), f"briefing-{record_id}.pdf"


def _name_cards(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import visits

    _lang(lang, ("both",), "both")  # each card carries the name in Latin letters and in Persian
    return visits.name_cards_pdf(record_id), f"name-cards-{record_id}.pdf"


def _report(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import visits

    lang = _lang(lang, ("fa", "en"), "fa")
    return visits.report_pdf(record_id, lang), f"visit-report-{record_id}-{lang}.pdf"


DOCUMENTS = {
    "itinerary": ("a visit's programme (--lang fa, en or both side by side; default both)", _itinerary),
    "visa-letter": (
        "a visit's invitation / visa-support letter (the issued one, else a draft)",
        _letter("visa", "visa-letter"),
    ),
    "briefing": ("a visit's host briefing sheet (Persian)", _briefing),
    "name-cards": (
        "name cards of a visit's guests, on A4 sheets to cut (both scripts on each card)",
        _name_cards,
    ),
    "certificate": (
        "certificates of visit and thanks, one per guest (the issued one, else drafts)",
        _letter("certificate", "certificate"),
    ),
    "visit-report": ("a visit's post-visit report (--lang fa or en)", _report),
}


def _export_visits(path):  # type: ignore[no-untyped-def]
    from app.documents.xlsx import Sheet, write_xlsx
    from app.services import visits
    from app.services.export_labels import label
    from app.services.paging import every_row

    rows = every_row(visits.list_visits)
    return write_xlsx(
        path,
        [
            Sheet(
                "Visits",
                [
                    "id",
                    "reference",
                    "guests",
                    "guests (Persian)",
                    "country",
                    "arrival",
                    "departure",
                    "host",
                    "status",
                ],
                (
                    [
                        r.id,
                        r.reference,
                        r.guests_en,
                        r.guests_fa,
                        r.country,
                        r.arrival_date,
                        r.departure_date,
                        r.host_en,
                        label("visit_status", r.status),
                    ]
                    for r in rows
                ),
                widths=(8, 14, 36, 36, 8, 12, 12, 30, 14),
            )
        ],
    )


EXPORTS = {"visits": _export_visits}


def _visit_calendar(record_id: int) -> bytes:
    from app.services import visits

    return visits.itinerary_ics(record_id)


CALENDARS = {"visit": _visit_calendar}
