"""Templates of the kinds of ordinance: fields filled in, bad fields refused when saved, naming the field."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import ordinances
from app.services.errors import ValidationError
from app.services.ordinances.templates import FIELDS, fill, template_fields

KIND = {
    "name_fa": "حکم عضویت در شورای بورس",
    "name_en": "Scholarship Council Membership",
    "effect": "appointment",
    "position_fa": "عضو شورای بورس",
    "position_en": "Member of the Scholarship Council",
    "term_months": 12,
    "body_fa": "با سلام و احترام،\nبه عنوان {position} منصوب می‌شوید.",
    "body_en": "Dear {recipient_title} {recipient_name},",
}


def test_the_default_kinds_are_seeded_with_templates_that_pass_their_own_check(db):
    kinds = ordinances.list_kinds()
    assert [k.code for k in kinds] == ["deputy", "committee", "appreciation", "revocation", "adjunct"]
    deputy = kinds[0]
    assert deputy.unit_position and deputy.term_months == 24 and deputy.effect == "appointment"
    for kind in kinds:
        for text in (kind.body_fa, kind.body_en):
            assert set(template_fields(text, "body")) <= set(FIELDS)
    assert {"term_start", "term_end", "unit", "position"} <= set(template_fields(deputy.body_fa, "body_fa"))
    adjunct = kinds[4]  # the appointment of an international adjunct (migration 0011)
    assert (adjunct.effect, adjunct.unit_position, adjunct.term_months) == ("appointment", False, 24)
    term = {"term_start", "term_end", "unit", "position"}
    assert term <= set(template_fields(adjunct.body_fa, "body_fa"))
    assert term | {"recipient_name"} <= set(template_fields(adjunct.body_en, "body_en"))


def test_fill_puts_values_in_and_leaves_no_double_space():
    text = fill(
        "Dear {recipient_title} {recipient_name},\n{{not a field}} {unit}", {"recipient_name": "Ali Rezaei"}
    )
    assert text == "Dear Ali Rezaei,\n{not a field}"


@pytest.mark.parametrize(
    ("body", "message", "name"),
    [
        ("Dear {recipient_nam},", "unknown field {recipient_nam}", "recipient_nam"),
        ("{Unit}", "unknown field {Unit}", "Unit"),
        ("{unit.name_en}", "unknown field {unit.name_en}", "unit.name_en"),
        ("{term_end:%Y}", "in braces alone", "term_end"),
        ("{date!r}", "in braces alone", "date"),
        ("an open { brace", "has no partner", None),
        ("a closing } brace", "has no partner", None),
        ("{}", "unknown field {}", ""),
    ],
)
def test_a_bad_template_is_refused_when_saved_naming_the_field(db, body, message, name):
    before = ordinances.list_kinds()
    with pytest.raises(ValidationError) as error:
        ordinances.save_kind({**KIND, "body_en": body})
    assert error.value.field == "body_en" and message in str(error.value)
    if name is not None:
        assert error.value.params["name"] == name
    assert ordinances.list_kinds() == before


def test_kinds_are_saved_changed_and_archived(db):
    kind_id = ordinances.save_kind(KIND)
    ordinances.save_kind({**KIND, "term_months": 36}, kind_id)
    assert ordinances.get_kind(kind_id).term_months == 36
    with pytest.raises(ValidationError, match="already has this name"):
        ordinances.save_kind(KIND)
    with pytest.raises(ValidationError) as error:
        ordinances.save_kind({**KIND, "name_fa": "دیگر", "term_months": 0})
    assert error.value.field == "term_months"
    with pytest.raises(ValidationError) as error:
        ordinances.save_kind({**KIND, "name_fa": "دیگر", "effect": "none", "unit_position": True})
    assert error.value.field == "unit_position"
    ordinances.set_kind_archived(kind_id, True)
    assert kind_id not in [k.id for k in ordinances.list_kinds()]
    assert kind_id in [k.id for k in ordinances.list_kinds(archived=True)]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.sampled_from(list("{}ab _:!.") + ["unit", "date", "nme"]), max_size=12).map("".join))
def test_any_template_text_is_accepted_or_refused_in_words(db, body):
    try:
        used = template_fields(body, "body_fa")
    except ValidationError as error:
        assert error.field == "body_fa" and str(error)
        with pytest.raises(ValidationError):
            ordinances.save_kind({**KIND, "body_fa": body or "x{"})
    else:
        assert set(used) <= set(FIELDS)
        fill(body, {})  # never fails once accepted
