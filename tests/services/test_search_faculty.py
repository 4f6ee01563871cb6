"""The one search box also finds adjunct candidates, English evaluations and seasonal schools or exchange
programmes, folded as every register (Persian or Latin names, ZWNJ, short words at a word's start), with
their day for the UI to show in its calendar, archived candidates left out."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import adjuncts, evaluations, programmes, search
from tests.services import adjunct_helpers as ah
from tests.services import evaluation_helpers as eh


def found(text: str) -> dict[str, list[int]]:
    return {g.register: [h.record_id for h in g.hits] for g in search.search(text)}


@pytest.fixture
def faculty(db, frozen_clock):  # type: ignore[no-untyped-def]
    frozen_clock(dt.datetime(2026, 12, 16, 23, 40))  # late in the evening
    ids = ah.setting_up()  # Helen McAllister (هلن مک‌آلیستر), Department of Cardiology, Edinburgh
    ids["candidate"] = ah.candidate(ids)
    people = eh.setting_up()  # Maryam Kazemi (مریم کاظمی), Ali Rostami …
    ids["session"] = eh.session(people)
    [ids["evaluation"]] = evaluations.add_candidates(ids["session"], [people["maryam"]])
    ids["programme"] = programmes.save_programme(
        {
            "kind": "seasonal_school",
            "title_fa": "مدرسه زمستانی پزشکی مبتنی بر شواهد",
            "title_en": "Winter School of Evidence-Based Medicine",
            "institution_id": ids["partner"],
            "starts_on": dt.date(2027, 1, 20),
            "ends_on": dt.date(2027, 1, 27),
            "location": "Tehran",
        }
    )
    return ids


def test_adjunct_candidates_are_found_by_name_field_and_department(faculty):
    assert found("McAllister")["adjuncts"] == [faculty["candidate"]]
    assert found("مک آلیستر")["adjuncts"] == [faculty["candidate"]]  # a space for the ZWNJ
    assert found("imaging")["adjuncts"] == [faculty["candidate"]]
    assert found("mc")["adjuncts"] == [faculty["candidate"]]  # short: the start of a word
    assert "adjuncts" not in found("ll")  # … and not inside one
    (hit,) = next(g for g in search.search("McAllister") if g.register == "adjuncts").hits
    assert hit.title("en") == "Prof. Helen McAllister" and hit.title("fa") == "هلن مک‌آلیستر"
    assert hit.detail("en") == "Department of Cardiology" and hit.detail("fa") == "گروه قلب و عروق"


def test_evaluations_are_found_by_the_candidate_and_carry_the_session_day(faculty):
    assert found("كاظمي")["evaluations"] == [faculty["evaluation"]]  # Arabic yeh and kaf
    (hit,) = next(g for g in search.search("Kazemi") if g.register == "evaluations").hits
    assert hit.day == dt.date(2026, 12, 16)
    assert hit.title("en") == "Dr. Maryam Kazemi"


def test_programmes_are_found_by_either_title(faculty):
    assert found("شواهد")["programmes"] == [faculty["programme"]]
    assert found("evidence based")["programmes"] == [faculty["programme"]]
    (hit,) = next(g for g in search.search("winter school") if g.register == "programmes").hits
    assert hit.day == dt.date(2027, 1, 20) and hit.detail("en") == "Tehran"


def test_an_archived_candidate_is_left_out(faculty):
    adjuncts.archive_candidate(faculty["candidate"])
    assert "adjuncts" not in found("McAllister")
    assert found("شواهد")["programmes"] == [faculty["programme"]]
