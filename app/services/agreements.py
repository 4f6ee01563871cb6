"""Agreements (MoUs) that show their life: what was done under each, when last, whether it is dormant, and the
review before it expires (renew, renegotiate, let lapse).

The activity is the same Today counts (app.services.today.last_activity and its dormant period): visits of the
partner, of its people or under the agreement; meetings whose agenda items link to the agreement; letters to
the partner's people; support requests (a sabbatical, a mission, a study stay) hosted by the partner, once
granted. A conference's organiser is kept as text only, so a conference request is not a partner's activity.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.common import clock
from app.services import audit, context, letters, validate
from app.services.agreement_life import (  # noqa: F401 (also re-exported here, the old path)
    FUNDING_LINKED,
    Activity,
    AgreementLife,
    Review,
    _letters,
    _meetings,
    _order,
    _visits,
    agreement_life,
)
from app.services.directory.core import _get, person_name
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.funding.names import name as funding_name
from db.models import (
    Agreement,
    AgreementReview,
    Institution,
    Person,
)
from db.models.directory import REVIEW_DECISIONS

# ---------------------------------------------------------------- review before expiry


def _contact(session: Session, institution_id: int) -> Person | None:
    """The partner's person a renewal letter goes to: the first of its people on file."""
    return session.execute(
        select(Person)
        .where(Person.institution_id == institution_id, Person.archived_at.is_(None))
        .order_by(Person.id)
        .limit(1)
    ).scalar_one_or_none()


def _renewal_letter(
    agreement: Agreement, partner: Institution, contact: Person | None, new_id: int, lang: str
) -> dict[str, Any]:
    if lang == "fa":
        name = (
            person_name(
                contact.title,
                contact.first_name_fa or contact.first_name_en,
                contact.last_name_fa or contact.last_name_en,
            )
            if contact
            else ""
        )
        recipient = "\n".join(x for x in (name, partner.name_fa or partner.name_en) if x)
        subject = f"تمدید تفاهم‌نامه «{agreement.title}»"
        body = (
            f"با سلام و احترام، تفاهم‌نامه «{agreement.title}» میان این دانشکده و "
            f"{partner.name_fa or partner.name_en} "
            "رو به پایان است. این دفتر آمادگی خود را برای تمدید آن اعلام می‌کند و پیش‌نویس تفاهم‌نامه جدید "
            "را برای بررسی آن نهاد محترم می‌فرستد."
        )
        salutation, closing = "", "با احترام"
    else:
        name = person_name(contact.title, contact.first_name_en, contact.last_name_en) if contact else ""
        recipient = "\n".join(x for x in (name, partner.name_en) if x)
        subject = f"Renewal of the agreement \u201c{agreement.title}\u201d"
        body = (
            f"The agreement \u201c{agreement.title}\u201d between our faculty and {partner.name_en} is "
            "coming to its end. Our office would be glad to renew it and sends the draft of the new "
            "agreement for your review."
        )
        salutation, closing = (f"Dear {name}," if name else "Dear colleagues,"), "Sincerely,"
    return letters.clean_letter(
        {
            "lang": lang,
            "recipient_person_id": contact.id if contact else None,
            "recipient": recipient,
            "subject": subject,
            "salutation": salutation,
            "body": body,
            "closing": closing,
            "linked_table": "agreements",
            "linked_id": new_id,
        }
    )


def clean_review(data: dict[str, Any]) -> dict[str, Any]:
    values = {
        "decision": validate.choice(data, "decision", REVIEW_DECISIONS),
        "note": validate.long_text(data, "note", max_len=5000),
        "valid_until": validate.date(data, "valid_until"),
        "lang": validate.choice(data, "lang", ("fa", "en"), required=False) or "fa",
    }
    if values["decision"] == "renew" and values["valid_until"] is None:
        raise ValidationError(
            "valid_until", QT_TRANSLATE_NOOP("errors", "Give the date the renewed agreement runs until.")
        )
    if values["decision"] == "lapse" and not values["note"]:
        raise ValidationError(
            "note", QT_TRANSLATE_NOOP("errors", "Say in the note why the agreement is let lapse.")
        )
    return values


