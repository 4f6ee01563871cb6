"""The program's one clock: frozen, everything that reads the date or the time follows it, the database's
column defaults too; unfrozen, it is the system clock."""

import datetime as dt

from app.common import clock, dates

EVE = dt.datetime(2027, 3, 20, 23, 30)


def test_frozen_the_date_helpers_and_utc_follow(frozen_clock):
    frozen_clock(EVE)
    assert clock.now() == EVE and clock.today() == dates.today() == EVE.date()
    assert dates.to_jalali(dates.today()) == (1405, 12, 29)
    assert clock.utcnow() == EVE.astimezone(dt.UTC).replace(tzinfo=None)
    assert clock.utcnow().tzinfo is None
    frozen_clock(EVE + dt.timedelta(hours=1))  # moved on: the new year
    assert dates.jalali_year(dates.today()) == 1406


def test_an_aware_instant_is_read_in_local_time(frozen_clock):
    frozen_clock(dt.datetime(2027, 3, 20, 20, 0, tzinfo=dt.UTC))
    assert clock.utcnow() == dt.datetime(2027, 3, 20, 20, 0)


def test_the_context_manager_gives_the_real_clock_back():
    assert not clock.is_frozen()
    with clock.frozen(EVE):
        assert clock.now() == EVE
    assert not clock.is_frozen()
    before = dt.datetime.now()
    assert before <= clock.now() <= dt.datetime.now()


def test_the_database_stamps_records_with_the_program_s_clock(db, frozen_clock):
    from sqlalchemy import select

    from app.services import audit, context
    from db.models import AuditEntry

    frozen_clock(EVE)
    with context.database().writing() as session:
        audit.record(session, "people", 1, "create", {})
    with context.database().reading() as session:
        assert session.execute(select(AuditEntry.at)).scalar_one() == clock.utcnow()


def test_the_audit_log_s_days_are_the_office_s_in_tehran(db, frozen_clock, monkeypatch):
    import time

    from app.services import audit, context
    from app.services.paging import PageRequest

    monkeypatch.setenv("TZ", "Asia/Tehran")
    time.tzset()
    try:
        frozen_clock(dt.datetime(2027, 3, 21, 0, 30))  # 1 Farvardin, 00:30 in Tehran: still 20 March in UTC
        with context.database().writing() as session:
            audit.record(session, "people", 1, "create", {})
        day = dt.date(2027, 3, 21)
        assert audit.list_entries(PageRequest(), audit.AuditFilter(since=day, until=day)).total == 1
        assert (
            audit.list_entries(PageRequest(), audit.AuditFilter(until=day - dt.timedelta(days=1))).total == 0
        )
    finally:
        monkeypatch.undo()
        time.tzset()
