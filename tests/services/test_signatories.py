"""Signatories: several in Settings, one chosen per document and kept with it; no document issued without
one; the funding documents keep their signature block."""

import datetime as dt

import pytest

from app.services import letters, ordinances, signatories
from app.services.errors import ValidationError
from tests.conftest import TEST_SIGNATORY
from tests.services.ordinance_helpers import kind, setting_up
from tests.services.test_letters import LETTER

DEPUTY = {
    "name_fa": "دکتر مهسا کاظمی",
    "name_en": "Dr. Mahsa Kazemi",
    "title_fa": "قائم‌مقام معاون بین‌الملل",
    "title_en": "Deputy International Vice-Chancellor",
}
DAY = dt.date(2026, 11, 24)


def test_the_list_keeps_its_order_and_the_first_is_the_default(db):
    signatories.save_signatories([TEST_SIGNATORY, DEPUTY])
    listed = signatories.list_signatories()
    assert [s.name_en for s in listed] == ["Dr. Ali Mohammadi", "Dr. Mahsa Kazemi"]
    signatories.save_signatories([DEPUTY, TEST_SIGNATORY])
    assert [s.name_fa for s in signatories.list_signatories()] == ["دکتر مهسا کاظمی", "دکتر علی محمدی"]
    from app.services import settings

    assert settings.load()["signatory_name_en"] == "Dr. Mahsa Kazemi"  # the default is the institution's


@pytest.mark.parametrize(
    ("rows", "row", "field"),
    [
        ([TEST_SIGNATORY, {**DEPUTY, "name_fa": "", "name_en": ""}], 1, "name_fa"),
        ([{**DEPUTY, "title_en": ""}], 0, "title_en"),
        ([TEST_SIGNATORY, TEST_SIGNATORY], 1, "name_fa"),
        ([{**DEPUTY, "name_en": "x" * 201}], 0, "name_en"),
    ],
)
def test_a_bad_signatory_is_refused_by_its_row_and_field_and_nothing_changes(db, rows, row, field):
    with pytest.raises(signatories.SignatoryError) as refused:
        signatories.save_signatories(rows)
    assert (refused.value.row, refused.value.field) == (row, field)
    assert [s.name_en for s in signatories.list_signatories()] == ["Dr. Ali Mohammadi"]


def test_a_letter_is_not_issued_without_a_signatory(db):
    signatories.save_signatories([])
    letter = letters.save_draft(LETTER)
    with pytest.raises(ValidationError) as refused:
        letters.issue_letter(letter, DAY)
    assert refused.value.field == "signatory_name" and "Settings › Signatories" in refused.value.text()
    assert letters.get_letter(letter)["status"] == "draft"
    signatories.save_signatories([TEST_SIGNATORY])
    assert letters.issue_letter(letter, DAY) == "1405/0001/IVC"  # the number was not taken by the refusal


def test_a_signatory_without_a_name_in_the_letters_language_is_not_used(db):
    signatories.save_signatories([{**DEPUTY, "name_en": "", "title_en": ""}])
    english = letters.save_draft({**LETTER, "lang": "en"})
    with pytest.raises(ValidationError):
        letters.issue_letter(english, DAY)


def test_the_chosen_signatory_is_kept_with_the_letter(db, pdf_text):
    signatories.save_signatories([TEST_SIGNATORY, DEPUTY])
    chosen = letters.save_draft(
        {**LETTER, "signatory_name": DEPUTY["name_fa"], "signatory_title": DEPUTY["title_fa"]}
    )
    default = letters.save_draft(LETTER)
    letters.issue_letter(chosen, DAY)
    letters.issue_letter(default, DAY)
    signatories.save_signatories([{**TEST_SIGNATORY, "name_fa": "دکتر رضا نیک‌نام"}])  # a new vice-chancellor
    assert letters.get_letter(chosen)["signatory_name"] == "دکتر مهسا کاظمی"
    assert letters.get_letter(default)["signatory_name"] == "دکتر علی محمدی"
    assert "کاظمی" in pdf_text(letters.letter_pdf(chosen)) and "نیکنام" not in pdf_text(
        letters.letter_pdf(chosen)
    )
    assert "محمدی" in pdf_text(letters.letter_pdf(default))


def test_an_ordinance_needs_a_signatory_and_keeps_the_one_it_was_issued_with(db, pdf_text):
    ids = setting_up()
    values = ordinances.new_draft_values(kind("deputy"), ids["rezaei"], ids["anatomy"], DAY)
    signatories.save_signatories([])
    blank = ordinances.save_draft({**values, **{f"signatory_{f}": "" for f in ("name_fa", "name_en")}})
    with pytest.raises(ValidationError) as refused:
        ordinances.issue_ordinance(blank, DAY)
    assert refused.value.field == "signatory_name"
    assert ordinances.get_ordinance(blank)["status"] == "draft"
    signatories.save_signatories([TEST_SIGNATORY, DEPUTY])
    by_deputy = ordinances.save_draft(
        {**values, "unit_id": ids["sina"], **{f"signatory_{f}": v for f, v in DEPUTY.items()}}
    )
    ordinances.issue_ordinance(blank, DAY)  # the default, copied in at issue
    ordinances.issue_ordinance(by_deputy, DAY, supersede=False)
    assert ordinances.get_ordinance(blank)["signatory_name_en"] == "Dr. Ali Mohammadi"
    signatories.save_signatories([DEPUTY])
    assert "Dr. Mahsa Kazemi" in pdf_text(ordinances.ordinance_pdf(by_deputy, "en"))
    assert "Dr. Ali Mohammadi" in pdf_text(ordinances.ordinance_pdf(blank, "en"))


def test_half_a_signatory_on_an_ordinance_is_refused(db):
    ids = setting_up()
    values = ordinances.new_draft_values(kind("deputy"), ids["rezaei"], ids["anatomy"], DAY)
    draft = ordinances.save_draft({**values, "signatory_name_en": ""})
    with pytest.raises(ValidationError) as refused:
        ordinances.issue_ordinance(draft, DAY)
    assert refused.value.field == "signatory_name_en"
