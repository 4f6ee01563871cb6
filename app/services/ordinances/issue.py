"""Issuing, revoking and voiding ordinances.

Issuing takes the next number of the Jalali year from the "ordinances" register inside the same
BEGIN IMMEDIATE transaction that marks the ordinance issued, fills the number and date into its text,
and stores its PDF in both languages: a reprint returns those very bytes. Issued ordinances are never
edited or deleted; a number given by mistake is voided with a reason and stays in the register. Every
numbered ordinance is also written to the journal beside its PDFs (see `journal`), so that restoring a
backup can neither give a number twice nor lose one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.clock import utcnow
from app.services import audit, context, numbering, validate
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.ordinances import journal, options
from app.services.ordinances.core import (
    _FIELDS,
    LANGS,
    OccupiedError,
    _check_refs,
    _editable,
    _get,
    _kind,
    _search_key,
)
from app.services.ordinances.documents import build_pdf, filled_body, pdf_path
from app.services.ordinances.options import REGISTER
from db.models import Ordinance, OrdinanceKind


def _holders(session: Session, ordinance: Ordinance, kind: OrdinanceKind) -> list[Ordinance]:
    """Issued appointments to the same position and unit whose term meets this one's."""
    if kind.effect != "appointment" or not kind.unit_position or ordinance.unit_id is None:
        return []
    return list(
        session.execute(
            select(Ordinance)
            .where(
                Ordinance.kind_id == kind.id,
                Ordinance.unit_id == ordinance.unit_id,
                Ordinance.status == "issued",
                Ordinance.id != ordinance.id,
                or_(Ordinance.term_end.is_(None), Ordinance.term_end >= ordinance.term_start),
                Ordinance.term_start <= ordinance.term_end,
            )
            .order_by(Ordinance.term_start)
        ).scalars()
    )


def _sign(session: Any, ordinance: Ordinance) -> None:
    """The signatory in both languages, kept with the ordinance: the one chosen, else the default (the
    first of Settings › Signatories); an ordinance without one is not issued."""
    from app.services import signatories

    if not any(getattr(ordinance, f"signatory_name_{lang}") for lang in LANGS):
        chosen = signatories.default_signatory(session, LANGS)
        for lang in LANGS:
            setattr(ordinance, f"signatory_name_{lang}", chosen.name(lang))
            setattr(ordinance, f"signatory_title_{lang}", chosen.title(lang))
    for lang in LANGS:
        signatories.require_signatory(
            getattr(ordinance, f"signatory_name_{lang}"),
            getattr(ordinance, f"signatory_title_{lang}"),
            f"signatory_name_{lang}",
        )


def issue_ordinance(
    ordinance_id: int, issued_on: dt.date | None = None, supersede: bool | None = None
) -> str:
    """Give a draft the next number of its year, store its PDFs, mark it issued; returns the number.

    An appointment to a position someone holds raises OccupiedError unless `supersede` says what to do:
    True supersedes the current holder's ordinance, False lets both stand. A renewal supersedes the
    ordinance it renews and a revocation revokes its ordinance, both from the new one's date.
    """
    from app.services import files, settings

    if issued_on is not None:
        validate.date({"issued_on": issued_on}, "issued_on", required=True)
    head = settings.letterhead()
    undo: list[tuple[Any, bytes | None]] = []
    try:
        with context.database().writing() as session:
            # today read once the write lock is held: a number taken after another PC's at midnight is dated
            # after it
            issued_on = issued_on or dates.today()
            if journal.out_of_step(session):
                journal.reconcile(session)
            ordinance = _get(session, ordinance_id)
            _editable(ordinance)
            if ordinance.archived_at is not None:
                raise StateError(
                    QT_TRANSLATE_NOOP("errors", "Restore the ordinance from the archive before issuing it.")
                )
            kind = _kind(session, ordinance.kind_id)
            _check_refs(session, {name: getattr(ordinance, name) for name in _FIELDS}, kind, ordinance.id)
            if ordinance.previous_id is None:
                holders = _holders(session, ordinance, kind)
                if holders and supersede is None:
                    holder = holders[-1]
                    raise OccupiedError(
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} holds this position under ordinance {number} until {until}."
                        ),
                        holder.id,
                        name=holder.recipient_name_en or holder.recipient_name_fa,
                        number=holder.number or "",
                        until=holder.term_end.isoformat() if holder.term_end else "",
                    )
                if holders and supersede:
                    ordinance.previous_id = holders[-1].id
            _sign(session, ordinance)
            year = dates.jalali_year(issued_on)
            fmt = options.fix_year_format(session, year)
            sequence = numbering.take_next(session, REGISTER, year, issued_on)
            number = numbering.format_number(fmt, year, sequence)
            numbering.check_unused(session, number)
            ordinance.status, ordinance.number, ordinance.year, ordinance.sequence = (
                "issued",
                number,
                year,
                sequence,
            )
            ordinance.issued_on, ordinance.issued_at = issued_on, utcnow()
            _freeze(session, ordinance)
            for lang in LANGS:
                pdf = build_pdf(session, ordinance, lang, head)
                name = files.store_issued(f"{journal.FOLDER}/{journal.stem(year, sequence)}-{lang}.pdf", pdf)
                undo.append((pdf_path(name), None))  # a new file of its own: removed if nothing is committed
                setattr(ordinance, f"pdf_{lang}", name)
                setattr(ordinance, f"pdf_sha256_{lang}", hashlib.sha256(pdf).hexdigest())
            ordinance.search_key = _search_key(session, ordinance)
            session.flush()
            audit.record(session, "ordinances", ordinance.id, "issue", {"number": (None, number)})
            undo.append((journal.path(year, sequence), journal.write(session, ordinance)))
            previous = session.get(Ordinance, ordinance.previous_id) if ordinance.previous_id else None
            if (
                previous is not None
                and previous.status == "issued"
                and kind.effect in ("appointment", "revocation")
            ):
                ended = (ordinance.term_start or issued_on) if kind.effect == "appointment" else issued_on
                status = "superseded" if kind.effect == "appointment" else "revoked"
                _end(session, previous, status, ended, ordinance.id, "", undo)
            return number
    except BaseException:
        for target, old in reversed(undo):  # nothing was committed: the files go back to how they were
            journal.put_back(target, old)
        raise


