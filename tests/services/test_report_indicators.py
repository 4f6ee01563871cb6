"""The ranking indicators (QS international faculty and students, THE international staff and students,
inbound and outbound exchange) against people whose answers are counted by hand, for 1405 and 1404, with the
clock at 1406/02/01: a foreign faculty member for 2 months against one for 4, exactly 90 days against 89,
dual citizens both ways round, a visiting academic employed elsewhere, distance and offshore students, and
stays crossing the year's turn at 1 Farvardin. The workbook and the PDF hold the same numbers."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.documents.annual_report import value_text
from app.services import context, reports
from app.services.errors import FieldErrors, ValidationError
from app.services.reports.definitions import RATIOS
from db.models import Person
from tests.services import reports_fixture as fx

j = fx.j

# name -> (kind, nationality, second, second at birth, from, until, employed elsewhere, study mode, archived)
PEOPLE = {
    "Long German": ("faculty", "DE", "", False, j(1400, 7, 1), None, False, "on_campus", False),
    "Two Months": ("faculty", "FR", "", False, j(1405, 3, 1), j(1405, 4, 31), False, "on_campus", False),
    "Four Months": ("faculty", "FR", "", False, j(1405, 3, 1), j(1405, 6, 31), False, "on_campus", False),
    "Iranian Born": ("faculty", "IR", "DE", False, None, None, False, "on_campus", False),
    "Iraqi Born": ("faculty", "IR", "IQ", True, j(1395, 1, 1), None, False, "on_campus", False),
    "Visiting Elsewhere": (
        "faculty",
        "GB",
        "",
        False,
        j(1405, 7, 1),
        j(1405, 12, 1),
        True,
        "on_campus",
        False,
    ),
    "Across Nowruz": ("faculty", "JP", "", False, j(1404, 11, 1), j(1405, 2, 15), False, "on_campus", False),
    "Home Grown": ("faculty", "IR", "", False, None, None, False, "on_campus", False),
    "Left Before": ("faculty", "TR", "", False, j(1398, 1, 1), j(1404, 12, 29), False, "on_campus", False),
    "Comes Later": ("faculty", "IN", "", False, j(1406, 1, 15), None, False, "on_campus", False),
    "Archived Foreigner": ("faculty", "ES", "", False, None, None, False, "on_campus", True),
    "Not Recorded": ("faculty", "", "", False, None, None, False, "on_campus", False),
    "Ninety Days": ("faculty", "NL", "", False, j(1405, 8, 1), None, False, "on_campus", False),
    "Eighty Nine": ("faculty", "BE", "", False, j(1405, 8, 1), None, False, "on_campus", False),
    "Afghan Student": ("student", "AF", "", False, j(1403, 7, 1), j(1407, 6, 31), False, "on_campus", False),
    "Distance Student": ("phd_student", "IQ", "", False, None, None, False, "distance", False),
    "Offshore Student": ("msc_student", "IR", "", False, None, None, False, "offshore", False),
    "Home Resident": ("resident", "IR", "", False, None, None, False, "on_campus", False),
    "Dual Student": ("phd_student", "IR", "CA", False, None, None, False, "on_campus", False),
    "Graduated Student": (
        "msc_student",
        "SY",
        "",
        False,
        j(1400, 7, 1),
        j(1404, 6, 31),
        False,
        "on_campus",
        False,
    ),
    "Guest Only": ("foreign_guest", "DE", "", False, None, None, False, "on_campus", False),
}
# figure -> (1405, 1404), counted by hand; the reports fixture adds a faculty member and a resident of no
# recorded citizenship (both years), 3 guests in 1405 and 1 in 1404, and 3 approved requests of 1405 (to
# Austria).
EXPECTED = {
    "qs_faculty_international": (5, 4),  # 1405: Long German, Four Months, Iraqi Born, Across Nowruz, Ninety
    "qs_faculty": (9, 8),
    "qs_students_international": (1, 2),  # Afghan Student; in 1404 also Graduated Student
    "qs_students": (4, 5),
    "the_staff_international": (6, 3),  # 1404: Long German, Across Nowruz, Left Before
    "the_staff": (11, 8),
    "the_students_international": (2, 3),
    "the_students": (6, 7),
    "qs_faculty_ratio": (556, 500),  # 5 of 9, 4 of 8, in tenths of a percent
    "qs_students_ratio": (250, 400),
    "the_staff_ratio": (545, 375),  # 6 of 11, 3 of 8
    "the_students_ratio": (333, 429),  # 2 of 6, 3 of 7
    "exchange_inbound": (3, 1),
    "exchange_outbound": (3, 0),
}


@pytest.fixture
def built(db, frozen_clock):
    ids = fx.build()
    with context.database().writing() as s:
        for name, (kind, nat, nat2, at_birth, start, until, elsewhere, mode, archived) in PEOPLE.items():
            first, last = name.split()
            if name == "Ninety Days":
                until = start + (j(1405, 8, 2) - j(1405, 8, 1)) * 89  # 90 days, both ends counted
            if name == "Eighty Nine":
                until = start + (j(1405, 8, 2) - j(1405, 8, 1)) * 88
            person = Person(
                kind=kind,
                first_name_en=first,
                last_name_en=last,
                nationality=nat,
                nationality2=nat2,
                nationality2_at_birth=at_birth,
                at_faculty_from=start,
                at_faculty_until=until,
                employed_elsewhere=elsewhere,
                study_mode=mode,
                archived_at=fx.NOW if archived else None,
                search_key=last.lower(),
            )
            s.add(person)
            s.flush()
            ids[name] = person.id
    frozen_clock(fx.NOW)
    return ids


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_every_indicator_is_the_hand_count(built, lang):
    report = reports.annual_report(1405, lang)
    found = {key: (report.figure(key).this_year, report.figure(key).last_year) for key in EXPECTED}
    assert found == EXPECTED
    for key in EXPECTED:
        whole = RATIOS[key][1] if key in RATIOS else key  # a share lists the records it is a share of
        assert len(report.figure(key).traces) == EXPECTED[whole][0], key


def test_an_indicator_opens_into_its_names_and_why(built):
    report = reports.annual_report(1405, "en")
    international = {t.name: t for t in report.figure("qs_faculty_international").traces}
    assert sorted(international) == [
        "Across Nowruz",
        "Four Months",
        "Iraqi Born",
        "Long German",
        "Ninety Days",
    ]
    assert "citizen at birth of Iraq, also of Iran" in international["Iraqi Born"].why
    assert "124 days at the faculty" in international["Four Months"].why
    assert "90 days" in international["Ninety Days"].why
    assert international["Iraqi Born"].register == "people"
    assert international["Iraqi Born"].record_id == built["Iraqi Born"]
    assert report.figure("qs_faculty_ratio").traces == report.figure("qs_faculty").traces
    whys = {t.name: t.why for t in report.figure("qs_faculty").traces}
    assert whys["Iraqi Born"].endswith("— international") and "international" not in whys["Iranian Born"]
    for key in EXPECTED:
        assert reports.annual.source(key, "en") != reports.annual.source("agreements_active", "en"), key
    counted = {t.name for t in report.figure("qs_faculty").traces}
    assert {"Two Months", "Eighty Nine", "Visiting Elsewhere", "Comes Later", "Left Before"}.isdisjoint(
        counted
    )
    assert {"Iranian Born", "Home Grown", "Not Recorded", "Maryam Karimi"} <= counted
    staff = {
        t.name: t.why for t in reports.annual_report(1405, "en").figure("the_staff_international").traces
    }
    assert "Two Months" in staff and "Iraqi Born" not in staff  # THE: any length; holding Iranian citizenship
    students = {t.name for t in report.figure("qs_students").traces}
    assert students == {"Afghan Student", "Home Resident", "Dual Student", "Reza Ahmadi"}


def test_the_current_year_counts_a_stay_to_today(built, frozen_clock):
    """In 1406, read on 1406/02/01: Comes Later (since 1406/01/15, 17 days, open) is THE staff, not yet QS."""
    report = reports.annual_report(1406, "en")
    assert "Comes Later" in {t.name for t in report.figure("the_staff").traces}
    assert "Comes Later" not in {t.name for t in report.figure("qs_faculty").traces}
    frozen_clock(fx.NOW + (j(1406, 5, 1) - j(1406, 2, 1)))  # three months on, it is
    assert "Comes Later" in {t.name for t in reports.annual_report(1406, "en").figure("qs_faculty").traces}


FACTS = re.compile(r"^(?:Year|سال) (?:1405|۱۴۰۵): (\S+) — (?:Year before|سال قبل) (?:1404|۱۴۰۴): (\S+)$")


def _facts(text: str) -> list[tuple[str, str]]:
    """Each figure's values as printed in the pack's PDF ("Year 1405: 55.6% — Year before 1404: 50.0%")."""
    found = [FACTS.match(line.strip()) for line in text.splitlines()]
    return [(m[1], m[2]) for m in found if m]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_workbook_and_the_pdf_hold_the_same_numbers(built, tmp_path, lang):
    target = tmp_path / "indicators.xlsx"
    reports.export_indicators(1405, target, lang)
    book = load_workbook(target)
    report = reports.annual_report(1405, lang)
    for key, expected in EXPECTED.items():
        rows = list(book[key].iter_rows(values_only=True))
        assert rows[0][1] == report.figure(key).label
        scale = 10 if key in RATIOS else 1  # a share is written as a percentage (55.6)
        assert (rows[3][1] * scale, rows[4][1] * scale) == pytest.approx(expected), key
        whole = RATIOS[key][1] if key in RATIOS else key
        assert len(rows) - 7 == EXPECTED[whole][0]  # one row per record behind the figure
    pdf = PdfReader(io.BytesIO(reports.indicator_pack_pdf(1405, lang)))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    figures = [f for section in report.sections for f in section.figures]
    printed = [
        tuple(value_text(v, lang, f.money, f.percent) for v in (f.this_year, f.last_year)) for f in figures
    ]
    assert _facts(text) == printed  # every figure, in the pack's order, as the workbook has it
    shown = dict(zip((f.key for f in figures), _facts(text), strict=True))
    assert shown["qs_faculty_ratio"] == (("55.6%", "50.0%") if lang == "en" else ("۵۵٫۶٪", "۵۰٫۰٪"))
    assert shown["qs_faculty"] == (("9", "8") if lang == "en" else ("۹", "۸"))
    for name in ("Iraqi Born", "Ninety Days", "Afghan Student"):
        assert name in text


def test_bad_citizenship_and_dates_are_refused_by_field():
    from app.services.directory import clean_person

    base = {"kind": "faculty", "last_name_en": "X"}
    with pytest.raises(ValidationError) as one:
        clean_person({**base, "nationality": "DE", "nationality2": "DE"})
    assert one.value.field == "nationality2"
    with pytest.raises(FieldErrors) as several:
        clean_person(
            {
                **base,
                "nationality2_at_birth": True,
                "at_faculty_from": j(1405, 5, 1),
                "at_faculty_until": j(1405, 4, 1),
                "study_mode": "online",
                "employed_elsewhere": "yes",
            }
        )
    fields = {e.field for e in several.value.errors}
    assert fields == {"nationality2_at_birth", "at_faculty_until", "study_mode", "employed_elsewhere"}
    with pytest.raises(ValidationError) as first_missing:
        clean_person({**base, "nationality2": "CA"})
    assert first_missing.value.field == "nationality"
    values = clean_person({**base, "nationality": "IR", "nationality2": "iq", "nationality2_at_birth": True})
    assert (values["nationality2"], values["nationality2_at_birth"], values["study_mode"]) == (
        "IQ",
        True,
        "on_campus",
    )
