"""The decision letter to the applicant, drafted in the letters register when the council decides.

The letter is a draft of the outgoing register linked to the request (linked_table "funding_requests"); the
secretary reads it and issues it (a number, a stored PDF). Printed in the other language, it is the same
letter (number and date) with the text written in that language.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.common import dates
from app.common.countries import country_name
from app.common.money import format_amount
from app.common.text import digits_for, isolate
from app.services import context, letters, settings
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.funding.names import kind_with_article, name
from app.services.funding.requests import TABLE, get_request_in
from db.models import FundingRequest, Letter, Meeting, Person

MeetingInfo = tuple[str, dt.date | None]  # the meeting's number ("7/1405") and its day

COPIES = {
    "fa": ["امور مالی دانشکده", "مدیر گروه آموزشی مربوط"],
    "en": ["Finance office of the faculty", "Head of the applicant's department"],
}


def _day(day: dt.date | None, lang: str) -> str:
    return dates.format_date(day, dates.JALALI if lang == "fa" else dates.GREGORIAN, lang, "long")


def meeting_of(session: Session, meeting_id: int | None) -> MeetingInfo | None:
    """The number and day of the council meeting that took up the request."""
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    if meeting is None:
        return None
    return meeting.number, meeting.starts_at.date()


def applicant_name(session: Session, person_id: int, lang: str) -> str:
    person = session.get(Person, person_id)
    if person is None:
        return ""
    if lang == "fa" and person.last_name_fa:
        return person_name("", person.first_name_fa, person.last_name_fa)
    return person_name(person.title, person.first_name_en, person.last_name_en)


def _recipient(session: Session, request: FundingRequest, lang: str) -> str:
    person = session.get(Person, request.applicant_id)
    title = "دکتر " if lang == "fa" and request.applicant_kind in ("faculty", "resident") else ""
    lines = [title + applicant_name(session, request.applicant_id, lang)]
    lines.append(
        name(request.applicant_kind, lang)
        + (f" ({name(request.academic_rank, lang)})" if request.academic_rank else "")
    )
    unit = person.unit if person is not None else None
    if unit is not None:
        lines.append(unit.name_fa if lang == "fa" else (unit.name_en or unit.name_fa))
    return "\n".join(lines)


# What each kind of request owes after the trip, as the letter words it (conferences: below, in place).
OBLIGATIONS = {
    "sabbatical": (
        "The stipend is paid by the faculty's finance office on presentation of this letter. Within one "
        "month of your return, a final report of the sabbatical, the host institution's certificate and "
        "notice of your return to duty are due; further requests wait for them.",
        "مقرری پس از ارائه این نامه به امور مالی دانشکده پرداخت می‌شود. ارائه گزارش پایانی فرصت مطالعاتی، "
        "گواهی مؤسسه میزبان و اعلام بازگشت به کار حداکثر یک ماه پس از بازگشت الزامی است و درخواست‌های "
        "بعدی منوط به دریافت آن است.",
    ),
    "mission": (
        "The sum is paid by the faculty's finance office on presentation of this letter and the receipts. A "
        "report of the mission is due within one month of its end; further requests wait for it.",
        "این مبلغ پس از ارائه این نامه و مدارک هزینه به امور مالی دانشکده پرداخت می‌شود. ارائه گزارش مأموریت "
        "حداکثر یک ماه پس از پایان آن الزامی است و درخواست‌های بعدی منوط به دریافت آن است.",
    ),
    "student_study": (
        "The sum is paid by the faculty's finance office on presentation of this letter. A report of the "
        "course, endorsed by your supervisor, and the host's certificate are due within one month of your "
        "return; further requests wait for them.",
        "این مبلغ پس از ارائه این نامه به امور مالی دانشکده پرداخت می‌شود. ارائه گزارش دوره با تأیید استاد "
        "راهنما و گواهی مؤسسه میزبان حداکثر یک ماه پس از بازگشت الزامی است و درخواست‌های بعدی منوط به دریافت "
        "آن است.",
    ),
    "travel_plan": (
        "The sum is paid by the faculty's finance office on presentation of this letter and the receipts. A "
        "report of the visit and its results is due within one month of your return; further requests wait "
        "for it.",
        "این مبلغ پس از ارائه این نامه و مدارک هزینه به امور مالی دانشکده پرداخت می‌شود. ارائه گزارش سفر و "
        "دستاوردهای آن حداکثر یک ماه پس از بازگشت الزامی است و درخواست‌های بعدی منوط به دریافت آن است.",
    ),
}


def _council(meeting: MeetingInfo | None, lang: str) -> str:
    if lang == "fa":
        council = "در شورای بورس دانشکده"
        if meeting:
            council = f"در جلسه شماره {digits_for(meeting[0], 'fa')} شورای بورس دانشکده"
            if meeting[1]:
                council += f" مورخ {_day(meeting[1], 'fa')}"
        return council
    council = "the Scholarship Council of the faculty"
    if meeting:
        council = f"the Scholarship Council of the faculty at its meeting no. {meeting[0]}"
        if meeting[1]:
            council += f" of {_day(meeting[1], 'en')}"
    return council


def case_text(request: FundingRequest, meeting: MeetingInfo | None, lang: str) -> tuple[str, str]:
    """Subject and body of the decision on a request of a kind other than conferences."""
    where = ", ".join(isolate(p) for p in (request.city, country_name(request.country, lang)) if p)
    host = isolate(request.host_institution)
    kind = name(request.kind, lang)
    granted = request.approved_irr is not None
    if lang == "fa":
        where = where.replace(", ", "، ")
        months = (
            f" (به مدت {digits_for(str(request.duration_months), 'fa')} ماه)"
            if request.duration_months
            else ""
        )
        subject = f"نتیجه درخواست {kind}: «{request.conference}»"
        opening = (
            f"احتراماً، درخواست جنابعالی برای {kind} با عنوان «{request.conference}» در {host}، {where}، از "
            f"{_day(request.starts_on, 'fa')} تا {_day(request.ends_on, 'fa')}{months}، "
            f"{_council(meeting, 'fa')} مطرح شد."
        )
        if not granted:
            return subject, "\n".join(
                [opening, f"متأسفانه با این درخواست موافقت نشد. دلیل: {request.decision_reason}"]
            )
        decided = f"با پرداخت مبلغ {format_amount(request.approved_irr, 'IRR', 'fa')} موافقت شد"
        if request.approved_irr < request.requested_irr:
            decided += f" (مبلغ درخواستی: {format_amount(request.requested_irr, 'IRR', 'fa')})"
        return subject, "\n".join([opening, decided + ".", OBLIGATIONS[request.kind][1]])
    months = f" ({request.duration_months} months)" if request.duration_months else ""
    subject = f"Decision on your request for {kind_with_article(request.kind)}: {request.conference}"
    opening = (
        f"Your request for {kind_with_article(request.kind)}, “{request.conference}”, at {host}, {where}, "
        f"from {_day(request.starts_on, 'en')} to {_day(request.ends_on, 'en')}{months}, was considered by "
        f"{_council(meeting, 'en')}."
    )
    if not granted:
        return subject, "\n".join(
            [
                opening,
                f"We regret that the Council did not approve the request. Reason: {request.decision_reason}",
            ]
        )
    decided = f"The Council approved a grant of {format_amount(request.approved_irr, 'IRR', 'en')}"
    if request.approved_irr < request.requested_irr:
        decided += f" (you requested {format_amount(request.requested_irr, 'IRR', 'en')})"
    return subject, "\n".join([opening, decided + ".", OBLIGATIONS[request.kind][0]])


def decision_text(
    session: Session, request: FundingRequest, meeting: MeetingInfo | None, lang: str
) -> tuple[str, str]:
    """The letter's subject and body in `lang` for the decision recorded on the request."""
    if request.kind != "conference":
        return case_text(request, meeting, lang)
    where = ", ".join(isolate(p) for p in (request.city, country_name(request.country, lang)) if p)
    if lang == "fa":
        where = where.replace(", ", "، ")
        subject = f"نتیجه درخواست حمایت از شرکت در همایش «{request.conference}»"
        council = _council(meeting, "fa")
        opening = (
            f"احتراماً، درخواست جنابعالی برای حمایت از ارائه مقاله «{request.paper_title}» "
            f"({name(request.presentation_kind, 'fa')}، {name_author(request.author_position, 'fa')}) در "
            f"همایش «{request.conference}» که از {_day(request.starts_on, 'fa')} تا "
            f"{_day(request.ends_on, 'fa')} در {where} برگزار می‌شود، {council} مطرح شد."
        )
        if request.approved_irr is not None:
            decided = f"با پرداخت مبلغ {format_amount(request.approved_irr, 'IRR', 'fa')} موافقت شد"
            if request.approved_irr < request.requested_irr:
                decided += f" (مبلغ درخواستی: {format_amount(request.requested_irr, 'IRR', 'fa')})"
            body = [
                opening,
                decided + ".",
                "این مبلغ پس از ارائه این نامه و مدارک هزینه به امور مالی دانشکده پرداخت می‌شود. ارائه گواهی "
                "حضور و گزارش سفر حداکثر یک ماه پس از بازگشت الزامی است و درخواست‌های بعدی منوط به دریافت آن "
                "است.",
            ]
        else:
            body = [opening, f"متأسفانه با این درخواست موافقت نشد. دلیل: {request.decision_reason}"]
        return subject, "\n".join(body)
    subject = f"Decision on your request for support to attend {request.conference}"
    council = _council(meeting, "en")
    opening = (
        f"Your request for support to present the paper “{request.paper_title}” "
        f"({name(request.presentation_kind, 'en').lower()}, {name_author(request.author_position, 'en')}) at "
        f"{request.conference}, held in {where} from {_day(request.starts_on, 'en')} to "
        f"{_day(request.ends_on, 'en')}, was considered by {council}."
    )
    if request.approved_irr is not None:
        decided = f"The Council approved a grant of {format_amount(request.approved_irr, 'IRR', 'en')}"
        if request.approved_irr < request.requested_irr:
            decided += f" (you requested {format_amount(request.requested_irr, 'IRR', 'en')})"
        body = [
            opening,
            decided + ".",
            "The grant is paid by the faculty's finance office on presentation of this letter and the "
            "receipts. An attendance certificate and a trip report are due within one month of your return; "
            "further requests wait for them.",
        ]
    else:
        body = [
            opening,
            f"We regret that the Council did not approve the request. Reason: {request.decision_reason}",
        ]
    return subject, "\n".join(body)


