"""English evaluations for promotion: candidates of a session, scores per criterion, the outcome, and the
certificate through the letters register (numbered, never reused), with each refusal in words."""

import datetime as dt
import subprocess

import jdatetime
import pytest
from sqlalchemy import select

from app.services import context, evaluations, letters, meetings
from app.services.errors import FieldErrors, StateError, ValidationError
from db.models import AuditEntry
from tests.services import evaluation_helpers as eh


@pytest.fixture
def ids(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 12, 16, 21, 45))  # late in the evening
    values = eh.setting_up()
    values["session"] = eh.session(values)
    return values


def _fields(error: ValidationError) -> list[str]:
    return [e.field for e in getattr(error, "errors", [error])]


def test_the_criteria_are_seeded_and_configurable(ids):
    assert [(c.code, c.max_score) for c in evaluations.list_criteria()] == [
        ("presentation", 40),
        ("questions", 30),
        ("language", 30),
    ]
    with pytest.raises(FieldErrors) as refused:
        evaluations.save_criterion({"code": "", "name_fa": "نگارش", "name_en": "", "max_score": 0})
    assert _fields(refused.value) == ["code", "name_en", "max_score", "position"]
    with pytest.raises(ValidationError) as refused:
        evaluations.save_criterion(
            {"code": "language", "name_fa": "ن", "name_en": "W", "max_score": 10, "position": 4}
        )
    assert refused.value.field == "code"
    new = evaluations.save_criterion(
        {
            "code": "writing",
            "name_fa": "نگارش علمی",
            "name_en": "Academic writing",
            "max_score": "۲۰",
            "position": 4,
        }
    )
    assert [c.code for c in evaluations.list_criteria()][-1] == "writing"
    evaluations.set_criterion_archived(new, True)
    assert "writing" not in [c.code for c in evaluations.list_criteria()]


def test_candidates_join_a_session_with_its_chair_as_the_panel(ids):
    first, second = evaluations.add_candidates(ids["session"], [ids["maryam"], ids["ali"]])
    view = evaluations.get_evaluation(first)
    assert (view.name_en, view.meeting_number, view.outcome, view.total) == (
        "Dr. Maryam Kazemi",
        "1/1405",
        "",
        None,
    )
    assert [p[0] for p in view.panel] == [ids["chair"]]
    assert [r.id for r in evaluations.list_evaluations(meeting_id=ids["session"])] == [first, second]
    assert [r.id for r in evaluations.list_evaluations("رستمی")] == [second]


def test_every_refusal_of_candidates_comes_at_once_and_nothing_is_added(ids):
    evaluations.add_candidates(ids["session"], [ids["maryam"]])
    with pytest.raises(ValidationError) as refused:
        evaluations.add_candidates(ids["session"], [ids["maryam"], ids["student"], 99999])
    assert refused.value.field == "person_ids"
    assert "already a candidate" in refused.value.message  # the first of the three refusals, by its field
    other = meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code("scholarship-council").id,
            "title": "شورای بورس",
            "starts_at": eh.SESSION_DAY,
            "ends_at": eh.SESSION_DAY + dt.timedelta(hours=1),
        }
    )
    with pytest.raises(FieldErrors) as refused:
        evaluations.add_candidates(other, [ids["student"]])
    assert _fields(refused.value) == ["meeting_id", "person_ids"]
    assert "English evaluation" in refused.value.errors[0].message
    assert "not a faculty member" in refused.value.errors[1].message
    assert "سارا امینی" in refused.value.errors[1].text(lambda _c, t: t.replace("is not", "نیست"))
    with pytest.raises(ValidationError) as refused:
        evaluations.add_candidates(ids["session"], [])
    assert refused.value.field == "person_ids"
    assert len(evaluations.list_evaluations()) == 1


def test_scores_are_checked_field_by_field_all_at_once(ids):
    [ev] = evaluations.add_candidates(ids["session"], [ids["maryam"]])
    with pytest.raises(FieldErrors) as refused:
        evaluations.record_result(
            ev,
            {
                "scores": {"presentation": 41, "questions": -1, "language": "ده", "poise": 3},
                "panel": [ids["maryam"]],
                "outcome": "excellent",
            },
        )
    assert sorted(_fields(refused.value)) == sorted(
        ["outcome", "scores", "score:presentation", "score:questions", "score:language", "panel"]
    )
    messages = {e.field: e.text() for e in refused.value.errors}
    assert messages["score:presentation"] == "Enter a whole number from 0 to 40."
    assert "poise" in messages["scores"]
    assert "own panel" in messages["panel"]
    assert evaluations.get_evaluation(ev).scores[0].score is None  # nothing was changed


