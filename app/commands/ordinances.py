"""The ordinances register on the command line (see app.commands)."""

from __future__ import annotations


def _day(value):  # type: ignore[no-untyped-def]
    from app.common.dates import format_date

    return format_date(value, "gregorian", "en")


def _ordinances():  # type: ignore[no-untyped-def]
    from app.services import ordinances

    def line(r) -> str:  # type: ignore[no-untyped-def]
        term = f"{_day(r.term_start)}..{_day(r.term_end)}" if r.term_start or r.term_end else ""
        return "\t".join(
            [
                str(r.id),
                r.number or "-",
                _day(r.issued_on),
                f"{r.kind_en}: {r.recipient_en}",
                r.unit_en,
                term,
                r.state,
            ]
        )

    return ordinances.list_ordinances, line


REGISTERS = {"ordinances": _ordinances}


def _ordinance(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import ordinances

    lang = lang or "fa"
    number = ordinances.get_ordinance(record_id)["number"]
    stem = (number or f"draft-{record_id}").replace("/", "-")
    return ordinances.ordinance_pdf(record_id, lang), f"ordinance-{stem}-{lang}.pdf"


def _register(year: int, lang: str | None) -> tuple[bytes, str]:
    from app.services import ordinances

    lang = lang or "fa"
    return ordinances.register_pdf(year, lang), f"ordinances-{year}-{lang}.pdf"


DOCUMENTS = {
    "ordinance": ("an ordinance (--lang fa, en or both; Persian by default)", _ordinance),
    "ordinance-register": (
        "the register of ordinances of a Jalali year (ID is the year, e.g. 1405)",
        _register,
    ),
}


def _export(path):  # type: ignore[no-untyped-def]
    from app.services import ordinances

    return ordinances.export_xlsx(path)


EXPORTS = {"ordinances": _export}
