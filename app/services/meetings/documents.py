"""The meetings' documents from the register: agenda, attendance sheet, minutes, follow-up list, the
invitation letter (an outgoing letter of the letters register) and the .ics calendar file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.money import format_amount
from app.common.text import isolate
from app.services import context, letters, links, settings
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.meetings import _common as common
from app.services.meetings.action_items import ActionRow, actions, follow_ups, list_actions
from app.services.meetings.agenda import agenda_items
from app.services.meetings.attendance import participants, quorum
from app.services.meetings.core import get_meeting, mark_invited_in
from app.services.meetings.kinds import KindRow, list_kinds
from app.services.paging import PageRequest, every_row
from db.models import Letter, Person

if TYPE_CHECKING:
    from app.documents.calendar import CalendarEvent

LANGS = ("fa", "en", "both")
WEEKDAYS = {
    "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _langs(lang: str | None) -> list[str]:
    lang = lang or "fa"
    if lang not in LANGS:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return ["fa", "en"] if lang == "both" else [lang]


def day_text(day: dt.date, lang: str) -> str:
    """ "سه‌شنبه ۱۱ آذر ۱۴۰۵" or "Tuesday 1 December 2026"."""
    calendar = dates.JALALI if lang == "fa" else dates.GREGORIAN
    return f"{WEEKDAYS[lang][day.weekday()]} {dates.format_date(day, calendar, lang, 'long')}"


def _person_name(session: Any, person_id: int | None, lang: str) -> str:
    names = common.names(session.get(Person, person_id) if person_id else None)
    return names[0] if lang == "fa" else names[1]


def header(meeting_id: int, lang: str):  # type: ignore[no-untyped-def]
    from app.documents.meeting_data import MeetingHeader

    m = get_meeting(meeting_id)
    with context.database().reading() as session:
        chair = _person_name(session, m["chair_id"], lang)
        secretary = _person_name(session, m["secretary_id"], lang)
    day = m["starts_at"].date()
    return MeetingHeader(
        lang=lang,
        number=m["number"],
        kind_name=m["kind_fa"] if lang == "fa" else m["kind_en"],
        title=m["title"],
        date_text=day_text(day, lang),
        date_text_alt="" if lang == "fa" else dates.format_date(day, dates.JALALI, "en", "long"),
        start=f"{m['starts_at']:%H:%M}",
        end=f"{m['ends_at']:%H:%M}",
        location=m["location"],
        online_link=m["online_link"],
        mode=m["mode"],
        chair=chair,
        secretary=secretary,
    )


def _action_line(a: ActionRow, lang: str, with_meeting: bool):  # type: ignore[no-untyped-def]
    from app.common.text import digits_for
    from app.documents.meeting_data import ActionLine

    meeting = ""
    if with_meeting:
        meeting = digits_for(a.meeting_number, lang) + "\n" + dates.written(a.meeting_day, lang)
    return ActionLine(a.text, a.owner(lang), dates.written(a.due_on, lang), a.status, a.overdue(), meeting)


def agenda_doc(meeting_id: int, lang: str):  # type: ignore[no-untyped-def]
    from app.documents.meeting_data import AgendaDoc, AgendaLine

    items = [
        AgendaLine(
            i.title,
            i.description,
            i.presenter_fa if lang == "fa" else i.presenter_en,
            i.minutes,
            f"{i.starts_at:%H:%M}",
            f"{i.ends_at:%H:%M}",
        )
        for i in agenda_items(meeting_id)
    ]
    carried = [_action_line(a, lang, True) for a in follow_ups(meeting_id)]
    return AgendaDoc(header(meeting_id, lang), items, carried)


def _role(p: Any, m: dict[str, Any]) -> str:
    """The part a participant plays in this meeting: its chair and secretary are named as such, even when
    they are also standing members of the kind."""
    if p.person_id == m["chair_id"]:
        return "chair"
    if p.person_id == m["secretary_id"]:
        return "secretary"
    return p.role


def attendance_doc(meeting_id: int, lang: str):  # type: ignore[no-untyped-def]
    from app.documents.meeting_data import AttendanceDoc, AttendanceLine

    m = get_meeting(meeting_id)
    people = [
        AttendanceLine(p.name(lang), p.position_title, _role(p, m))
        for p in participants(meeting_id)
        if p.state != "declined"
    ]
    return AttendanceDoc(header(meeting_id, lang), people)


def minutes_doc(meeting_id: int, lang: str):  # type: ignore[no-untyped-def]
    from app.documents.meeting_data import MinutesDoc, MinutesItem, ResolutionLine

    m = get_meeting(meeting_id)
    people = participants(meeting_id)
    voting = [p for p in people if p.role in common.VOTING_ROLES]
    q = quorum(meeting_id)
    items = []
    for item in agenda_items(meeting_id):
        resolutions = [
            ResolutionLine(
                r.text,
                r.outcome,
                (r.votes_for, r.votes_against, r.votes_abstain),
                format_amount(r.amount, "IRR", lang) if r.amount is not None else "",
            )
            for r in item.resolutions
        ]
        items.append(
            MinutesItem(
                item.title,
                item.presenter_fa if lang == "fa" else item.presenter_en,
                item.discussion,
                resolutions,
            )
        )
    return MinutesDoc(
        header=header(meeting_id, lang),
        present=[p.name(lang) for p in voting if p.state == "present"],
        excused=[p.name(lang) for p in people if p.state in ("excused", "declined")],
        absent=[p.name(lang) for p in people if p.state == "absent"],
        guests=[p.name(lang) for p in people if p.role not in common.VOTING_ROLES and p.state == "present"],
        quorum=(q.members, q.present, q.required, q.met),
        notes=m["notes"],
        follow_ups=[_action_line(a, lang, True) for a in follow_ups(meeting_id)],
        items=items,
        actions=[_action_line(a, lang, False) for a in actions(meeting_id)],
        signatures=[(p.name(lang), _role(p, m)) for p in voting if p.state == "present"],
        draft=m["status"] != "approved",
    )


def follow_up_doc(lang: str, kind_id: int | None = None):  # type: ignore[no-untyped-def]
    from app.documents.meeting_data import FollowUpDoc

    rows: list[ActionRow] = every_row(
        lambda request: list_actions(request, kind_id=kind_id), PageRequest(sort="due_on")
    )
    kinds: dict[int, KindRow] = {k.id: k for k in list_kinds(include_archived=True)}
    if kind_id is not None and kind_id in kinds:
        subtitle = kinds[kind_id].name(lang)
    else:
        subtitle = "همه جلسات" if lang == "fa" else "All meetings"
    return FollowUpDoc(
        lang,
        subtitle,
        dates.written(dates.today(), lang),
        [_action_line(a, lang, True) for a in rows],
    )


def _pdf(docs: list) -> bytes:
    from app.documents.meetings import build_meeting_pdf

    return build_meeting_pdf(docs, settings.letterhead())


def agenda_pdf(meeting_id: int, lang: str | None = "fa") -> bytes:
    """The agenda, followed by the annexes of the registers its items are linked to."""
    agenda = _pdf([agenda_doc(meeting_id, one) for one in _langs(lang)])
    linked = {item.linked_table for item in agenda_items(meeting_id) if item.linked_table}
    annexes = [path for table, path in links.AGENDA_ANNEXES.items() if table in linked]
    if not annexes:
        return agenda
    from app.documents.output import join_pdfs

    return join_pdfs([agenda, *(links.load(path)(meeting_id, lang) for path in annexes)])


def attendance_pdf(meeting_id: int, lang: str | None = "fa") -> bytes:
    return _pdf([attendance_doc(meeting_id, one) for one in _langs(lang)])


def minutes_pdf(meeting_id: int, lang: str | None = "fa") -> bytes:
    """The minutes; until they are approved they carry the draft watermark."""
    return _pdf([minutes_doc(meeting_id, one) for one in _langs(lang)])


def follow_up_pdf(lang: str | None = "fa", kind_id: int | None = None) -> bytes:
    """Open action items across meetings (of one kind, or all), soonest due first, overdue ones marked."""
    return _pdf([follow_up_doc(one, kind_id) for one in _langs(lang)])


# ---------------------------------------------------------------- the invitation letter


def invitation_draft(meeting_id: int, lang: str) -> dict[str, Any]:
    """The invitation as a letter of the register (not saved): to the members, with date, time, place
    and the agenda."""
    from app.common.text import digits_for

    if lang not in ("fa", "en"):
        raise ValidationError(
            "lang",
            QT_TRANSLATE_NOOP(
                "errors", "The invitation is a letter in one language; print it in Persian or in English."
            ),
        )
    h = header(meeting_id, lang)
    items = agenda_items(meeting_id)

    def d(text: str) -> str:
        return digits_for(text, lang)

    if lang == "fa":
        place = f" در {h.location}" if h.location else ""
        body = [
            f"احتراماً، بدین‌وسیله از اعضای محترم دعوت می‌شود در {h.kind_name} (جلسه شماره {d(h.number)}) که "
            f"روز {h.date_text} از ساعت {d(h.start)} تا {d(h.end)}{place} برگزار می‌شود، حضور به هم رسانند."
        ]
        if h.online_link:
            body.append(f"پیوند شرکت برخط: {h.online_link}")
        if items:
            body.append("دستور جلسه:")
            body += [f"{d(str(n))}. {isolate(item.title)}" for n, item in enumerate(items, 1)]
        body.append("خواهشمند است در صورت عدم امکان حضور، مراتب را به دبیرخانه جلسه اطلاع فرمایید.")
        recipient, subject = f"اعضای محترم {h.kind_name}", f"دعوت‌نامه {h.kind_name} — {h.title}"
    else:
        place = f" at {h.location}" if h.location else ""
        body = [
            f"You are kindly invited to meeting No. {h.number} of the {h.kind_name}, to be held on "
            f"{h.date_text} from {h.start} to {h.end}{place}."
        ]
        if h.online_link:
            body.append(f"To join online: {h.online_link}")
        if items:
            body.append("Agenda:")
            body += [f"{n}. {isolate(item.title)}" for n, item in enumerate(items, 1)]  # the number leads
        body.append("If you cannot attend, please let the secretariat know.")
        recipient, subject = f"Members of the {h.kind_name}", f"Invitation: {h.kind_name} — {h.title}"
    phrases = letters.STANDARD_PHRASES[lang]
    return {
        "lang": lang,
        "recipient": recipient,
        "subject": subject[:400],
        "body": "\n".join(body),
        "salutation": phrases["salutation"] if lang == "fa" else "Dear colleagues,",
        "closing": phrases["closing"],
        "attachments_text": phrases["attachments_text"],
        "linked_table": "meetings",
        "linked_id": meeting_id,
    }


def invitation_letters(meeting_id: int) -> dict[str, int]:
    """The meeting's invitation letters that are not void, by language: {lang: letter id} (the newest)."""
    with context.database().reading() as session:
        return _invitation_letters_in(session, meeting_id)


