"""Ordinances as documents: the text filled in, the PDF in either language, the register of a year.

An issued ordinance's PDFs were stored when it was issued: printing it again returns those bytes,
checked against the digest kept with it. A draft is drawn on the fly, marked as a draft.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app import paths
from app.common import dates
from app.common.text import digits_for
from app.services import context, settings, validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.ordinances.templates import fill
from db.models import Ordinance, OrdinanceKind, Unit

if TYPE_CHECKING:
    from app.documents.frame import Letterhead
    from app.documents.ordinances import OrdinanceData

LANGS = ("fa", "en")
NO_NUMBER = {"fa": "........", "en": "........"}  # what a draft's text shows where the number will go
_STATUS = {
    "fa": {
        "draft": "پیش‌نویس",
        "issued": "صادر شده",
        "expired": "پایان مدت",
        "revoked": "لغو شده",
        "superseded": "جایگزین شده",
        "void": "ابطال شماره",
    },
    "en": {
        "draft": "Draft",
        "issued": "Issued",
        "expired": "Expired",
        "revoked": "Revoked",
        "superseded": "Superseded",
        "void": "Void",
    },
}
_HEADERS = {
    "fa": ("شماره", "تاریخ", "نوع حکم", "گیرنده", "واحد", "مدت", "وضعیت"),
    "en": ("Number", "Date", "Kind", "Recipient", "Unit", "Term", "Status"),
}


def pdf_path(name: str) -> Path:
    return paths.documents_dir() / name


def _date(day: dt.date | None, lang: str) -> str:
    if day is None:
        return ""
    return (
        dates.format_date(day, dates.JALALI, "fa")
        if lang == "fa"
        else dates.format_date(day, dates.GREGORIAN, "en", "long")
    )


def _number(number: str | None, lang: str) -> str:
    if not number:
        return NO_NUMBER[lang]
    number = digits_for(number, lang)
    # Inside a Persian sentence "IVC" would leave the end of "۱۴۰۵/۰۰۴۲/IVC" without the embedding.
    return (
        f"\u2066{number}\u2069" if lang == "fa" and any("a" <= c.lower() <= "z" for c in number) else number
    )


def field_values(
    session: Session, values: dict[str, Any], lang: str, number: str | None, issued_on: dt.date | None
) -> dict[str, str]:
    """The template fields of an ordinance (given as a dict of its columns) in `lang`."""

    unit = session.get(Unit, values["unit_id"]) if values.get("unit_id") else None
    previous = session.get(Ordinance, values["previous_id"]) if values.get("previous_id") else None
    other = "en" if lang == "fa" else "fa"
    pick = lambda name: values.get(f"{name}_{lang}") or values.get(f"{name}_{other}") or ""  # noqa: E731
    signatory = pick("signatory_name") or settings.load()[f"signatory_name_{lang}"]
    return {
        "recipient_title": pick("recipient_title"),
        "recipient_name": pick("recipient_name"),
        "position": pick("position"),
        "unit": ((unit.name_fa if lang == "fa" else unit.name_en or unit.name_fa) if unit else ""),
        "term_start": digits_for(_date(values.get("term_start"), lang), lang),
        "term_end": digits_for(_date(values.get("term_end"), lang), lang),
        "date": _date(issued_on or dates.today(), lang),
        "number": _number(number, lang),
        "signatory": signatory,
        "previous_number": _number(previous.number, lang) if previous else "",
        "previous_date": _date(previous.issued_on, lang) if previous else "",
    }


def _columns(ordinance: Ordinance) -> dict[str, Any]:
    return {column.key: getattr(ordinance, column.key) for column in Ordinance.__table__.columns}


def filled_body(session: Session, ordinance: Ordinance, lang: str) -> str:
    values = _columns(ordinance)
    return fill(
        values[f"body_{lang}"], field_values(session, values, lang, ordinance.number, ordinance.issued_on)
    )


def document(
    session: Session, values: dict[str, Any], lang: str, number: str | None, issued_on: dt.date | None
) -> OrdinanceData:
    """The ordinance as the document draws it."""
    from app.documents.ordinances import OrdinanceData

    s = settings.load()
    kind = session.get(OrdinanceKind, values["kind_id"])
    fields = field_values(session, values, lang, number, issued_on)
    day = issued_on or dates.today()
    other = "en" if lang == "fa" else "fa"
    copies = values.get(f"copies_to_{lang}") or values.get(f"copies_to_{other}") or ""
    return OrdinanceData(
        lang=lang,
        number=number or "",
        draft=number is None,
        date_text=_date(day, lang),
        date_text_alt=dates.format_date(day, dates.JALALI, "en", "long") if lang == "en" else None,
        title=(kind.name_fa if lang == "fa" else kind.name_en or kind.name_fa) if kind else "",
        recipient=" ".join(p for p in (fields["recipient_title"], fields["recipient_name"]) if p),
        body=fill(values[f"body_{lang}"], fields),
        signatory_name=fields["signatory"],
        signatory_title=values.get(f"signatory_title_{lang}") or s[f"signatory_title_{lang}"],
        copies_to=[line for line in copies.split("\n") if line.strip()],
    )


def _build(data: OrdinanceData | list[OrdinanceData], head: Letterhead) -> bytes:
    from app.documents.frame import LetterheadError
    from app.documents.ordinances import build_ordinances_pdf

    try:
        return build_ordinances_pdf(data if isinstance(data, list) else [data], head)
    except LetterheadError as exc:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("errors", "The logo cannot be printed ({reason}); choose another in Settings."),
            reason=str(exc),
        ) from exc


def build_pdf(session: Session, ordinance: Ordinance, lang: str, head: Letterhead) -> bytes:
    """The issued ordinance's PDF (its text already frozen with number and date)."""
    return _build(document(session, _columns(ordinance), lang, ordinance.number, ordinance.issued_on), head)


