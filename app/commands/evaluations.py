"""English evaluations for promotion, seasonal schools and exchange programmes on the command line (see
app.commands)."""

from __future__ import annotations


def _evaluations():  # type: ignore[no-untyped-def]
    from app.common.dates import format_date
    from app.services import evaluations
    from app.services.paging import Page

    def fetch(request):  # type: ignore[no-untyped-def]
        rows = sorted(evaluations.list_evaluations(request.search), key=lambda r: r.id)
        return Page(rows[request.offset : request.offset + request.limit], len(rows))

    def line(r) -> str:  # type: ignore[no-untyped-def]
        total = f"{r.total}/{r.out_of}" if r.total is not None else "-"
        return "\t".join(
            [
                str(r.id),
                r.certificate_en or r.certificate_fa or "-",
                format_date(r.day, "gregorian", "en"),
                f"{r.name('en')}: session {r.meeting_number}",
                total,
                r.outcome or "pending",
            ]
        )

    return fetch, line


REGISTERS = {"evaluations": _evaluations}


def _certificate(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.documents.output import join_pdfs
    from app.services import evaluations

    wanted = ["fa", "en"] if lang == "both" else [lang or "fa"]
    parts = [evaluations.certificate_pdf(record_id, one) for one in wanted]
    return (
        parts[0] if len(parts) == 1 else join_pdfs(parts)
    ), f"evaluation-certificate-{record_id}-{lang or 'fa'}"


DOCUMENTS = {
    "evaluation-certificate": (
        "an English evaluation's certificate (ID is the evaluation's; --lang fa, en or both)",
        _certificate,
    ),
}


def _programmes():  # type: ignore[no-untyped-def]
    from app.common.dates import format_date
    from app.services import programmes
    from app.services.paging import Page

    def fetch(request):  # type: ignore[no-untyped-def]
        rows = sorted(programmes.list_programmes(request.search), key=lambda r: r.id)
        return Page(rows[request.offset : request.offset + request.limit], len(rows))

    def line(r) -> str:  # type: ignore[no-untyped-def]
        return "\t".join(
            [
                str(r.id),
                r.kind,
                format_date(r.starts_on, "gregorian", "en"),
                f"{r.title('en')}: {r.partner('en') or '-'}",
                format_date(r.ends_on, "gregorian", "en"),
                f"{r.incoming} in, {r.outgoing} out",
            ]
        )

    return fetch, line


REGISTERS["programmes"] = _programmes


def _attendance(record_id: int, lang: str | None) -> tuple[bytes, str]:
    from app.documents.output import join_pdfs
    from app.services import programmes

    wanted = ["fa", "en"] if lang == "both" else [lang or "fa"]
    parts = [programmes.certificates_pdf(record_id, one) for one in wanted]
    return (parts[0] if len(parts) == 1 else join_pdfs(parts)), f"attendance-{record_id}-{lang or 'fa'}"


DOCUMENTS["attendance-certificates"] = (
    "the certificates of attendance of a seasonal school or exchange programme, one PDF for all "
    "(ID is the programme's; --lang fa, en or both)",
    _attendance,
)
