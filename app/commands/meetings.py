"""Meetings on the command line (see app.commands): list, print their documents, export, sample data."""

from __future__ import annotations


def _meetings():  # type: ignore[no-untyped-def]
    from app.common.dates import format_date
    from app.services import meetings

    def line(r) -> str:  # type: ignore[no-untyped-def]
        day = format_date(r.starts_at.date(), "gregorian", "en")
        return f"{r.id}\t{r.number}\t{day}\t{r.title}\t{r.kind_code}\t{r.status}"

    return meetings.list_meetings, line


REGISTERS = {"meetings": _meetings}


def _document(name: str):  # type: ignore[no-untyped-def]
    def render(record_id: int, lang: str | None) -> tuple[bytes, str]:
        from app.services import meetings

        function = getattr(meetings, f"{name}_pdf")
        lang = lang or "fa"
        return function(record_id, lang), f"{name}-{record_id}-{lang}.pdf"

    return render


DOCUMENTS = {
    "agenda": ("a meeting's agenda, with presenters, durations and times", _document("agenda")),
    "minutes": ("a meeting's minutes (a draft until approved)", _document("minutes")),
    "attendance": ("a meeting's attendance sheet with a signature column", _document("attendance")),
    "invitation": ("a meeting's invitation letter (fa or en; a draft until issued)", _document("invitation")),
}


def _export_meetings(path):  # type: ignore[no-untyped-def]
    from app.documents.xlsx import Sheet, write_xlsx
    from app.services import meetings
    from app.services.export_labels import label
    from app.services.paging import every_row

    rows = every_row(meetings.list_meetings)
    return write_xlsx(
        path,
        [
            Sheet(
                "Meetings",
                ["id", "number", "kind", "date", "start", "end", "title", "place", "status"],
                (
                    [
                        r.id,
                        r.number,
                        r.kind_en,
                        r.starts_at.date(),
                        r.starts_at.time(),
                        r.ends_at.time(),
                        r.title,
                        r.location,
                        label("meeting_status", r.status),
                    ]
                    for r in rows
                ),
                widths=(8, 10, 30, 12, 7, 7, 50, 30, 12),
            )
        ],
    )


EXPORTS = {"meetings": _export_meetings}


def _meeting_calendar(record_id: int) -> bytes:
    from app.services import meetings

    return meetings.ics_bytes(record_id, "en")


CALENDARS = {"meeting": _meeting_calendar}
