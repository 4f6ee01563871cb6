"""A meeting's status steps: invited, held, minutes approved and reopened, cancelled; and the archive. Each
step is allowed only from the statuses it follows (postponing, which changes the time, is in core)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.clock import utcnow
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.meetings import _common as common
from db.models import Meeting, MeetingParticipant

# Which statuses each step may start from.
_FROM = {
    "invited": ("planned", "postponed", "invited"),
    "held": ("planned", "invited", "postponed"),
    "approved": ("held",),
    "cancelled": ("planned", "invited", "postponed"),
    "postponed": ("planned", "invited", "postponed"),
}


def _step(session: Session, meeting_id: int, target: str) -> Meeting:
    m = common.meeting(session, meeting_id)
    if m.archived_at is not None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Restore the meeting from the archive before changing it.")
        )
    if m.status not in _FROM[target]:
        common.editable(m)
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "This step is not possible now for meeting {number}."),
            number=m.number,
        )
    return m


def _set_status(session: Session, m: Meeting, status: str, action: str, extra: dict | None = None) -> None:
    changes = {"status": (m.status, status), **(extra or {})}
    m.status = status
    audit.record(session, "meetings", m.id, action, changes)


def mark_invited(meeting_id: int) -> None:
    """The invitations went out."""
    with context.database().writing() as session:
        mark_invited_in(session, meeting_id)


def mark_invited_in(session: Session, meeting_id: int) -> None:
    """mark_invited inside the caller's transaction."""
    m = _step(session, meeting_id, "invited")
    if m.status != "invited":
        _set_status(session, m, "invited", "invite")


def mark_held(meeting_id: int) -> None:
    """The meeting took place: attendance and minutes are recorded from now on."""
    with context.database().writing() as session:
        m = _step(session, meeting_id, "held")
        m.held_at = utcnow()
        _set_status(session, m, "held", "hold")


def approve_minutes(meeting_id: int) -> None:
    """Approve the minutes: from now on the meeting is locked (reopen_minutes undoes it, on the record)."""
    with context.database().writing() as session:
        m = _step(session, meeting_id, "approved")
        missing = session.execute(
            select(MeetingParticipant.id).where(
                MeetingParticipant.meeting_id == m.id, MeetingParticipant.state.in_(("invited", "confirmed"))
            )
        ).first()
        if missing is not None:
            raise ValidationError(
                "participants",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Record every participant as present, excused or absent before approving the minutes.",
                ),
            )
        m.approved_at = utcnow()
        _set_status(session, m, "approved", "approve")


def reopen_minutes(meeting_id: int, reason: str) -> None:
    """Unlock approved minutes to correct them; the reason is kept in the audit log."""
    reason = validate.long_text({"reason": reason}, "reason", max_len=1000, required=True)
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        if m.status != "approved":
            raise StateError(QT_TRANSLATE_NOOP("errors", "Only approved minutes can be reopened."))
        m.approved_at = None
        _set_status(session, m, "held", "reopen", {"reason": ("", reason)})


def cancel_meeting(meeting_id: int, reason: str) -> None:
    """Cancel a meeting that has not been held; it keeps its number."""
    reason = validate.long_text({"reason": reason}, "reason", max_len=1000, required=True)
    with context.database().writing() as session:
        m = _step(session, meeting_id, "cancelled")
        m.status_note = reason
        _set_status(session, m, "cancelled", "cancel", {"reason": ("", reason)})


def set_archived(meeting_id: int, archived: bool) -> None:
    """Move a meeting to the archive or back; meetings with approved minutes stay in the register."""
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        if archived and m.status in ("held", "approved"):
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A meeting that was held stays in the register; only planned or cancelled ones can be "
                    "archived.",
                )
            )
        if (m.archived_at is not None) != archived:
            m.archived_at = utcnow() if archived else None
            audit.record(session, "meetings", m.id, "archive" if archived else "restore")