def _invitation_letters_in(session: Session, meeting_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Letter.lang, Letter.id)
        .where(
            Letter.linked_table == "meetings",
            Letter.linked_id == meeting_id,
            Letter.status != "void",
            Letter.archived_at.is_(None),
        )
        .order_by(Letter.id)
    )
    return dict(rows.all())


def issue_invitation(meeting_id: int, lang: str, issued_on: dt.date | None = None) -> tuple[int, str]:
    """Write the invitation letter into the outgoing register (numbered, PDF stored) and mark the meeting
    invited. Returns (letter id, letter number)."""
    m = get_meeting(meeting_id)
    if m["status"] not in ("planned", "invited", "postponed") or m["archived"]:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "This step is not possible now for meeting {number}."),
            number=m["number"],
        )
    values = letters.clean_letter(invitation_draft(meeting_id, lang))
    head, fmt = settings.letterhead(), settings.load()["letter_number_format"]  # read before the write lock
    with context.database().writing() as session:  # the letter, its number and the meeting's step: together
        existing = _invitation_letters_in(session, meeting_id).get(lang)
        if existing is not None and session.get(Letter, existing).status == "draft":
            letter_id = letters.save_draft_in(session, values, existing)
        else:
            letter_id = letters.save_draft_in(session, values)
        number = letters.issue_letter_in(session, letter_id, issued_on, head, fmt)
        mark_invited_in(session, meeting_id)
    return letter_id, number


