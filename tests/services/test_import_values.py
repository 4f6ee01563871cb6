"""Importing the office's own sheets (issue 16): the cells read, every refusal in words — dates in either
calendar and every form, amounts, head counts, names across spellings, CSV encodings, an unknown country, a
file that is not a workbook, and random cells that never raise."""

from __future__ import annotations

import datetime as dt

import jdatetime
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import from_excel
from sqlalchemy import func, select

from app.services import context, imports
from app.services.errors import ServiceError, ValidationError
from app.services.imports import values
from app.services.imports.reading import Table
from db.models import Agreement, Institution
from tests.services.import_sheets import agreements_sheet


def _by_row(preview: imports.Preview) -> dict[int, imports.RowOutcome]:
    return {r.row: r for r in preview.rows}


def test_agreements_dates_in_every_form_and_their_refusals(db, tmp_path):
    table = imports.open_sheet("agreements", agreements_sheet(tmp_path / "agreements.xlsx"))
    mapping = imports.guess_mapping("agreements", table)
    assert imports.detect_calendars("agreements", table, mapping) == {
        "signed_on": "jalali",
        "valid_until": "jalali",
    }
    preview = imports.preview("agreements", table, mapping)
    rows = _by_row(preview)
    assert rows[4].values["signed_on"] == jdatetime.date(1402, 3, 15).togregorian()  # Persian digits
    assert rows[4].values["valid_until"] == jdatetime.date(1405, 3, 14).togregorian()
    assert rows[5].values["signed_on"] == dt.date(2023, 5, 1)  # a real date cell
    assert rows[5].values["valid_until"] == from_excel(46000).date()  # an Excel serial number
    assert (rows[5].values["status"], rows[5].values["scope"]) == (
        "terminated",
        "عدم تمدید",
    )  # the reason kept
    assert imports.describe(rows[6]).text() == "1403/12/31 is not a date that exists."
    assert imports.describe(rows[7]).text() == "The end date comes before the start date."
    assert imports.describe(rows[8]).text() == (
        "«معلق» is not one of the allowed values: Draft, Active, Expired, Terminated."
    )
    assert rows[9].values["signed_on"] == dt.date(2024, 3, 20)  # an ISO date in a Jalali column
    result = imports.apply_import(preview, skip_refused=True)
    assert result.added == 3
    with context.database().reading() as session:
        ankara = session.execute(
            select(Institution).where(Institution.name_en == "Ankara University")
        ).scalar_one()
        assert (
            session.execute(
                select(func.count(Agreement.id)).where(Agreement.institution_id == ankara.id)
            ).scalar_one()
            == 1
        )


def test_a_column_read_in_the_other_calendar_says_so(db, tmp_path):
    table = imports.open_sheet("agreements", agreements_sheet(tmp_path / "agreements.xlsx"))
    mapping = imports.guess_mapping("agreements", table)
    preview = imports.preview("agreements", table, mapping, {"signed_on": "gregorian"})
    assert imports.describe(_by_row(preview)[4]).text() == (
        "۱۴۰۲/۰۳/۱۵ is a Jalali date, but this column is read as Gregorian."
    )


@pytest.mark.parametrize(
    ("written", "minor"),
    [
        ("۱٬۲۵۰٬۰۰۰", 1_250_000),
        ("1,250,000", 1_250_000),
        ("۱,۲۵۰,۰۰۰ ریال", 1_250_000),
        (1250000, 1_250_000),
        (1250000.0, 1_250_000),
        ("", None),
    ],
)
def test_amounts_with_either_separator_in_either_digits(written, minor):
    assert values.amount(written, "amount") == minor


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        (-500, "An amount cannot be negative (-500)."),
        ("-۵۰۰", "An amount cannot be negative (-۵۰۰)."),
        ("12,50", "12,50 is not an amount."),
        ("twelve", "twelve is not an amount."),
    ],
)
def test_amounts_refused_in_words(written, reason):
    with pytest.raises(ValidationError) as refused:
        values.amount(written, "amount")
    assert refused.value.text() == reason


def test_dates_refused_in_words():
    for written, reason in (
        ("1402/13/01", "1402/13/01 is not a date that exists."),
        ("1404/12/30", "1404/12/30 is not a date that exists."),  # 1404 is not leap
        (-3, "-3 is not a date."),
        ("1250/01/01", "1250/01/01 is not a date that exists."),
    ):
        with pytest.raises(ValidationError) as refused:
            values.date(written, "signed_on", "jalali")
        assert refused.value.text() == reason
    assert values.date("1403/12/30", "d", "jalali") == jdatetime.date(1403, 12, 30).togregorian()  # leap 1403


def test_delegations_and_head_counts():
    assert values.head_count("هیئت دانشگاه آنکارا (۵ نفر)") == 5
    assert values.head_count("Delegation of Milan, 12 people") == 12
    assert values.head_count("هیئت پزشکی") == 0
    assert values.head_count("Ali Rezaei") is None


def test_names_compared_across_spellings():
    from app.services.imports.words import name_key

    assert (
        name_key("Dr.", "Jürgen", "Müller") == name_key("Jurgen", "Muller") == name_key("J", "urgen Muller")
    )
    assert name_key("دکتر علي", "رضايي") == name_key("علی", "رضایی")
    assert name_key("Ali", "Rezaei") != name_key("Ali", "Rezai")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256"])
def test_csv_files_in_utf8_and_windows_1256(db, tmp_path, encoding):
    path = tmp_path / "units.csv"
    content = "نام واحد,نوع\nگروه قلب,گروه\nبیمارستان امام,بیمارستان\n"
    if encoding == "cp1256":  # Windows-1256 has only the Arabic yeh: it is read back as the Persian one
        content = content.replace("ی", "ي")
    path.write_bytes(content.encode(encoding))
    table = imports.open_sheet("units", path)
    preview = imports.preview("units", table, imports.guess_mapping("units", table))
    assert [(r.values["name_fa"], r.values["kind"]) for r in preview.rows] == [
        ("گروه قلب", "department"),
        ("بیمارستان امام", "hospital"),
    ]


def test_an_unknown_country_and_a_file_that_is_not_a_workbook(db, tmp_path):
    table = Table("x.xlsx", "S", ["S"], 1, ["نام خانوادگی", "کشور"], [(2, ["رضایی", "Atlantis"])])
    [row] = imports.preview("people", table, imports.guess_mapping("people", table)).rows
    assert imports.describe(row).text() == "«Atlantis» is not a country the program knows."
    (tmp_path / "bad.xlsx").write_text("not a zip")
    with pytest.raises(imports.ImportFileError) as bad:
        imports.open_sheet("people", tmp_path / "bad.xlsx")
    assert bad.value.text() == "bad.xlsx is not an Excel workbook (.xlsx) that can be read."


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True),
    st.datetimes(),
    st.dates(),
    st.booleans(),
    st.text(max_size=10).map(values.Formula),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_cells_give_refusals_in_words_never_an_exception(db, data):
    for name, spec in imports.REGISTERS.items():
        cells = [data.draw(_CELLS) for _ in spec.fields]
        table = Table("r.xlsx", "S", ["S"], 1, [f.key for f in spec.fields], [(2, cells)])
        mapping = {f.key: i for i, f in enumerate(spec.fields)}
        [row] = imports.preview(name, table, mapping).rows
        assert isinstance(imports.describe(row), ServiceError)
        assert imports.describe(row).text()