def name_author(position: int, lang: str) -> str:
    from app.services.funding.names import author_position

    return author_position(position, lang)


def _salutation(session: Session, request: FundingRequest, lang: str) -> str:
    person = session.get(Person, request.applicant_id)
    if lang == "fa" or person is None or not person.last_name_en:
        return letters.STANDARD_PHRASES[lang]["salutation"]
    title = person.title or ("Dr." if request.applicant_kind == "faculty" else "")
    return f"Dear {title} {person.last_name_en},".replace("  ", " ")


def letter_values(session: Session, request: FundingRequest, meeting: MeetingInfo | None, lang: str) -> dict:
    subject, body = decision_text(session, request, meeting, lang)
    return {
        "lang": lang,
        "recipient_person_id": request.applicant_id,
        "recipient": _recipient(session, request, lang),
        "subject": subject,
        "body": body,
        **letters.STANDARD_PHRASES[lang],
        "salutation": _salutation(session, request, lang),
        "copies_to": "\n".join(COPIES[lang]) if request.approved_irr is not None else "",
        "linked_table": TABLE,
        "linked_id": request.id,
    }


def draft_decision_letter(
    session: Session, request: FundingRequest, meeting: MeetingInfo | None, lang: str
) -> int:
    """Inside the caller's transaction: a draft letter in the register for the decision just recorded."""
    values = letters.clean_letter(
        letter_values(session, request, meeting or meeting_of(session, request.meeting_id), lang)
    )
    request.decision_letter_id = letters.save_draft_in(session, values)
    return request.decision_letter_id


