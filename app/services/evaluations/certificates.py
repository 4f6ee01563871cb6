"""The certificate of an English evaluation: its texts in each language, its plain data for the PDF, and
its issue as a numbered letter of the outgoing register."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.common import dates
from app.common.text import isolate, to_persian_digits
from app.services import audit, context, letters, settings
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.evaluations.common import LANGS, TABLE, _get, _live_letters
from app.services.evaluations.views import EvaluationView, _row, get_evaluation, outcome_word

_RANKS = {
    "instructor": ("مربی", "Instructor"),
    "assistant_professor": ("استادیار", "Assistant Professor"),
    "associate_professor": ("دانشیار", "Associate Professor"),
    "professor": ("استاد", "Professor"),
}


def _texts(view: EvaluationView, lang: str) -> dict[str, str]:
    """The certificate's title, paragraph, outcome line and the letter's subject, in `lang`."""
    name, day = isolate(view.name(lang)), dates.written(view.day, lang)
    rank_fa, rank_en = _RANKS.get(view.rank, ("", ""))
    if lang == "fa":
        who = "، ".join(p for p in (name, rank_fa and f"{rank_fa} {view.unit_fa}".strip()) if p)
        title = "گواهی ارزیابی زبان انگلیسی" if view.outcome == "passed" else "نتیجه ارزیابی زبان انگلیسی"
        body = (
            f"بدین‌وسیله گواهی می‌شود {who}، در جلسه ارزیابی زبان انگلیسی برای ارتقای اعضای هیئت علمی "
            f"(جلسه شماره {isolate(to_persian_digits(view.meeting_number))} مورخ {day}) "
            "توسط هیئت ارزیاب ارزیابی شد و نتیجه آن به شرح زیر است."
        )
        outcome = f"نتیجه: {outcome_word(view.outcome, 'fa')}"
        subject = f"{title} — {view.name('fa')}"
    else:
        unit = f", {view.unit_en}" if view.unit_en else ""
        who = f"{name}{f', {rank_en}' if rank_en else ''}{unit}"
        title = (
            "Certificate of English Language Evaluation"
            if view.outcome == "passed"
            else "Result of the English Language Evaluation"
        )
        body = (
            f"This is to certify that {who}, was evaluated by the panel at the English language evaluation "
            f"session for the promotion of faculty members (session No. {view.meeting_number}, held on "
            f"{day}), with the result below."
        )
        outcome = f"Result: {outcome_word(view.outcome, 'en')}"
        subject = f"{title} — {view.name('en')}"
    return {"title": title, "body": body, "outcome": outcome, "subject": subject[:400]}


def certificate_data(
    view: EvaluationView, lang: str, number: str, issued_on: dt.date, signatory: tuple[str, str]
) -> Any:
    """The certificate as plain data for app.documents.evaluations (number "" on a draft)."""
    from app.documents.evaluations import CertificateData, ScoreLine

    texts = _texts(view, lang)
    return CertificateData(
        lang=lang,
        number=number,
        date_text=dates.written(issued_on, lang),
        date_text_alt=dates.format_date(issued_on, dates.JALALI, "en", "long") if lang == "en" else None,
        title=texts["title"],
        body=texts["body"],
        scores=[ScoreLine(criterion=s.name(lang), score=s.score, max_score=s.max_score) for s in view.scores],
        outcome=texts["outcome"],
        panel=[(fa or en) if lang == "fa" else (en or fa) for _id, fa, en in view.panel],
        note=view.note,
        signatory_name=signatory[0],
        signatory_title=signatory[1],
        draft=not number,
    )


def _letter_values(view: EvaluationView, lang: str) -> dict[str, Any]:
    """The register's letter of the certificate: to the candidate, its text searchable in the register."""
    texts = _texts(view, lang)
    lines = [texts["body"]]
    lines += [
        f"{s.name(lang)}: {s.score if s.score is not None else '—'} / {s.max_score}" for s in view.scores
    ]
    lines.append(texts["outcome"])
    phrases = letters.STANDARD_PHRASES[lang]
    return {
        "lang": lang,
        "recipient_person_id": view.person_id,
        "recipient": view.name(lang),
        "subject": texts["subject"],
        "body": "\n".join(lines),
        **phrases,
        "linked_table": "people",
        "linked_id": view.person_id,
    }


def _check_lang(lang: object) -> str:
    if lang not in LANGS:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return str(lang)


def _ready(view: EvaluationView) -> None:
    if view.outcome not in ("passed", "failed"):
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "Record the outcome (passed or failed) before issuing the certificate."
            )
        )


def issue_certificate(evaluation_id: int, lang: str, issued_on: dt.date | None = None) -> tuple[int, str]:
    """Issue the certificate in `lang` as a letter of the outgoing register (the next number; the stored
    PDF is the certificate) and file it on the evaluation, in one transaction. Returns (letter id, number).
    One certificate per language: a second is refused unless the first was voided."""
    lang = _check_lang(lang)
    head, fmt = settings.letterhead(), settings.load()["letter_number_format"]  # read before the write lock
    with context.database().writing() as session:
        ev = _get(session, evaluation_id)
        view = _row(session, ev, view=True)
        assert isinstance(view, EvaluationView)
        _ready(view)
        existing = _live_letters(session, ev).get(lang)
        if existing is not None:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "The certificate in this language is already issued as letter {number}."
                ),
                number=existing.number or "",
            )

        def document(values: dict[str, Any], number: str, day: dt.date, letterhead: Any) -> bytes:
            from app.documents.evaluations import build_certificate_pdf

            signatory = (values["signatory_name"], values["signatory_title"])
            return build_certificate_pdf(certificate_data(view, lang, number, day, signatory), letterhead)

        letter_id = letters.save_draft_in(session, letters.clean_letter(_letter_values(view, lang)))
        number = letters.issue_letter_in(session, letter_id, issued_on, head, fmt, document)
        setattr(ev, f"letter_{lang}_id", letter_id)
        audit.record(session, TABLE, ev.id, "certificate", {f"letter_{lang}_id": (None, letter_id)})
        return letter_id, number


def certificate_pdf(evaluation_id: int, lang: str) -> bytes:
    """The issued certificate in `lang` as stored (marked VOID when voided and not reissued), or, before
    one is issued, a draft preview without a number."""
    lang = _check_lang(lang)
    view = get_evaluation(evaluation_id)
    letter_id = view.letter_fa_id if lang == "fa" else view.letter_en_id
    if letter_id is not None:
        return letters.letter_pdf(letter_id)
    _ready(view)
    from app.documents.evaluations import build_certificate_pdf

    s = settings.load()
    signatory = (s[f"signatory_name_{lang}"], s[f"signatory_title_{lang}"])
    return build_certificate_pdf(
        certificate_data(view, lang, "", dates.today(), signatory), settings.letterhead()
    )
