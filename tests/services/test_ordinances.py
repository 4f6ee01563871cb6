"""Ordinances: drafts from templates, issue with gapless numbers per year, renewal, revocation, void."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import ordinances
from app.services.errors import NotFoundError, StateError, ValidationError
from app.services.ordinances import OccupiedError
from app.services.ordinances.documents import ordinance_pdf, preview_text
from tests.services.ordinance_helpers import kind, setting_up

START = dt.date(2026, 9, 23)  # 1405/07/01


def deputy(ids, person="rezaei", unit="anatomy", start=START):
    values = ordinances.new_draft_values(kind("deputy"), ids[person], ids[unit], start)
    return ordinances.save_draft(values)


def test_a_new_appointment_runs_two_years_and_fills_its_template(db):
    ids = setting_up()
    draft = ordinances.get_ordinance(deputy(ids))
    assert (draft["term_start"], draft["term_end"]) == (
        START,
        dt.date(2028, 9, 21),
    )  # 1405/07/01 - 1407/06/31
    assert draft["recipient_title_fa"] == "دکتر" and draft["recipient_title_en"] == "Dr."
    fa, en = preview_text(draft, "fa"), preview_text(draft, "en")
    assert "به سمت معاون بین‌الملل گروه آناتومی منصوب می‌شوید" in fa and "از ۱۴۰۵/۰۷/۰۱ تا ۱۴۰۷/۰۶/۳۱" in fa
    assert en.startswith("Dear Dr. Ali Rezaei,") and "International Deputy of the Department of Anatomy" in en
    assert "from 23 September 2026 to 21 September 2028" in en


def test_numbers_follow_the_year_format_and_a_year_keeps_its_format(db):
    ids = setting_up()
    first, second, third = (
        deputy(ids),
        deputy(ids, "karimi", "sina"),
        deputy(ids, unit="sina", start=dt.date(2027, 3, 21)),
    )
    assert ordinances.issue_ordinance(first, dt.date(2026, 9, 20)) == "1405/0001/IVC-H"
    ordinances.set_number_format("IVC-{year}-{seq:03d}")  # the default changes; 1405 keeps its own
    with pytest.raises(ValidationError, match="already have numbers") as error:
        ordinances.set_number_format("{year}-{seq}", 1405)
    assert error.value.field == "number_format"
    assert ordinances.issue_ordinance(second, dt.date(2026, 10, 1)) == "1405/0002/IVC-H"
    assert ordinances.issue_ordinance(third, dt.date(2027, 3, 22), supersede=True) == "IVC-1406-001"
    with pytest.raises(ValidationError, match=r"\{seq\}"):
        ordinances.set_number_format("{year}/IVC-H")


def test_issued_ordinances_are_locked_and_a_voided_number_is_never_given_again(db):
    ids = setting_up()
    first = deputy(ids)
    number = ordinances.issue_ordinance(first, dt.date(2026, 9, 20))
    with pytest.raises(StateError):
        ordinances.save_draft(ordinances.get_ordinance(first), first)
    with pytest.raises(StateError):
        ordinances.archive_ordinance(first)
    with pytest.raises(StateError):
        ordinances.issue_ordinance(first)
    with pytest.raises(ValidationError):
        ordinances.void_ordinance(first, "  ")
    ordinances.void_ordinance(first, "issued to the wrong department")
    voided = ordinances.get_ordinance(first)
    assert voided["status"] == "void" and voided["number"] == number
    assert ordinance_pdf(first, "fa") == ordinance_pdf(first, "fa")  # kept, byte for byte
    again = deputy(ids)
    assert ordinances.issue_ordinance(again, dt.date(2026, 9, 21)) == "1405/0002/IVC-H"
    rows = ordinances.numbered_in(1405)
    assert [(r.number, r.state) for r in rows] == [("1405/0001/IVC-H", "void"), ("1405/0002/IVC-H", "issued")]


def test_a_failed_issue_consumes_no_number_and_leaves_no_file(db, data_dir, monkeypatch):
    ids = setting_up()
    draft = deputy(ids)

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr("app.documents.output.write_atomic", broken)
        ordinances.issue_ordinance(draft)
    assert ordinances.get_ordinance(draft)["status"] == "draft"
    assert not [p for p in (data_dir / "documents").rglob("*") if p.is_file()]
    assert ordinances.issue_ordinance(draft, dt.date(2026, 9, 20)).endswith("/0001/IVC-H")


def test_an_occupied_position_asks_whether_to_supersede(db):
    ids = setting_up()
    first = deputy(ids)
    ordinances.issue_ordinance(first, dt.date(2026, 9, 20))
    second = deputy(ids, "karimi", start=dt.date(2027, 1, 1))
    with pytest.raises(OccupiedError) as asked:
        ordinances.issue_ordinance(second, dt.date(2026, 12, 30))
    assert asked.value.holder_id == first and "Ali Rezaei" in str(asked.value)
    assert ordinances.get_ordinance(second)["status"] == "draft"
    ordinances.issue_ordinance(second, dt.date(2026, 12, 30), supersede=True)
    old = ordinances.get_ordinance(first)
    assert (
        old["status"] == "superseded"
        and old["ended_on"] == dt.date(2027, 1, 1)
        and old["ended_by_id"] == second
    )
    # Voiding the mistaken appointment puts the first one back in force.
    ordinances.void_ordinance(second, "wrong person")
    assert ordinances.get_ordinance(first)["status"] == "issued"
    # Answering "no": both stand (co-deputies).
    third = deputy(ids, "karimi", start=dt.date(2027, 2, 1))
    ordinances.issue_ordinance(third, dt.date(2027, 1, 30), supersede=False)
    assert ordinances.get_ordinance(first)["status"] == "issued"


def test_renewal_is_one_step_and_supersedes_when_issued(db):
    ids = setting_up()
    first = deputy(ids)
    with pytest.raises(StateError):
        ordinances.renew_ordinance(first)  # a draft is not renewed
    ordinances.issue_ordinance(first, dt.date(2026, 9, 20))
    renewal = ordinances.renew_ordinance(first)
    assert ordinances.renew_ordinance(first) == renewal  # drafted once
    values = ordinances.get_ordinance(renewal)
    assert values["previous_id"] == first and values["term_start"] == dt.date(2028, 9, 22)
    assert values["term_end"] == dt.date(2030, 9, 22) and values["unit_id"] == ids["anatomy"]
    ordinances.issue_ordinance(renewal, dt.date(2028, 9, 1))
    old = ordinances.get_ordinance(first)
    assert old["status"] == "superseded" and old["ended_on"] == dt.date(2028, 9, 22)


def test_revocation_by_direct_act_and_by_a_revocation_ordinance(db, pdf_text):
    ids = setting_up()
    first, second = deputy(ids), deputy(ids, "karimi", "sina")
    first_number = ordinances.issue_ordinance(first, dt.date(2026, 9, 20))
    ordinances.issue_ordinance(second, dt.date(2026, 9, 20))
    with pytest.raises(ValidationError):
        ordinances.revoke_ordinance(first, "")
    ordinances.revoke_ordinance(first, "resigned from the faculty", dt.date(2027, 1, 10))
    assert ordinances.get_ordinance(first)["status"] == "revoked"
    with pytest.raises(StateError):
        ordinances.revoke_ordinance(first, "again")
    values = ordinances.new_draft_values(kind("revocation"), ids["rezaei"], ids["anatomy"])
    with pytest.raises(ValidationError) as error:
        ordinances.save_draft({**values, "previous_id": first})  # already revoked
    assert error.value.field == "previous_id"
    revocation = ordinances.save_draft(
        {
            **values,
            "person_id": ids["karimi"],
            "unit_id": ids["sina"],
            "previous_id": second,
            "position_fa": "معاون بین‌الملل",
            "position_en": "International Deputy",
        }
    )
    number = ordinances.issue_ordinance(revocation, dt.date(2027, 2, 1))
    assert ordinances.get_ordinance(second)["status"] == "revoked"
    assert ordinances.get_ordinance(second)["ended_by_id"] == revocation
    text = pdf_text(ordinance_pdf(revocation, "en"))
    assert number in text and "1405/0002/IVC-H" in text and "Sina Hospital" in text
    assert first_number not in text


def test_archive_drafts_only_and_missing_records(db):
    ids = setting_up()
    draft = deputy(ids)
    ordinances.archive_ordinance(draft)
    assert ordinances.list_ordinances().total == 0
    assert ordinances.list_ordinances(ordinances.PageRequest(archived=True)).total == 1
    with pytest.raises(StateError):
        ordinances.issue_ordinance(draft)
    ordinances.restore_ordinance(draft)
    with pytest.raises(NotFoundError):
        ordinances.get_ordinance(999)
    with pytest.raises(NotFoundError):
        ordinances.issue_ordinance(999)


def test_register_filters_and_sorts(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 24, 9))  # within the current term, after the old one
    ids = setting_up()
    old = deputy(ids, start=dt.date(2023, 9, 23))
    ordinances.issue_ordinance(old, dt.date(2023, 9, 20))
    current = deputy(ids, "karimi", "sina")
    ordinances.issue_ordinance(current, dt.date(2026, 9, 20))
    deputy(ids, unit="sina", start=dt.date(2028, 9, 22))  # a draft
    states = {r.id: r.state for r in ordinances.list_ordinances().rows}
    assert states[old] == "expired" and states[current] == "issued"
    assert [r.id for r in ordinances.list_ordinances(where="expired").rows] == [old]
    assert [r.id for r in ordinances.list_ordinances(where="current").rows] == [current]
    assert ordinances.list_ordinances(where="draft").total == 1
    assert [r.id for r in ordinances.list_ordinances(ordinances.PageRequest(search="karimi")).rows] == [
        current
    ]
    assert [r.id for r in ordinances.list_ordinances(ordinances.PageRequest(search="1402/0001")).rows] == [
        old
    ]
    by_unit = ordinances.list_ordinances(ordinances.PageRequest(sort="unit_en")).rows
    assert by_unit[0].unit_en == "Department of Anatomy"
    assert ordinances.years() == [1405, 1402]
    with pytest.raises(ValidationError):
        ordinances.list_ordinances(where="lost")


FIELDS = [
    "kind_id",
    "person_id",
    "unit_id",
    "term_start",
    "term_end",
    "body_fa",
    "body_en",
    "position_fa",
    "copies_to_fa",
    "previous_id",
    "recipient_title_en",
]
VALUES = st.one_of(
    st.none(),
    st.integers(-5, 2**64),
    st.text(max_size=30),
    st.booleans(),
    st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1)),
    st.sampled_from(["{unit}", "{nme}", "{", "}{"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), VALUES, min_size=1, max_size=3))
def test_bad_input_is_a_clear_error_and_changes_nothing(db, changes):
    ids = getattr(test_bad_input_is_a_clear_error_and_changes_nothing, "ids", None) or setting_up_once()
    values = {**ordinances.new_draft_values(kind("deputy"), ids["rezaei"], ids["anatomy"], START), **changes}
    before = ordinances.list_ordinances().total
    try:
        ordinances.save_draft(values)
    except (ValidationError, NotFoundError) as error:
        assert str(error)
        assert ordinances.list_ordinances().total == before
    else:
        assert ordinances.list_ordinances().total == before + 1


def setting_up_once():
    ids = setting_up()
    test_bad_input_is_a_clear_error_and_changes_nothing.ids = ids
    return ids


def test_current_holders_over_time(db):
    from app.services.ordinances.holders import current_holders

    ids = setting_up()

    def holder(day, unit="anatomy", within=30):
        return next(h for h in current_holders(day, within) if h.unit_id == ids[unit])

    first = deputy(ids, start=dt.date(2024, 9, 22))  # 1403/07/01 - 1405/06/31
    ordinances.issue_ordinance(first, dt.date(2024, 9, 15))
    assert holder(dt.date(2024, 9, 21)).vacant and not holder(dt.date(2024, 9, 21), "sina").ending_soon
    now = holder(dt.date(2025, 1, 1))
    assert (now.holder_en, now.since, now.until, now.ending_soon) == (
        "Dr. Ali Rezaei",
        dt.date(2024, 9, 22),
        dt.date(2026, 9, 22),
        False,
    )
    assert holder(dt.date(2026, 9, 1)).ending_soon
    assert holder(dt.date(2026, 9, 23)).vacant  # the term ran out
    renewal = ordinances.renew_ordinance(first)
    assert holder(dt.date(2026, 9, 1)).renewal_id == renewal
    ordinances.issue_ordinance(renewal, dt.date(2026, 9, 10))
    assert holder(dt.date(2026, 9, 1)).ordinance_id == first  # the past is as it was
    later = holder(dt.date(2026, 10, 1))
    assert later.ordinance_id == renewal and later.since == dt.date(2026, 9, 23)
    ordinances.revoke_ordinance(renewal, "resigned", dt.date(2027, 3, 1))
    assert holder(dt.date(2027, 2, 28)).ordinance_id == renewal and holder(dt.date(2027, 3, 1)).vacant
    successor = deputy(ids, "karimi", start=dt.date(2027, 3, 10))
    ordinances.issue_ordinance(successor, dt.date(2027, 3, 5))
    assert holder(dt.date(2027, 3, 10)).holder_en == "Dr. Maryam Karimi"
    assert holder(dt.date(2027, 3, 10), "sina").vacant
    assert [h.unit_en for h in current_holders(dt.date(2027, 3, 10), search="sina")] == ["Sina Hospital"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    action=st.sampled_from(["issue", "void", "revoke", "renew", "archive"]),
    record=st.one_of(st.none(), st.booleans(), st.integers(-3, 2**70), st.text(max_size=5)),
    reason=st.one_of(st.none(), st.integers(), st.text(max_size=20)),
)
def test_actions_on_bad_records_are_refused_in_words(db, action, record, reason):
    from app.services.errors import ServiceError

    calls = {
        "issue": lambda: ordinances.issue_ordinance(record),
        "void": lambda: ordinances.void_ordinance(record, reason),
        "revoke": lambda: ordinances.revoke_ordinance(record, reason),
        "renew": lambda: ordinances.renew_ordinance(record),
        "archive": lambda: ordinances.archive_ordinance(record),
    }
    with pytest.raises(ServiceError) as error:
        calls[action]()
    assert str(error.value)
    assert ordinances.list_ordinances().total == 0 and ordinances.years() == []


def test_a_recipient_named_in_one_script_keeps_the_name_in_the_other(db, pdf_text):
    """A foreign adjunct has only a Latin name: the Persian register and list show «پروفسور Olga
    Kovalenko», not the title alone."""
    from app.services import directory

    ids = setting_up()
    olga = directory.save_person(
        {
            "kind": "faculty",
            "title": "Prof.",
            "first_name_en": "Olga",
            "last_name_en": "Kovalenko",
            "unit_id": ids["anatomy"],
            "country": "UA",
        }
    )
    values = ordinances.new_draft_values(kind("deputy"), olga, ids["anatomy"], START)
    values.update(recipient_title_fa="پروفسور", recipient_title_en="Prof.")
    ordinances.issue_ordinance(ordinances.save_draft(values), dt.date(2026, 9, 20))
    (row,) = ordinances.numbered_in(1405)
    assert row.recipient("fa") == "پروفسور Olga Kovalenko"
    assert row.recipient("en") == "Prof. Olga Kovalenko"
    from app.services.ordinances.documents import register_pdf

    text = pdf_text(register_pdf(1405, "fa"))
    assert "Olga Kovalenko" in text and "پروفسور" in text
