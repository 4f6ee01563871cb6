"""Support requests of the kinds other than conferences: their fields, each kind's rules of a fiscal year
(refusals in words, by field), the report or return obligation, and the council's path for every kind."""

import datetime as dt

import pytest

from app.services import directory, funding
from app.services.errors import ValidationError
from app.services.funding.cases import KINDS
from app.services.funding.rules import Finding
from tests.services.funding_helpers import (
    CASE_DOCUMENTS,
    TODAY,
    attach_all,
    case_data,
    person,
    ready_case,
    ready_request,
    set_up_year,
)


@pytest.fixture
def year(db, frozen_clock):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))
    set_up_year()


def broken(request_id: int) -> set[str]:
    return {f.rule for f in funding.current_checks(request_id, on=TODAY)}


# ---------------------------------------------------------------- fields


def test_each_kind_keeps_its_own_fields_and_conference_stays_the_default(year, tmp_path):
    sabbatical = ready_case(tmp_path)
    values = funding.get_request(sabbatical).values
    assert values["kind"] == "sabbatical" and values["duration_months"] == 6
    assert values["host_institution"] == "Karolinska Institutet" and values["language_score"] == 70
    assert values["presentation_kind"] == "" and values["paper_title"] == ""
    conference = ready_request(tmp_path)
    assert funding.get_request(conference).values["kind"] == "conference"
    kinds = {r.id: r.kind for r in funding.list_funding(funding.PageRequest(), funding.FundingFilter()).rows}
    assert kinds == {sabbatical: "sabbatical", conference: "conference"}
    only = funding.list_funding(funding.PageRequest(), funding.FundingFilter(kind="sabbatical")).rows
    assert [r.id for r in only] == [sabbatical]


def test_the_host_is_a_partner_of_the_directory_when_there_is_one(year):
    partner = directory.save_institution(
        {"name_en": "University of Toronto", "name_fa": "دانشگاه تورنتو", "country": "CA"}
    )
    request_id = funding.save_request(
        case_data(person(), host_institution="", host_institution_id=partner, country="CA", city="Toronto")
    )
    values = funding.get_request(request_id).values
    assert values["host_institution_id"] == partner and values["host_institution"] == "University of Toronto"
    found = funding.list_funding(funding.PageRequest(search="Toronto")).rows
    assert [r.id for r in found] == [request_id]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"duration_months": None}, "duration_months"),
        ({"duration_months": 30}, "duration_months"),
        ({"host_institution": ""}, "host_institution"),
        ({"host_institution_id": 9999}, "host_institution_id"),
        ({"study_plan": ""}, "study_plan"),
        ({"language_certificate": "", "language_score": 65}, "language_certificate"),
        ({"language_certificate": "ielts", "language_score": None}, "language_score"),
        ({"language_certificate": "cambridge"}, "language_certificate"),
        ({"country": "IR"}, "country"),
        ({"ends_on": dt.date(2030, 1, 1)}, "ends_on"),
        ({"kind": "holiday"}, "kind"),
    ],
)
def test_bad_input_of_a_kind_names_the_field_and_saves_nothing(year, changes, field):
    with pytest.raises(ValidationError) as error:
        funding.save_request(case_data(person(), **changes))
    assert error.value.field == field
    assert funding.list_funding().total == 0


def test_an_educational_mission_may_be_inside_the_country(year):
    request_id = funding.save_request(case_data(person(), "mission", country="IR", city="Shiraz"))
    assert funding.get_request(request_id).values["country"] == "IR"


# ---------------------------------------------------------------- rules


def test_a_complete_request_of_every_kind_breaks_no_rule(year, tmp_path):
    for kind in KINDS:
        assert broken(ready_case(tmp_path, kind=kind)) == set(), kind


def test_eligibility_by_applicant_kind_rank_and_language_score(year, tmp_path):
    assert "kind_rank" in broken(ready_case(tmp_path, academic_rank="instructor"))
    resident = person("Nouri", "نوری", kind="resident")
    assert "kind_applicant" in broken(
        ready_case(tmp_path, resident, applicant_kind="resident", academic_rank="")
    )
    low = ready_case(tmp_path, language_score=50)
    assert "language_score" in broken(low)
    text = next(f for f in funding.current_checks(low, on=TODAY) if f.rule == "language_score")
    assert text.text("en") == "The IELTS score 5 is below the minimum of 5.5."
    assert text.text("fa") == "نمره آیلتس (۵) از حداقل ۵٫۵ کمتر است."
    assert "language_missing" in broken(ready_case(tmp_path, language_certificate="", language_score=None))


def test_the_documents_each_kind_requires(year, tmp_path):
    request_id = funding.save_request(case_data(person()))
    attach_all(request_id, tmp_path, ("host_acceptance",))
    missing = next(f for f in funding.current_checks(request_id, on=TODAY) if f.rule == "documents_missing")
    assert missing.params["documents"] == ["research_plan", "language_certificate", "cv"]
    assert funding.checklist(request_id) == [
        ("host_acceptance", True),
        ("research_plan", False),
        ("language_certificate", False),
        ("cv", False),
    ]
    assert "Host's acceptance letter" not in missing.text("en") and "Research or study plan" in missing.text(
        "en"
    )