def review_agreement(agreement_id: int, data: dict[str, Any]) -> Review:
    """Record a review's decision with its note. "renew" drafts the new agreement (linked to this one by
    previous_id) and a draft letter to the partner in the letters register, all in one transaction."""
    values = clean_review(data)
    on = clock.today()
    with context.database().writing() as session:
        agreement = _get(session, Agreement, agreement_id)
        if agreement.archived_at is not None:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "An archived agreement cannot be reviewed; restore it first.")
            )
        if agreement.status not in ("active", "expired"):
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Only an agreement in force or expired can be reviewed.")
            )
        if (
            values["decision"] == "renew"
            and agreement.valid_until
            and values["valid_until"] <= agreement.valid_until
        ):
            raise ValidationError(
                "valid_until",
                QT_TRANSLATE_NOOP("errors", "The renewed agreement must run beyond the current one."),
            )
        renewed = session.execute(
            select(Agreement.id).where(Agreement.previous_id == agreement.id, Agreement.archived_at.is_(None))
        ).first()
        if values["decision"] == "renew" and renewed is not None:
            raise StateError(QT_TRANSLATE_NOOP("errors", "This agreement has already been renewed."))
        partner = session.get(Institution, agreement.institution_id)
        new_id = letter_id = None
        if values["decision"] == "renew":
            new = Agreement(
                institution_id=agreement.institution_id,
                title=agreement.title,
                signed_on=None,
                valid_until=values["valid_until"],
                scope=agreement.scope,
                status="draft",
                search_key=agreement.search_key,
                previous_id=agreement.id,
            )
            session.add(new)
            session.flush()
            new_id = new.id
            audit.record(
                session,
                "agreements",
                new.id,
                "create",
                {
                    "previous_id": (None, agreement.id),
                    "valid_until": (None, str(values["valid_until"])),
                    "status": (None, "draft"),
                },
            )
            letter_id = letters.save_draft_in(
                session,
                _renewal_letter(agreement, partner, _contact(session, partner.id), new.id, values["lang"]),
            )
        review = AgreementReview(
            agreement_id=agreement.id,
            decision=values["decision"],
            note=values["note"],
            decided_on=on,
            new_agreement_id=new_id,
            letter_id=letter_id,
        )
        session.add(review)
        session.flush()
        audit.record(
            session,
            "agreements",
            agreement.id,
            "review",
            {
                "decision": (None, values["decision"]),
                "note": (None, values["note"]),
                "new_agreement_id": (None, new_id),
                "letter_id": (None, letter_id),
            },
        )
        return Review(review.id, review.decision, review.note, review.decided_on, new_id, letter_id)


# ---------------------------------------------------------------- the partner's one-page activity summary

_WORDS = {
    "title": ("Activity summary of a partner institution", "خلاصهٔ فعالیت‌های نهاد طرف تفاهم"),
    "date": ("Date:", "تاریخ:"),
    "partner": ("Partner", "نهاد طرف تفاهم"),
    "country": ("Country", "کشور"),
    "city": ("City", "شهر"),
    "website": ("Website", "وبگاه"),
    "people": ("People on file", "افراد ثبت‌شده"),
    "last": ("Last activity", "آخرین فعالیت"),
    "none": ("none on record", "ثبت نشده"),
    "agreements": ("Agreements", "تفاهم‌نامه‌ها"),
    "no_agreements": ("No agreement on file.", "تفاهم‌نامه‌ای ثبت نشده است."),
    "agreement": ("Agreement", "تفاهم‌نامه"),
    "signed": ("Signed", "تاریخ امضا"),
    "until": ("Valid until", "معتبر تا"),
    "status": ("Status", "وضعیت"),
    "dormant": ("dormant", "راکد"),
    "activity": ("Latest activity", "آخرین فعالیت‌ها"),
    "no_activity": ("No activity on record.", "فعالیتی ثبت نشده است."),
    "day": ("Date", "تاریخ"),
    "kind": ("Kind", "نوع"),
    "record": ("Record", "سابقه"),
    "visits": ("Visit", "دیدار"),
    "meetings": ("Meeting", "جلسه"),
    "letters": ("Letter", "نامه"),
    "more": ("{count} older entries are not shown.", "{count} مورد قدیمی‌تر نشان داده نشده است."),
    "funding": ("Request", "درخواست"),
    # statuses of agreements, visits, meetings and letters
    "draft": ("Draft", "پیش‌نویس"),
    "active": ("Active", "معتبر"),
    "expired": ("Expired", "پایان‌یافته"),
    "terminated": ("Terminated", "فسخ‌شده"),
    "proposed": ("Proposed", "پیشنهادی"),
    "approved": ("Approved", "تصویب‌شده"),
    "invited": ("Invited", "دعوت‌شده"),
    "confirmed": ("Confirmed", "قطعی"),
    "in_progress": ("In progress", "در جریان"),
    "completed": ("Completed", "انجام‌شده"),
    "report_filed": ("Report filed", "گزارش ثبت‌شده"),
    "cancelled": ("Cancelled", "لغوشده"),
    "planned": ("Planned", "برنامه‌ریزی‌شده"),
    "held": ("Held", "برگزارشده"),
    "postponed": ("Postponed", "به تعویق افتاده"),
    "issued": ("Issued", "صادرشده"),
}


