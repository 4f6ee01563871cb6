"""Seasonal schools and exchange programmes: the programme's fields, incoming participants from the foreign
guests, outgoing ones linked to their own support request, and the certificates of attendance printed as
one PDF with its progress."""

import datetime as dt

import jdatetime
import pytest

from app.services import directory, funding, programmes
from app.services.errors import FieldErrors, StateError, ValidationError
from tests.services import funding_helpers as fh

START, END = dt.date(2027, 2, 14), dt.date(2027, 2, 21)  # 1405/11/25 .. 1405/12/02


@pytest.fixture
def ids(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 24, 22, 10))  # late in the evening
    partner = directory.save_institution(
        {"name_en": "Karolinska Institutet", "name_fa": "مؤسسه کارولینسکا", "country": "SE"}
    )
    guest = directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Anna",
            "last_name_en": "Lindqvist",
            "first_name_fa": "آنا",
            "last_name_fa": "لیندکویست",
            "country": "SE",
            "institution_id": partner,
        }
    )
    student = fh.person("Ahmadi", "احمدی", kind="phd_student")
    other = fh.person("Karimi", "کریمی")
    fh.set_up_year()
    request = funding.save_request(
        fh.request_data(student, applicant_kind="phd_student", academic_rank="", supervisor_id=other)
    )
    programme = programmes.save_programme(
        {
            "kind": "seasonal_school",
            "title_fa": "مدرسه زمستانی پزشکی مبتنی بر شواهد",
            "title_en": "Winter School of Evidence-Based Medicine",
            "institution_id": partner,
            "starts_on": START,
            "ends_on": END,
            "location": "Tehran",
        }
    )
    return {
        "partner": partner,
        "guest": guest,
        "student": student,
        "other": other,
        "request": request,
        "programme": programme,
    }


def test_a_programme_needs_a_title_and_dates_in_order(ids):
    with pytest.raises(FieldErrors) as refused:
        programmes.save_programme({"kind": "camp", "starts_on": END, "ends_on": START})
    assert [e.field for e in refused.value.errors] == ["kind", "title_fa", "ends_on"]
    [row] = programmes.list_programmes("کارولینسکا")
    assert (row.id, row.partner("en"), row.incoming, row.outgoing) == (
        ids["programme"],
        "Karolinska Institutet",
        0,
        0,
    )


def test_participants_come_in_from_the_guests_and_go_out_with_their_own_request(ids):
    programme = ids["programme"]
    programmes.add_participant(programme, {"person_id": ids["guest"], "direction": "incoming"})
    programmes.add_participant(
        programme,
        {"person_id": ids["student"], "direction": "outgoing", "funding_request_id": ids["request"]},
    )
    rows = programmes.participants(programme)
    assert [(r.direction, r.name("en")) for r in rows] == [
        ("incoming", "Prof. Anna Lindqvist"),
        ("outgoing", "Maryam Ahmadi"),
    ]
    assert rows[0].affiliation("fa") == "مؤسسه کارولینسکا"
    assert rows[1].request_reference == f"FR-1405-{ids['request']:04d}"
    assert programmes.get_programme(programme).incoming == 1


def test_every_refusal_of_a_participant_comes_at_once_and_nothing_is_added(ids):
    programme = ids["programme"]
    with pytest.raises(FieldErrors) as refused:
        programmes.add_participant(
            programme,
            {"person_id": ids["other"], "direction": "incoming", "funding_request_id": ids["request"]},
        )
    assert [e.field for e in refused.value.errors] == ["person_id", "funding_request_id"]
    assert "not a foreign guest" in refused.value.errors[0].message
    with pytest.raises(ValidationError) as refused:
        programmes.add_participant(
            programme,
            {"person_id": ids["other"], "direction": "outgoing", "funding_request_id": ids["request"]},
        )
    assert refused.value.field == "funding_request_id" and "own support requests" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        programmes.add_participant(programme, {"person_id": ids["guest"], "direction": "outgoing"})
    assert "is a foreign guest" in refused.value.message
    programmes.add_participant(programme, {"person_id": ids["guest"], "direction": "incoming"})
    with pytest.raises(ValidationError) as refused:
        programmes.add_participant(programme, {"person_id": ids["guest"], "direction": "incoming"})
    assert "already takes part" in refused.value.message
    assert len(programmes.participants(programme)) == 1


def test_the_certificates_are_one_pdf_with_a_page_each_and_progress(ids, pdf_text):
    programme = ids["programme"]
    with pytest.raises(StateError):
        programmes.certificates_pdf(programme, "fa")
    programmes.add_participant(programme, {"person_id": ids["guest"], "direction": "incoming"})
    programmes.add_participant(programme, {"person_id": ids["student"], "direction": "outgoing"})
    steps = []
    fa = programmes.certificates_pdf(programme, "fa", lambda done, total: steps.append((done, total)))
    assert steps == [(1, 2), (2, 2)]
    import io

    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(fa)).pages) == 2
    text = " ".join(pdf_text(fa).split())  # lines joined: the title may wrap
    digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    for day in (START, END):
        assert jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d").translate(digits) in text
    assert "گواهی شرکت" in text and "آنا لیندکویست" in text and "مریم احمدی" in text
    assert "مدرسه زمستانی پزشکی مبتنی بر شواهد" in text
    en = " ".join(pdf_text(programmes.certificates_pdf(programme, "en")).split())
    assert "Certificate of Attendance" in en and "14 February 2027" in en and "21 February 2027" in en
    assert "Prof. Anna Lindqvist" in en and "Winter School of Evidence-Based Medicine" in en