def _lang(lang: str | None) -> str:
    if lang not in LANGS:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return lang


def _being_edited(data: dict[str, Any]) -> dict[str, Any]:
    """An ordinance's fields from its form, checked; the recipient's names as the form has them."""
    from app.services.ordinances.core import clean_ordinance

    values = clean_ordinance(data)
    for name in ("recipient_name_fa", "recipient_name_en"):
        values[name] = data.get(name) if isinstance(data.get(name), str) else ""
    return values


def preview_text(data: dict[str, Any], lang: str) -> str:
    """The filled-in text of an ordinance being edited, as it would be printed (number not yet given)."""
    values = _being_edited(data)
    with context.database().reading() as session:
        return fill(values[f"body_{_lang(lang)}"], field_values(session, values, lang, None, None))


def preview_pdf(data: dict[str, Any], lang: str) -> bytes:
    """The ordinance as it would look, marked as a draft and without a number; nothing is saved."""
    values = _being_edited(data)
    head = settings.letterhead()
    with context.database().reading() as session:
        return _build(document(session, values, _lang(lang), None, None), head)


def ordinance_pdf(ordinance_id: int, lang: str, archive: bool = False) -> bytes:
    """The ordinance's PDF in `lang`: the stored, issued document, or a draft preview.

    `lang` "both" gives the Persian and the English text in one PDF, drawn from the issued record. A void,
    revoked or superseded ordinance is printed with its mark over every page (`ending_mark`); `archive`
    gives the stored bytes as they were issued, unmarked."""
    from app.documents.marks import bilingual

    if lang == "both":
        ordinance_pdf(ordinance_id, "fa")  # the stored documents are there and unaltered
        with context.database().reading() as session:
            ordinance = session.get(Ordinance, ordinance_id)
            number = ordinance.number if ordinance.status != "draft" else None
            data = _build(
                [document(session, _columns(ordinance), code, number, ordinance.issued_on) for code in LANGS],
                settings.letterhead(),
            )
            marks = [None if archive else ending_mark(session, ordinance, code) for code in ("en", "fa")]
        return _marked(data, bilingual(*marks) if marks[0] and marks[1] else None)
    lang = _lang(lang)
    with context.database().reading() as session:
        ordinance = session.get(Ordinance, ordinance_id) if validate.is_record_id(ordinance_id) else None
        if ordinance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        if ordinance.status == "draft":
            return _build(document(session, _columns(ordinance), lang, None, None), settings.letterhead())
        name, digest, number = (
            getattr(ordinance, f"pdf_{lang}"),
            getattr(ordinance, f"pdf_sha256_{lang}"),
            ordinance.number,
        )
        mark = None if archive else ending_mark(session, ordinance, lang)
    try:
        data = pdf_path(name).read_bytes()
    except OSError:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "The stored PDF of ordinance {number} is missing from the data folder."
            ),
            number=number,
        ) from None
    if hashlib.sha256(data).hexdigest() != digest:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "The stored PDF of ordinance {number} has been altered."),
            number=number,
        )
    return _marked(data, mark)


