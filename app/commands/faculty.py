"""International adjunct faculty on the command line (see app.commands)."""

from __future__ import annotations


def _day(value):  # type: ignore[no-untyped-def]
    from app.common.dates import format_date

    return format_date(value, "gregorian", "en")


def _adjuncts():  # type: ignore[no-untyped-def]
    from app.services import adjuncts
    from app.services.paging import Page

    def fetch(request):  # type: ignore[no-untyped-def]
        rows = sorted(adjuncts.list_adjuncts(request.search), key=lambda r: r.id)
        return Page(rows[request.offset : request.offset + request.limit], len(rows))

    def line(r) -> str:  # type: ignore[no-untyped-def]
        term = f"{_day(r.term_start)}..{_day(r.term_end)}" if r.term_start or r.term_end else ""
        return "\t".join(
            [
                str(r.id),
                r.ordinance_number or "-",
                _day(r.term_end) if r.term_end else "",
                f"{r.name('en')}: {r.partner('en') or '-'}",
                r.unit("en"),
                term,
                r.state,
            ]
        )

    return fetch, line


REGISTERS = {"adjuncts": _adjuncts}


def _appointment(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.commands.ordinances import DOCUMENTS as ORDINANCE_DOCUMENTS
    from app.services import adjuncts
    from app.services.errors import QT_TRANSLATE_NOOP, StateError

    ordinance_id = adjuncts.get_candidate(record_id)["ordinance_id"]
    if ordinance_id is None:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "The committee has not approved this candidate; there is no ordinance."
            )
        )
    return ORDINANCE_DOCUMENTS["ordinance"][1](ordinance_id, lang)


DOCUMENTS = {
    "appointment": (
        "an adjunct candidate's appointment ordinance (ID is the candidate's; --lang fa, en or both)",
        _appointment,
    ),
}
