"""The one search box: every register, found however the words are typed (ی/ي, ک/ك, ZWNJ or space, Persian,
Arabic or Latin digits, Latin accents, numbers with either separator), grouped by register, best first."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import directory, funding, letters, meetings, ordinances, search, visits
from tests.services import funding_helpers
from tests.services.meetings_helpers import council_id
from tests.services.ordinance_helpers import kind, setting_up


def found(text: str) -> dict[str, list[int]]:
    return {g.register: [h.record_id for h in g.hits] for g in search.search(text)}


@pytest.fixture
def office(db, frozen_clock):  # type: ignore[no-untyped-def]
    frozen_clock(dt.datetime(2026, 11, 30, 9, 0))
    ids = setting_up()  # گروه آناتومی, بیمارستان سینا, Rezaei, Karimi (کریمی)
    ids["children"] = directory.save_unit(
        {"kind": "department", "name_fa": "گروه کودکان", "name_en": "Paediatrics"}
    )
    ids["guest"] = directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Ana",
            "last_name_en": "Núñez",
            "country": "ES",
        }
    )
    ids["partner"] = directory.save_institution(
        {
            "name_en": "Karolinska Institutet",
            "name_fa": "مؤسسه کارولینسکا",
            "country": "SE",
            "city": "Stockholm",
        }
    )
    ids["agreement"] = directory.save_agreement(
        {"institution_id": ids["partner"], "title": "Research exchange", "status": "active"}
    )
    ids["letter"] = letters.save_draft(
        {
            "lang": "fa",
            "recipient": "Karolinska Institutet",
            "subject": "دعوت‌نامه بازدید",
            "body": "همکاری پژوهشی ویژه در زمینه قلب",
        }
    )
    ids["letter_number"] = letters.issue_letter(ids["letter"])
    ids["meeting"] = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "شورای بورس",
            "starts_at": dt.datetime(2026, 12, 1, 10),
            "ends_at": dt.datetime(2026, 12, 1, 12),
        }
    )
    item = meetings.add_agenda_item(ids["meeting"], {"title": "بررسی طرح تبادل دانشجو"})
    meetings.record_resolution(item, {"text": "با اعزام سه دانشجوی پزشکی موافقت شد", "outcome": "approved"})
    ids["visit"] = visits.save_visit(
        {
            "kind": "delegation",
            "purpose_en": "Joint research",
            "arrival_date": dt.date(2026, 12, 10),
            "departure_date": dt.date(2026, 12, 12),
            "costs_by": "faculty",
            "costs": [],
            "guests": [{"person_id": ids["guest"], "is_head": True}],
        }
    )
    funding_helpers.set_up_year()
    ids["funding"] = funding.save_request(
        funding_helpers.request_data(ids["karimi"], conference="ESC Congress 2027")
    )
    draft = ordinances.save_draft(
        ordinances.new_draft_values(kind("deputy"), ids["rezaei"], ids["anatomy"], dt.date(2026, 9, 23))
    )
    ids["ordinance"] = draft
    ids["ordinance_number"] = ordinances.issue_ordinance(draft, dt.date(2026, 9, 23))
    return ids


def test_every_register_is_searched(office):
    assert office["guest"] in found("Núñez")["people"]
    assert found("کودکان")["units"] == [office["children"]]
    assert found("Karolinska")["partners"] == [office["partner"]]
    assert found("research exchange")["agreements"] == [office["agreement"]]
    assert found("بازدید")["letters"] == [office["letter"]]
    assert found("شورای بورس")["meetings"] == [office["meeting"]]
    assert found("núñez")["visits"] == [office["visit"]]
    assert found("ESC")["funding"] == [office["funding"]]
    assert office["ordinance"] in found("رضایی")["ordinances"]


def test_arabic_letters_zwnj_and_accents_fold(office):
    assert found("گروه كودكان")["units"] == [office["children"]]  # Arabic kaf
    assert office["karimi"] in found("كريمي")["people"]  # Arabic kaf and yeh
    assert found("دعوت نامه")["letters"] == [office["letter"]]  # a space for the ZWNJ
    assert office["guest"] in found("nunez")["people"]  # no accents typed
    assert office["guest"] in found("NUNEZ")["people"]
    assert found("موسسه کارولینسکا")["partners"] == [office["partner"]]  # hamza on waw


def test_numbers_in_any_digits_and_with_either_separator(office):
    number = office["letter_number"]  # e.g. 1405/0001/IVC
    year, sequence, _ = number.split("/")
    persian = year.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    for typed in (
        number,
        f"{year}-{sequence}",
        f"{persian}/{int(sequence)}",
        f"{year}/{int(sequence)}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    ):
        groups = search.search(typed)
        letters_group = next(g for g in groups if g.register == "letters")
        assert letters_group.hits[0].record_id == office["letter"], typed
    meeting_number = meetings.get_meeting(office["meeting"])["number"]  # "1/1405"
    assert found(meeting_number.replace("/", "-"))["meetings"][0] == office["meeting"]
    assert found(office["ordinance_number"].replace("/", " "))["ordinances"] == [office["ordinance"]]
    reference = visits.get_visit(office["visit"])["reference"]  # V-1405-001
    assert found(reference.replace("-", "/").replace("001", "1"))["visits"] == [office["visit"]]
    assert office["funding"] in found(str(office["funding"]))["funding"]


def test_text_of_letters_agenda_items_and_resolutions(office):
    assert found("ويژه")["letters"] == [office["letter"]]  # Arabic yeh typed, Persian stored
    assert found("تبادل دانشجو")["meetings"] == [office["meeting"]]
    assert found("اعزام")["meetings"] == [office["meeting"]]


def test_groups_are_best_first_and_an_exact_number_first_of_all(office):
    groups = search.search(office["letter_number"])
    assert groups[0].register == "letters" and groups[0].hits[0].score == max(
        h.score for g in groups for h in g.hits
    )
    assert search.search("   ") == [] and search.search("zzzz-no-such-thing") == []


def test_archived_records_are_not_found(office):
    directory.archive_unit(office["children"])
    assert "units" not in found("کودکان")