def ending_mark(session: Session, ordinance: Ordinance, lang: str) -> Any:
    """The mark a reprint of an ended ordinance carries, in `lang` (None while it stands): VOID, REVOKED
    with its date and reason, SUPERSEDED BY the number of the ordinance that replaced it."""
    from app.documents.marks import Mark

    fa, reason, ended = lang == "fa", ordinance.end_reason, _date(ordinance.ended_on, lang)
    if ordinance.status == "void":
        return Mark("باطل شده", (f"علت: {reason}",), True) if fa else Mark("VOID", (f"Reason: {reason}",))
    if ordinance.status == "revoked":
        if fa:
            return Mark("لغو شده", (f"از تاریخ {ended}", f"علت: {reason}"), True)
        return Mark("REVOKED", (f"as of {ended}", f"Reason: {reason}"))
    if ordinance.status == "superseded":
        by = session.get(Ordinance, ordinance.ended_by_id) if ordinance.ended_by_id else None
        number = _number(by.number if by is not None else None, lang)
        if fa:
            return Mark("جایگزین شده", (f"با حکم شماره {number}", f"از تاریخ {ended}"), True)
        return Mark(f"SUPERSEDED BY {number}", (f"as of {ended}",))
    return None


def _marked(data: bytes, mark: Any) -> bytes:
    from app.documents.marks import stamped

    return data if mark is None else stamped(data, mark)


# ---------------------------------------------------------------- the register of a year


def _check_year(year: int) -> int:
    from app.services.ordinances.options import MAX_YEAR, MIN_YEAR

    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            "year",
            QT_TRANSLATE_NOOP("errors", "Enter a number from {low} to {high}."),
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    return year


def register_pdf(year: int, lang: str) -> bytes:
    """The register of the year's numbered ordinances (voided ones included) as a PDF ("both": Persian
    then English)."""
    from app.documents.ordinances import RegisterData, RegisterLine, build_register_pdf
    from app.services.ordinances.register import numbered_in

    year = _check_year(year)
    rows = numbered_in(year)
    registers = []
    for code in LANGS if lang == "both" else (_lang(lang),):
        lines = []
        for row in rows:
            term = " – ".join(
                p for p in (_date_short(row.term_start, code), _date_short(row.term_end, code)) if p
            )
            lines.append(
                RegisterLine(
                    row.number or "",
                    _date_short(row.issued_on, code),
                    row.kind(code),
                    row.recipient(code),
                    row.unit(code),
                    term,
                    _STATUS[code][row.state],
                )
            )
        registers.append(
            RegisterData(
                lang=code,
                year=year,
                date_text=_date(dates.today(), code),
                headers=_HEADERS[code],
                lines=lines,
            )
        )
    return build_register_pdf(registers, settings.letterhead())


def _date_short(day: dt.date | None, lang: str) -> str:
    if day is None:
        return ""
    return dates.written(day, lang)


def export_xlsx(target: Path, year: int | None = None) -> int:
    """The register (one year's or all of it) as an .xlsx workbook; returns the rows written."""
    from app.documents.xlsx import Sheet, write_xlsx
    from app.services.ordinances.register import list_ordinances, numbered_in
    from app.services.paging import every_row

    rows = numbered_in(_check_year(year)) if year is not None else every_row(list_ordinances)
    headers = [
        "id",
        "number",
        "issued on (Jalali)",
        "issued on",
        "kind",
        "نوع حکم",
        "recipient",
        "گیرنده",
        "unit",
        "واحد",
        "term start",
        "term end",
        "status",
    ]
    return write_xlsx(
        target,
        [
            Sheet(
                f"Ordinances {year}" if year else "Ordinances",
                headers,
                (
                    [
                        r.id,
                        r.number,
                        dates.format_date(r.issued_on, dates.JALALI, "en") if r.issued_on else None,
                        r.issued_on,
                        r.kind_en,
                        r.kind_fa,
                        r.recipient_en,
                        r.recipient_fa,
                        r.unit_en,
                        r.unit_fa,
                        r.term_start,
                        r.term_end,
                        _STATUS["en"].get(r.state, r.state),
                    ]
                    for r in rows
                ),
                widths=(6, 16, 12, 12, 36, 30, 28, 24, 30, 24, 12, 12, 11),
            )
        ],
    )