def decision_letter_pdf(request_id: int, lang: str | None = None) -> bytes:
    """The decision letter: the register's letter itself in its own language (the stored PDF once issued),
    in the other language the same letter (number, date) written in that language; "both" gives the two."""
    from app.documents.letters import build_letters_pdf

    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        if request.decision_letter_id is None:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "No decision letter has been drafted for this request yet.")
            )
        letter = session.get(Letter, request.decision_letter_id)
        own = letter.lang
        wanted = [own] if lang in (None, own) else (["fa", "en"] if lang == "both" else [lang])
        if wanted == [own]:
            return letters.letter_pdf(letter.id)
        meeting = meeting_of(session, request.meeting_id)
        documents = []
        for language in wanted:
            values = {
                **letter_values(session, request, meeting, language),
                "signatory_name": "",
                "signatory_title": "",
                "paper": letter.paper,  # the other language's letter on the same paper
            }
            if language == own:
                values.update(
                    {
                        k: getattr(letter, k)
                        for k in (
                            "recipient",
                            "subject",
                            "body",
                            "salutation",
                            "closing",
                            "attachments_text",
                            "copies_to",
                        )
                    }
                )
            documents.append(letters._document(values, letter.number, letter.issued_on))  # noqa: SLF001 - the register's own layout
    return build_letters_pdf(documents, settings.letterhead())
