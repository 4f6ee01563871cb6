"""Anything thrown at the meetings services is either stored or refused with a clear error, changing
nothing."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services import context, meetings
from app.services.errors import ServiceError, ValidationError
from db.models import (
    ActionItem,
    AgendaItem,
    AuditEntry,
    Meeting,
    MeetingParticipant,
    NumberSequence,
    Resolution,
)
from tests.services.meetings_helpers import START, council_id, new_council, person

BAD = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("<>&\"'\x00\x01\x1b\u202e\u200c/\\=+-@ يكیک"), max_size=30),
    st.just("x" * 12_000),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.none(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.lists(st.integers(), max_size=3),
    st.floats(allow_nan=True),
    st.binary(max_size=10),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just("x" * 100_000),
)
RELAXED = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def counts():
    with context.database().reading() as session:
        return tuple(
            session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Meeting, AgendaItem, Resolution, ActionItem, MeetingParticipant, AuditEntry)
        )


def sequences():
    with context.database().reading() as session:
        return sorted(
            (r.register, r.year, r.last_number) for r in session.execute(select(NumberSequence)).scalars()
        )


def refused_cleanly(call, before):
    try:
        call()
    except ValidationError as error:
        assert error.field and error.text()
        assert counts() == before
        return False
    return True


@RELAXED
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "kind_id",
                "title",
                "starts_at",
                "ends_at",
                "location",
                "online_link",
                "mode",
                "chair_id",
                "secretary_id",
                "notes",
            ]
        ),
        BAD,
    )
)
def test_create_meeting(db, changes):
    base = {
        "kind_id": council_id(),
        "title": "Council",
        "starts_at": START,
        "ends_at": START + dt.timedelta(hours=1),
    }
    before, numbers = counts(), sequences()
    if refused_cleanly(lambda: meetings.create_meeting({**base, **changes}), before):
        assert counts()[0] == before[0] + 1
    else:
        assert sequences() == numbers  # a refused meeting takes no number


@RELAXED
@given(
    st.dictionaries(
        st.sampled_from(
            ["title", "presenter_id", "minutes", "description", "discussion", "linked_table", "linked_id"]
        ),
        BAD,
    )
)
def test_add_agenda_item(db, changes):
    meeting = meetings.latest_of_kind(council_id()) or new_council()
    before = counts()
    if refused_cleanly(lambda: meetings.add_agenda_item(meeting, {"title": "Item", **changes}), before):
        assert counts()[1] == before[1] + 1


@RELAXED
@given(
    st.dictionaries(
        st.sampled_from(["text", "outcome", "votes_for", "votes_against", "votes_abstain", "amount"]), BAD
    )
)
def test_record_resolution(db, changes):
    meeting = meetings.latest_of_kind(council_id()) or new_council()
    items = meetings.agenda_items(meeting)
    item = items[0].id if items else meetings.add_agenda_item(meeting, {"title": "Item"})
    before = counts()
    if refused_cleanly(
        lambda: meetings.record_resolution(item, {"text": "Decided.", "outcome": "noted", **changes}), before
    ):
        assert counts()[2] == before[2] + 1


@RELAXED
@given(st.dictionaries(st.sampled_from(["text", "owner_id", "due_on", "resolution_id"]), BAD))
def test_add_action(db, changes):
    meeting = meetings.latest_of_kind(council_id()) or new_council()
    before = counts()
    if refused_cleanly(lambda: meetings.add_action(meeting, {"text": "Do it", **changes}), before):
        assert counts()[3] == before[3] + 1


@RELAXED
@given(st.dictionaries(st.sampled_from(["person_id", "role", "state", "note"]), BAD))
def test_add_participant(db, changes):
    meeting = meetings.latest_of_kind(council_id()) or new_council()
    someone = person("Someone", "کسی")
    before = counts()
    if refused_cleanly(lambda: meetings.add_participant(meeting, {"person_id": someone, **changes}), before):
        assert counts()[4] == before[4] + 1


@RELAXED
@given(BAD, BAD, BAD)
def test_status_steps_with_bad_values(db, start, end, reason):
    meeting = meetings.latest_of_kind(council_id()) or new_council()
    before = counts()
    for call in (
        lambda: meetings.postpone_meeting(meeting, start, end, reason),
        lambda: meetings.cancel_meeting(meeting, reason),
        lambda: meetings.reopen_minutes(meeting, reason),
    ):
        try:
            call()
        except ServiceError as error:
            assert error.text()
            assert counts() == before
            continue
        return