def invitation_pdf(meeting_id: int, lang: str | None = "fa") -> bytes:
    """The issued invitation letter in `lang` as stored; before one is issued, a draft preview."""
    lang = lang or "fa"
    letter_id = invitation_letters(meeting_id).get(lang)
    if letter_id is not None:
        return letters.letter_pdf(letter_id)
    return letters.preview_pdf(invitation_draft(meeting_id, lang))


# ---------------------------------------------------------------- calendar file

_PARTSTAT = {"confirmed": "ACCEPTED", "present": "ACCEPTED", "declined": "DECLINED", "excused": "DECLINED"}


def ics_bytes(meeting_id: int, lang: str = "fa") -> bytes:
    """The meeting as an iCalendar (.ics) event at Tehran time, with the agenda in the description and the
    participants who have an e-mail address as attendees. Its UID stays; its SEQUENCE rises each time the
    file is written after the meeting (or its agenda, place, participants...) changed, in either language."""
    import hashlib

    from app.documents.calendar import content_key
    from app.services import calendar_files

    lang = lang if lang in ("fa", "en") else "fa"
    both = {language: _calendar_event(meeting_id, language) for language in ("fa", "en")}
    key = hashlib.sha256("".join(content_key(e) for e in both.values()).encode()).hexdigest()
    return calendar_files.ics_file("Meetings", [both[lang]], keys=[key])