def _word(key: str, lang: str) -> str:
    en, fa = _WORDS.get(key, (key, key))
    return fa if lang == "fa" else en


def partner_summary(institution_id: int, lang: str, on: dt.date | None = None):  # type: ignore[no-untyped-def]
    """The partner's one-page summary as plain data for app.documents.partner_summary, in `lang`."""
    from app.common import dates
    from app.common.countries import country_name
    from app.common.text import digits_for
    from app.documents.partner_summary import PartnerSummary, SummaryTable

    if lang not in ("fa", "en"):
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    on = on or clock.today()

    def day(value: dt.date | None) -> str:
        return dates.written(value, lang) if value else ""

    with context.database().reading() as session:
        partner = _get(session, Institution, institution_id)
        ids = list(
            session.scalars(
                select(Agreement.id)
                .where(Agreement.institution_id == partner.id, Agreement.archived_at.is_(None))
                .order_by(Agreement.id)
            )
        )
        people = session.scalar(
            select(func.count(Person.id)).where(
                Person.institution_id == partner.id, Person.archived_at.is_(None)
            )
        )
    lives = [agreement_life(i, on) for i in ids]
    name = (partner.name_fa or partner.name_en) if lang == "fa" else partner.name_en
    last = max((life.last_activity for life in lives if life.last_activity), default=None)
    facts = [
        (_word("partner", lang), name),
        (_word("country", lang), country_name(partner.country, lang)),
        (_word("city", lang), partner.city),
        (_word("website", lang), partner.website),
        (_word("people", lang), digits_for(str(people or 0), lang)),
        (_word("last", lang), day(last) or _word("none", lang)),
    ]
    agreement_rows = [
        [
            life.title,
            day(life.signed_on),
            day(life.valid_until),
            _word(life.status, lang) + (f" ({_word('dormant', lang)})" if life.dormant else ""),
            day(life.last_activity) or _word("none", lang),
        ]
        for life in lives
    ]
    seen: dict[tuple[str, int], Activity] = {}
    for life in lives:
        for entry in life.activity:
            seen.setdefault((entry.table, entry.record_id), entry)
    entries = sorted(seen.values(), key=_order, reverse=True)
    activity_rows = [
        [
            day(e.day),
            _word(e.table, lang),
            " — ".join(
                x
                for x in (
                    e.reference
                    if any(c.isascii() and c.isalpha() for c in e.reference)
                    else digits_for(e.reference, lang),
                    e.title(lang),
                )
                if x
            ),
            funding_name(e.status, lang) if e.table == "funding" else _word(e.status, lang),
        ]
        for e in entries
    ]
    return PartnerSummary(
        lang=lang,
        title=_word("title", lang),
        date_label=_word("date", lang),
        date_text=day(on),
        facts=[(label, value) for label, value in facts if value],
        agreements=SummaryTable(
            _word("agreements", lang),
            [_word(k, lang) for k in ("agreement", "signed", "until", "status", "last")],
            (3, 1.3, 1.3, 1.5, 1.3),
            agreement_rows,
            _word("no_agreements", lang),
        ),
        activity=SummaryTable(
            _word("activity", lang),
            [_word(k, lang) for k in ("day", "kind", "record", "status")],
            (1.2, 1, 4.5, 1.3),
            activity_rows,
            _word("no_activity", lang),
        ),
        notes=[],
        more_text=_word("more", lang),
    )


def partner_summary_pdf(institution_id: int, lang: str, on: dt.date | None = None) -> bytes:
    """The partner's one-page activity summary as a PDF on the letterhead."""
    from app.documents.frame import LetterheadError
    from app.documents.partner_summary import build_partner_summary_pdf
    from app.services import settings

    data = partner_summary(institution_id, lang, on)
    try:
        return build_partner_summary_pdf(data, settings.letterhead())
    except LetterheadError as exc:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("errors", "The logo cannot be printed ({reason}); choose another in Settings."),
            reason=str(exc),
        ) from exc