def test_an_outcome_needs_every_criterion_scored_but_deferral_does_not(ids):
    [ev] = evaluations.add_candidates(ids["session"], [ids["maryam"]])
    with pytest.raises(ValidationError) as refused:
        evaluations.record_result(ev, {"scores": {"presentation": 30}, "outcome": "passed"})
    assert refused.value.field == "outcome" and "Questions and answers" in refused.value.text()
    evaluations.record_result(
        ev, {"scores": {"presentation": 30}, "outcome": "deferred", "note": "غیبت موجه"}
    )
    view = evaluations.get_evaluation(ev)
    assert (view.outcome, view.note, [s.score for s in view.scores]) == (
        "deferred",
        "غیبت موجه",
        [30, None, None],
    )
    with pytest.raises(StateError):
        evaluations.issue_certificate(ev, "fa")  # a deferred evaluation has no certificate
    evaluations.record_result(
        ev, {"scores": {"presentation": "۳۴", "questions": 25, "language": 27}, "outcome": "passed"}
    )
    view = evaluations.get_evaluation(ev)
    assert (view.total, view.out_of, view.outcome) == (86, 100, "passed")
    with context.database().reading() as session:
        changes = (
            session.execute(
                select(AuditEntry.changes).where(
                    AuditEntry.table_name == "english_evaluations", AuditEntry.action == "result"
                )
            )
            .scalars()
            .all()
        )
    assert len(changes) == 2 and '"language": 27' in changes[-1]


def test_a_cancelled_session_takes_no_results(ids):
    [ev] = evaluations.add_candidates(ids["session"], [ids["maryam"]])
    meetings.cancel_meeting(ids["session"], "تعطیلی رسمی")
    with pytest.raises(ValidationError) as refused:
        evaluations.record_result(ev, {"scores": eh.FULL, "outcome": "passed"})
    assert refused.value.field == "meeting_id" and "cancelled" in refused.value.message
    with pytest.raises(ValidationError):
        evaluations.add_candidates(ids["session"], [ids["ali"]])
    assert evaluations.list_sessions() == []


def test_the_certificate_takes_the_next_letter_numbers_and_locks_the_result(ids):
    first, second = evaluations.add_candidates(ids["session"], [ids["maryam"], ids["ali"]])
    evaluations.record_result(first, {"scores": eh.FULL, "outcome": "passed"})
    evaluations.record_result(
        second, {"scores": {"presentation": 12, "questions": 10, "language": 9}, "outcome": "failed"}
    )
    other = letters.issue_letter(
        letters.save_draft({"lang": "fa", "recipient": "دفتر", "subject": "نامه", "body": "متن"})
    )
    _id, fa = evaluations.issue_certificate(first, "fa")
    letter_en, en = evaluations.issue_certificate(first, "en")
    _id, failed = evaluations.issue_certificate(second, "en")
    assert [n.split("/")[1] for n in (other, fa, en, failed)] == ["0001", "0002", "0003", "0004"]
    with pytest.raises(StateError) as refused:
        evaluations.issue_certificate(first, "fa")
    assert fa in refused.value.text()
    with pytest.raises(StateError) as refused:
        evaluations.record_result(first, {"scores": eh.FULL, "outcome": "failed"})
    assert "void it" in refused.value.message
    row = evaluations.list_evaluations(meeting_id=ids["session"])[0]
    assert (row.certificate_fa, row.certificate_en) == (fa, en)
    letter = letters.get_letter(letter_en)
    assert (letter["status"], letter["linked_table"], letter["linked_id"]) == (
        "issued",
        "people",
        ids["maryam"],
    )
    assert letter["subject"] == "Certificate of English Language Evaluation — Dr. Maryam Kazemi"
    # A voided certificate keeps its number; the one issued again takes a new one.
    letters.void_letter(letter_en, "نام اشتباه")
    _id, again = evaluations.issue_certificate(first, "en")
    assert again.split("/")[1] == "0005" and again not in (fa, en, failed)
    assert evaluations.get_evaluation(first).certificate_en == again


