"""Bad input against the visits services, with the same generators and property as test_bad_input: the call
succeeds, or it raises a ServiceError (a ValidationError names a field) and the database is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.stress import test_bad_input as shared
from tests.stress.bad_input import (
    ANYTHING,
    BAD,
    DATA_IDS,
    DATES,
    IDS,
    NEW_OR_ID,
    Existing,
    data_for,
    field,
    resolve,
    resolve_fields,
)

outcomes = shared.outcomes  # the shared fixtures, under the names the tests ask for
seeded = shared.seeded

DAY = dt.date(2026, 12, 7)
TIMES = st.one_of(st.times(), st.sampled_from([dt.time(9), dt.time(0), dt.time(23, 59)]), ANYTHING)


@pytest.fixture
def visits_seeded(seeded) -> dict:
    """Guests, a visit with a programme, and a cancelled visit, for the generated ids to hit."""
    from app.services import directory, visits

    guests = [
        directory.save_person({"kind": "foreign_guest", "last_name_en": f"Guest{i}", "country": "DE"})
        for i in range(3)
    ]
    base = {
        "kind": "delegation",
        "purpose_en": "Research",
        "costs_by": "faculty",
        "arrival_date": DAY,
        "departure_date": DAY + dt.timedelta(days=2),
        "guests": [{"person_id": g} for g in guests[:2]],
    }
    live = visits.save_visit(base)
    cancelled = visits.save_visit(base)
    visits.set_status(cancelled, "cancelled", "postponed")
    items = visits.add_common_items(live, DAY, ["welcome", "lecture"])
    return {**seeded, "guests": guests, "visits": [live, cancelled], "items": items}


VISIT = {
    "kind": "delegation",
    "purpose_en": "Joint research",
    "costs_by": "faculty",
    "arrival_date": DAY,
    "departure_date": DAY + dt.timedelta(days=3),
    "guests": [{"person_id": Existing(0)}],
}
GUESTS = st.lists(st.fixed_dictionaries({"person_id": DATA_IDS}, optional={"is_head": ANYTHING}), max_size=4)
COSTS = st.lists(
    st.fixed_dictionaries(
        {
            "kind": field("hotel", "meals"),
            "currency": field("EUR", "IRR", "XXX"),
            "amount": st.one_of(st.integers(*(-(2**63), 2**63 - 1)), ANYTHING),
        },
        optional={"note": ANYTHING},
    ),
    max_size=3,
)
VISIT_DATA = data_for(
    VISIT,
    {
        **{
            name: field()
            for name in (
                "purpose_en",
                "purpose_fa",
                "arrival_flight",
                "arrival_airport",
                "accommodation",
                "local_transport",
                "interpreter",
                "notes",
                "report_summary",
            )
        },
        "kind": field("delegation", "other", "holiday"),
        "costs_by": field("faculty", "guest", "nobody"),
        "arrival_date": DATES,
        "departure_date": DATES,
        "arrival_time": TIMES,
        "departure_time": TIMES,
        "institution_id": DATA_IDS,
        "agreement_id": DATA_IDS,
        "host_unit_id": DATA_IDS,
        "host_person_id": DATA_IDS,
        "guests": st.one_of(GUESTS, ANYTHING),
        "costs": st.one_of(COSTS, ANYTHING),
    },
)


def _guests(record: dict, pool: list[int]) -> dict:
    guests = record.get("guests")
    if isinstance(guests, list):
        record = {
            **record,
            "guests": [
                {**g, "person_id": resolve(g["person_id"], pool)} if isinstance(g, dict) else g
                for g in guests
            ],
        }
    return record


@BAD
@given(record=VISIT_DATA, visit_id=NEW_OR_ID)
def test_save_visit(visits_seeded, outcomes, record, visit_id):
    from app.services import visits

    record = _guests(
        resolve_fields(
            record,
            {"host_person_id": visits_seeded["people"], "institution_id": visits_seeded["institutions"]},
        ),
        visits_seeded["guests"],
    )
    saved = outcomes("visits.save_visit").call(
        visits.save_visit, record, resolve(visit_id, visits_seeded["visits"])
    )
    if isinstance(saved, int):
        values = visits.get_visit(saved)
        assert values["reference"].startswith("V-") and sum(g["is_head"] for g in values["guests"]) <= 1


ITEM = {"day": DAY, "start_time": dt.time(9), "end_time": dt.time(10), "title_en": "Lecture"}
ITEM_DATA = data_for(
    ITEM,
    {
        **{
            name: field()
            for name in ("title_en", "title_fa", "location", "participants_text", "transport", "notes")
        },
        "day": DATES,
        "start_time": TIMES,
        "end_time": TIMES,
        "host_person_id": DATA_IDS,
        "participant_ids": st.one_of(st.lists(DATA_IDS, max_size=3), ANYTHING),
    },
)


@BAD
@given(record=ITEM_DATA, visit_id=IDS, item_id=NEW_OR_ID)
def test_save_item(visits_seeded, outcomes, record, visit_id, item_id):
    from app.services import visits

    record = resolve_fields(record, {"host_person_id": visits_seeded["people"]})
    if isinstance(record.get("participant_ids"), list):
        record["participant_ids"] = [resolve(p, visits_seeded["people"]) for p in record["participant_ids"]]
    outcomes("visits.save_item").call(
        visits.save_item,
        resolve(visit_id, visits_seeded["visits"]),
        record,
        resolve(item_id, visits_seeded["items"]),
    )


STATUSES = st.one_of(
    st.sampled_from(["approved", "cancelled", "completed", "report_filed", "proposed", ""]), ANYTHING
)


@BAD
@given(visit_id=IDS, status=STATUSES, reason=field("postponed"))
def test_set_status(visits_seeded, outcomes, visit_id, status, reason):
    from app.services import visits

    outcomes("visits.set_status").call(
        visits.set_status, resolve(visit_id, visits_seeded["visits"]), status, reason
    )


TOOLS = st.one_of(
    st.tuples(st.just("duplicate_day"), IDS, DATES, DATES),
    st.tuples(st.just("move_item"), IDS, st.one_of(st.sampled_from([-1, 1, 0, 2]), ANYTHING)),
    st.tuples(st.just("move_item_to_day"), IDS, DATES),
    st.tuples(
        st.just("add_common_items"),
        IDS,
        DATES,
        st.one_of(
            st.lists(st.sampled_from(["welcome", "lecture", "farewell", "picnic"]), max_size=3), ANYTHING
        ),
    ),
    st.tuples(st.just("remove_item"), IDS),
)


@BAD
@given(call=TOOLS)
def test_itinerary_tools(visits_seeded, outcomes, call):
    from app.services import visits

    name, target, *args = call
    pool = (
        visits_seeded["visits"] if name in ("duplicate_day", "add_common_items") else visits_seeded["items"]
    )
    if name == "duplicate_day" and isinstance(args[0], dt.date) and not isinstance(args[0], dt.datetime):
        args[0] = DAY  # copy from the day that has items, so copies happen too
    outcomes("visits: itinerary tools").call(getattr(visits, name), resolve(target, pool), *args)


@BAD
@given(
    visit_id=IDS, kind=field("visa", "certificate"), lang=field("fa", "en"), guest=st.one_of(st.none(), IDS)
)
def test_register_letter(visits_seeded, outcomes, visit_id, kind, lang, guest):
    from app.services import visits

    outcomes("visits.register_letter").call(
        visits.register_letter,
        resolve(visit_id, visits_seeded["visits"]),
        kind,
        lang,
        resolve(guest, visits_seeded["guests"]),
    )


ID_FUNCTIONS = ["get_visit", "archive_visit", "restore_visit", "list_items", "check_itinerary", "get_item"]


@pytest.mark.parametrize("name", ID_FUNCTIONS)
@BAD
@given(record_id=IDS)
def test_visit_functions_taking_an_id(visits_seeded, outcomes, name, record_id):
    from app.services import visits

    pool = visits_seeded["items"] if name == "get_item" else visits_seeded["visits"]
    record_id = resolve(record_id, pool)
    not_an_id = type(record_id) is not int or record_id not in pool
    outcomes(f"visits.{name}").call(getattr(visits, name), record_id, must_refuse=not_an_id)