def _calendar_event(meeting_id: int, lang: str) -> CalendarEvent:
    from app.documents.calendar import Attendee, CalendarEvent

    m = get_meeting(meeting_id)
    h = header(meeting_id, lang)
    lines = [f"{n}. {item.title}" for n, item in enumerate(agenda_items(meeting_id), 1)]
    link = m["online_link"]
    if link:
        lines.append(link)
    attendees: list[Attendee] = []
    with context.database().reading() as session:
        for p in participants(meeting_id):
            person = session.get(Person, p.person_id)
            if person is None or not person.email:
                continue
            role = (
                "CHAIR"
                if p.role == "chair"
                else "OPT-PARTICIPANT"
                if p.role == "guest"
                else "REQ-PARTICIPANT"
            )
            attendees.append(
                Attendee(person.email, p.name(lang), role, _PARTSTAT.get(p.state, "NEEDS-ACTION"))
            )
    return CalendarEvent(
        uid=f"meeting-{meeting_id}-{m['kind_code']}-{m['year']}-{m['sequence']}@ivc-desk",
        starts=m["starts_at"],
        ends=m["ends_at"],
        summary=f"{h.kind_name} {m['number']}: {m['title']}",
        location=m["location"] or "",
        description="\n".join(lines),
        url=(link if "://" in link else f"https://{link}") if link else "",
        status={"cancelled": "CANCELLED", "planned": "TENTATIVE"}.get(m["status"], "CONFIRMED"),
        sequence=1 if m["postponed_from"] else 0,
        attendees=tuple(attendees),
    )
