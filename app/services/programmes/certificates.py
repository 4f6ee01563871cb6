"""The certificates of attendance of a programme's participants, as one PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.common import dates
from app.common.text import isolate
from app.services import settings
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.programmes.common import LANGS
from app.services.programmes.records import ProgrammeRow, get_programme
from app.services.programmes.roster import ParticipantRow, participants

_KIND_WORDS = {
    "seasonal_school": ("مدرسه فصلی", "seasonal school"),
    "exchange": ("برنامه تبادل", "exchange programme"),
}


def _certificate(row: ProgrammeRow, person: ParticipantRow, lang: str, signatory: tuple[str, str]) -> Any:
    from app.documents.programmes import AttendanceData

    kind_fa, kind_en = _KIND_WORDS[row.kind]
    span = (dates.written(row.starts_on, lang), dates.written(row.ends_on, lang))
    # The place is one text in one language, so the certificates name the partner, not the place.
    title, partner = isolate(row.title(lang)), row.partner(lang)
    if lang == "fa":
        where = f" با همکاری {isolate(partner)}" if partner else ""
        body = (
            f"بدین‌وسیله گواهی می‌شود {isolate(person.name('fa'))} در {kind_fa} «{title}»{where} "
            f"که از {span[0]} تا {span[1]} برگزار شد، شرکت کرده است."
        )
        heading = "گواهی شرکت"
    else:
        where = f", held with {isolate(partner)}" if partner else ""
        body = (
            f"This is to certify that {isolate(person.name('en'))} took part in the {kind_en} "
            f"“{title}”{where} from {span[0]} to {span[1]}."
        )
        heading = "Certificate of Attendance"
    return AttendanceData(
        lang=lang,
        date_text=dates.written(row.ends_on, lang),
        title=heading,
        body=body,
        signatory_name=signatory[0],
        signatory_title=signatory[1],
    )


def certificates_pdf(
    programme_id: int, lang: str, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """One PDF with a certificate of attendance for every participant, in `lang`; `progress(done, total)`
    is called after each certificate (the GUI runs this off its thread and shows the count)."""
    from app.documents.programmes import build_attendance_pdf

    if lang not in LANGS:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    row = get_programme(programme_id)
    people = participants(programme_id)
    if not people:
        raise StateError(QT_TRANSLATE_NOOP("errors", "The programme has no participants to certify yet."))
    s = settings.load()
    signatory = (s[f"signatory_name_{lang}"], s[f"signatory_title_{lang}"])
    docs = [_certificate(row, person, lang, signatory) for person in people]
    return build_attendance_pdf(docs, settings.letterhead(), progress)