def test_a_student_needs_the_supervisors_approval(year, tmp_path):
    request_id = ready_case(tmp_path, kind="student_study", supervisor_approved=False)
    assert broken(request_id) == {"supervisor_approval"}


def test_a_sabbatical_is_capped_by_the_monthly_stipend_of_rank_and_country_group(year, tmp_path):
    # associate professor, Sweden (group 1): 1,700,000,000 a month; 6 months = 10,200,000,000
    over = ready_case(tmp_path, lines=[{"kind": "stipend", "currency": "IRR", "amount": 10_300_000_000}])
    finding = next(f for f in funding.current_checks(over, on=TODAY) if f.rule == "cap_stipend")
    assert not finding.blocking and finding.params["cap"] == 10_200_000_000
    assert "6 months at the monthly stipend of 1,700,000,000 IRR" in finding.text("en")
    # Turkey is in no group: group 3, 1,100,000,000 a month
    other = ready_case(
        tmp_path,
        country="TR",
        city="Ankara",
        lines=[{"kind": "stipend", "currency": "IRR", "amount": 7_000_000_000}],
    )
    finding = next(f for f in funding.current_checks(other, on=TODAY) if f.rule == "cap_stipend")
    assert finding.params["cap"] == 6_600_000_000 and finding.params["group"] == "3"


def test_a_mission_is_capped_by_its_lump_sum_and_its_months(year, tmp_path):
    over = ready_case(
        tmp_path, kind="mission", lines=[{"kind": "airfare", "currency": "IRR", "amount": 2_600_000_000}]
    )
    assert broken(over) == {"cap_lump_sum"}
    long = ready_case(tmp_path, kind="mission", duration_months=4)
    assert broken(long) == {"kind_months"}


def test_each_kind_is_configurable_per_fiscal_year(year, tmp_path):
    low = ready_case(tmp_path, language_score=50)
    assert "language_score" in broken(low)
    rules = funding.get_kind_rules(1405, "sabbatical")
    assert not rules.stored and rules.min_language_scores["ielts"] == 55
    funding.save_kind_rules(
        {
            "fiscal_year": 1405,
            "kind": "sabbatical",
            "applicant_kinds": ["faculty"],
            "ranks": ["associate_professor", "professor"],
            "min_service_years": 5,
            "max_months": 12,
            "min_language_scores": {"ielts": 50},
            "stipends": {"associate_professor": {"1": 2_000_000_000, "3": 1_000_000_000}},
            "country_groups": {"SE": "1"},
            "required_documents": ["host_acceptance"],
            "report_required": True,
        }
    )
    assert broken(low) == set()
    saved = funding.get_kind_rules(1405, "sabbatical")
    assert saved.stored and saved.cap_irr("associate_professor", "SE", 6) == 12_000_000_000
    assert not funding.get_kind_rules(1406, "sabbatical").stored  # another year keeps the defaults


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"kind": "conference"}, "kind"),
        ({"min_service_years": -1}, "min_service_years"),
        ({"max_months": 0}, "max_months"),
        ({"ranks": ["dean"]}, "ranks"),
        ({"min_language_scores": {"duolingo": 100}}, "min_language_scores"),
        ({"stipends": {"professor": {"4": 1}}}, "stipends"),
        ({"country_groups": {"XX": "1"}}, "country_groups"),
        ({"lump_sum_irr": 0}, "lump_sum_irr"),
        ({"required_documents": ["diploma"]}, "required_documents"),
    ],
)
def test_bad_kind_rules_name_the_field_and_save_nothing(year, changes, field):
    data = {"fiscal_year": 1405, "kind": "mission", "min_service_years": 0, "max_months": 3, **changes}
    with pytest.raises(ValidationError) as error:
        funding.save_kind_rules(data)
    assert error.value.field == field
    assert not funding.get_kind_rules(1405, "mission").stored


# ---------------------------------------------------------------- the council's path, for every kind


def test_new_findings_read_in_both_languages():
    finding = Finding("kind_rank", True, {"kind": "sabbatical", "code": "instructor"})
    assert (
        finding.text("en")
        == "The rank instructor is not among the ranks this year's rules allow for a sabbatical."
    )
    assert (
        finding.text("fa") == "مرتبه مربی در میان مرتبه‌هایی نیست که قواعد امسال برای فرصت مطالعاتی می‌پذیرد."
    )
    months = Finding("kind_months", True, {"kind": "mission", "months": 4, "max": 3})
    assert months.text("fa") == "مأموریت آموزشی به مدت ۴ ماه از سقف ۳ ماه مجاز در قواعد بیشتر است."
    assert (
        months.text("en")
        == "The rules allow at most 3 months for an educational mission; this one is of 4 months."
    )
    applicant = Finding("kind_applicant", True, {"kind": "mission", "code": "resident"})
    assert (
        applicant.text("en") == "A resident cannot apply for an educational mission under this year's rules."
    )
    assert CASE_DOCUMENTS.keys() == set(KINDS)