def test_the_certificate_reads_in_both_languages_and_reprints_as_issued(ids, pdf_text, tmp_path):
    [ev] = evaluations.add_candidates(ids["session"], [ids["maryam"]])
    evaluations.record_result(ev, {"scores": eh.FULL, "outcome": "passed", "note": "Fluent and clear."})
    with pytest.raises(StateError):
        evaluations.certificate_pdf(evaluations.add_candidates(ids["session"], [ids["ali"]])[0], "fa")
    preview = pdf_text(evaluations.certificate_pdf(ev, "fa"))
    assert "پیشنویس" in preview
    _id, number = evaluations.issue_certificate(ev, "fa", dt.date(2026, 12, 17))
    _id, number_en = evaluations.issue_certificate(ev, "en", dt.date(2026, 12, 17))
    fa_pdf = evaluations.certificate_pdf(ev, "fa")
    assert fa_pdf == evaluations.certificate_pdf(ev, "fa")  # the stored document
    fa = pdf_text(fa_pdf)
    day = jdatetime.date.fromgregorian(date=dt.date(2026, 12, 17)).strftime("%Y/%m/%d")
    persian = day.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    session_day = jdatetime.date.fromgregorian(date=eh.SESSION_DAY.date()).strftime("%Y/%m/%d")
    assert persian in fa and session_day.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in fa
    for word in (
        "گواهی ارزیابی زبان انگلیسی",
        "مریم کاظمی",
        "استادیار",
        "گروه فیزیولوژی",
        "قبول",
        "۸۶",
        "۱۰۰",
        "۳۴",
    ):
        assert word in fa, word
    assert "86" not in fa and number in fa
    en_pdf = evaluations.certificate_pdf(ev, "en")
    en = pdf_text(en_pdf)
    for words in (
        "Certificate of English Language Evaluation",
        "Dr. Maryam Kazemi",
        "Assistant Professor",
        "17 December 2026",
        "16 December 2026",
        "Result: Passed",
        "86",
        "Fluent and clear.",
        number_en,
        "Hossein Tehrani",
    ):
        assert words in en, words
    target = tmp_path / "c.pdf"
    target.write_bytes(en_pdf)
    assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True).returncode == 0
    assert [r.id for r in evaluations.person_history(ids["maryam"])] == [ev]
    assert evaluations.person_history(ids["ali"])[0].outcome == ""


def test_a_candidate_added_by_mistake_is_taken_back_only_before_a_result(ids):
    first, second = evaluations.add_candidates(ids["session"], [ids["maryam"], ids["ali"]])
    evaluations.remove_candidate(second)
    evaluations.record_result(first, {"scores": {"language": 20}})
    with pytest.raises(StateError):
        evaluations.remove_candidate(first)
    assert [r.id for r in evaluations.list_evaluations()] == [first]
    evaluations.add_candidates(ids["session"], [ids["ali"]])  # back again after the removal


def test_results_are_recorded_from_the_sessions_day_on_across_nowruz(db, frozen_clock):
    frozen_clock(dt.datetime(2027, 3, 20, 23, 30))  # 1405/12/29, Nowruz eve, late in the evening
    people = eh.setting_up()
    nowruz = eh.session(people, dt.datetime(2027, 3, 21, 9, 0))  # 1 Farvardin 1406
    assert meetings.get_meeting(nowruz)["number"] == "1/1406"
    [ev] = evaluations.add_candidates(nowruz, [people["ali"]])  # candidates are added beforehand
    with pytest.raises(ValidationError) as refused:
        evaluations.record_result(ev, {"scores": eh.FULL, "outcome": "passed"})
    assert refused.value.field == "meeting_id" and "not been held yet" in refused.value.message
    frozen_clock(dt.datetime(2027, 3, 21, 0, 30))  # 1 Farvardin 1406, just after midnight
    evaluations.record_result(ev, {"scores": eh.FULL, "outcome": "passed"})
    _id, number = evaluations.issue_certificate(ev, "fa")
    assert number.startswith("1406/")
    assert jdatetime.date.fromgregorian(date=letters.get_letter(_id)["issued_on"]).strftime("%Y/%m/%d") == (
        "1406/01/01"
    )


def test_the_panel_is_set_by_the_secretary(ids):
    [ev] = evaluations.add_candidates(ids["session"], [ids["maryam"]])
    evaluations.record_result(ev, {"panel": [ids["ali"], ids["chair"], ids["ali"]]})
    assert [p[0] for p in evaluations.get_evaluation(ev).panel] == [ids["ali"], ids["chair"]]
    with pytest.raises(ValidationError) as refused:
        evaluations.record_result(ev, {"panel": [99999]})
    assert refused.value.field == "panel"
    assert [p[0] for p in evaluations.get_evaluation(ev).panel] == [ids["ali"], ids["chair"]]