def _freeze(session: Session, ordinance: Ordinance) -> None:
    """Fill the number and date (and every other field) into the text: what was issued is kept as issued."""
    for lang in LANGS:
        setattr(
            ordinance,
            f"body_{lang}",
            filled_body(session, ordinance, lang).replace("{", "{{").replace("}", "}}"),
        )


def _end(
    session: Session, ordinance: Ordinance, status: str, on: dt.date, by: int | None, reason: str, undo: list
) -> None:
    old = ordinance.status
    ordinance.status, ordinance.ended_on, ordinance.ended_by_id, ordinance.end_reason = status, on, by, reason
    audit.record(
        session, "ordinances", ordinance.id, status, {"status": (old, status), "end_reason": ("", reason)}
    )
    undo.append((journal.path(ordinance.year, ordinance.sequence), journal.write(session, ordinance)))


def _change_state(ordinance_id: int, action: Any) -> None:
    undo: list[tuple[Any, bytes | None]] = []
    try:
        with context.database().writing() as session:
            if journal.out_of_step(session):
                journal.reconcile(session)
            action(session, _get(session, ordinance_id), undo)
    except BaseException:
        for target, old in reversed(undo):
            journal.put_back(target, old)
        raise


def revoke_ordinance(ordinance_id: int, reason: str, on: dt.date | None = None) -> None:
    """End an issued ordinance before its term (with the reason); it keeps its number and its PDFs."""
    reason = validate.long_text({"end_reason": reason}, "end_reason", max_len=1000, required=True)
    on = validate.date({"ended_on": on or dates.today()}, "ended_on", required=True)

    def act(session: Session, ordinance: Ordinance, undo: list) -> None:
        if ordinance.status != "issued":
            raise StateError(QT_TRANSLATE_NOOP("errors", "Only an issued ordinance can be revoked."))
        _end(session, ordinance, "revoked", on, None, reason, undo)

    _change_state(ordinance_id, act)


def void_ordinance(ordinance_id: int, reason: str) -> None:
    """Void a number given by mistake: the ordinance stays in the register with its number (never given
    again) and its PDFs; an ordinance it superseded or revoked stands again."""
    reason = validate.long_text({"end_reason": reason}, "end_reason", max_len=1000, required=True)

    def act(session: Session, ordinance: Ordinance, undo: list) -> None:
        if ordinance.status != "issued":
            raise StateError(QT_TRANSLATE_NOOP("errors", "Only an issued ordinance can be voided."))
        _end(session, ordinance, "void", dates.today(), None, reason, undo)
        previous = session.get(Ordinance, ordinance.previous_id) if ordinance.previous_id else None
        if previous is not None and previous.ended_by_id == ordinance.id:
            previous.ended_on, previous.ended_by_id = None, None
            previous.status = "issued"
            audit.record(session, "ordinances", previous.id, "reinstate", {"status": (None, "issued")})
            undo.append((journal.path(previous.year, previous.sequence), journal.write(session, previous)))

    _change_state(ordinance_id, act)


def reconcile_register() -> int:
    """Put back into the register what a restored backup lost (see journal); returns how many."""
    with context.database().reading() as session:
        if not journal.out_of_step(session):
            return 0  # the usual case: nothing to write (and a read-only database is left alone)
    with context.database().writing() as session:
        return journal.reconcile(session) if journal.out_of_step(session) else 0
