"""Numbers for every register (letters, meetings, ordinances, visits, funding requests): never reused.

A number is taken inside the caller's write transaction (BEGIN IMMEDIATE), so it is only consumed when
the record that carries it is committed; a rollback gives it back, and a voided record keeps it.

The database alone cannot keep that promise across a restore: a backup brings back an older counter.
So the numbers given also live outside the database, in the data folder's "numbers.json" (written whole
and flushed to disk): for each register and year the highest number given ("given") and the highest ever
taken by a transaction that may not have committed ("taken", written before that commit), and for each
register the day of its latest number. A restore first seals what the replaced database had given (and
what the stored documents show) into "given"; every number is then the next above the database's
counter and "given", whatever backup is restored. "taken" is sealed only when the replaced database
cannot be read (recovery after damage), so a crash before a commit leaves no gap in the usual case.

On the office's PostgreSQL server the counter row is locked (SELECT ... FOR UPDATE) by the transaction
that issues the number, so two PCs issuing at once get consecutive numbers; never a sequence, which
leaves gaps on rollback. There numbers.json is not used: each PC's file would know only its own numbers,
and a gap would follow from a stale one. The server's counters only rise: a restore through IVC Desk
(app.services.backups) raises every counter of the restored data to what the replaced database had
given, inside the same transaction, and what the shared documents folder shows is sealed in too.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import paths
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from db.engines import lock_counter, numbers_kept_outside
from db.models import NumberSequence, Setting

MARKS_FILE = "numbers.json"
_DAY_KEY = "numbering/last_day/"  # + register: the day of its latest number, in the database too


class NumberDateError(ServiceError):
    """A number would be dated before the latest one of its register (the clock went back)."""


_SAMPLE_HISTORY = contextvars.ContextVar("ivc_sample_history", default=False)


@contextlib.contextmanager
def sample_history() -> Any:
    """While sample data fills an empty database with a past (demo), numbers may be dated in any order."""
    token = _SAMPLE_HISTORY.set(True)
    try:
        yield
    finally:
        _SAMPLE_HISTORY.reset(token)


def marks_path() -> Path:
    return paths.data_dir() / MARKS_FILE


def read_marks() -> dict[str, Any]:
    """{"given": {"letters/1405": 30}, "taken": {...}, "days": {"letters": "2026-12-01"}} (empty if none)."""
    try:
        data = json.loads(marks_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {part: dict(data.get(part) or {}) for part in ("given", "taken", "days")}


def _write_marks(marks: dict[str, Any]) -> None:
    """Written whole through a temporary file, flushed, renamed, and the folder flushed: it survives a
    crash."""
    from app.documents.output import write_atomic

    target = marks_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, json.dumps(marks, sort_keys=True, indent=1).encode())
    with contextlib.suppress(OSError, AttributeError):  # folders cannot be opened on Windows
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _key(register: str, year: int) -> str:
    return f"{register}/{year}"


def last_day(session: Session, register: str) -> dt.date | None:
    """The day of the register's latest number, from the database and the marks outside it."""
    row = session.get(Setting, _DAY_KEY + register)
    found = [json.loads(row.value)] if row is not None else []
    outside = read_marks()["days"].get(register) if numbers_kept_outside(session) else None
    found += [outside] if outside else []
    return max(dt.date.fromisoformat(day) for day in found) if found else None


def take_next(session: Session, register: str, year: int, day: dt.date | None = None) -> int:
    """The next sequence number of `register` in Jalali year `year` (1 for the first).

    With `day` (the date the number is printed with), a day before the register's latest number is
    refused: the computer's clock went back, and numbers would no longer follow their dates.
    """
    if day is not None and not _SAMPLE_HISTORY.get():
        latest = last_day(session, register)
        if latest is not None and day < latest:
            raise NumberDateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The latest number of this register is dated {latest}, so a number cannot be dated "
                    "{day}. "
                    "Check the computer's date and clock.",
                ),
                latest=latest.isoformat(),
                day=day.isoformat(),
            )
    row = _counter(session, register, year)
    outside = numbers_kept_outside(session)
    marks = read_marks() if outside else {"given": {}, "taken": {}, "days": {}}
    key = _key(register, year)
    row.last_number = max(row.last_number, int(marks["given"].get(key, 0))) + 1
    marks["taken"][key] = max(int(marks["taken"].get(key, 0)), row.last_number)
    if day is not None and not _SAMPLE_HISTORY.get():  # sample data's dates say nothing of the clock
        _set_day(session, register, day)
        marks["days"][register] = max(marks["days"].get(register, ""), day.isoformat())
    if outside:
        _write_marks(marks)  # before the commit that uses the number
    session.flush()
    return row.last_number


def _counter(session: Session, register: str, year: int) -> NumberSequence:
    """The register's counter row for `year`, locked by this transaction until it ends."""
    session.flush()  # a counter added in this session (take_next_id) is in the database before the lock
    return lock_counter(session, NumberSequence, {"register": register, "year": year}, last_number=0)


def peek_next(session: Session, register: str, year: int) -> int:
    """The number `take_next` would give now (nothing is taken)."""
    row = session.get(NumberSequence, (register, year))
    outside = int(read_marks()["given"].get(_key(register, year), 0)) if numbers_kept_outside(session) else 0
    return max(row.last_number if row is not None else 0, outside) + 1


def note_days(session: Session, days: dict[str, str]) -> None:
    """The days of the registers' latest numbers (from a database being replaced): never moved back."""
    for register, day in days.items():
        _set_day(session, register, dt.date.fromisoformat(day))


def _set_day(session: Session, register: str, day: dt.date) -> None:
    row = session.get(Setting, _DAY_KEY + register)
    if row is None:
        session.add(Setting(key=_DAY_KEY + register, value=json.dumps(day.isoformat())))
    elif json.loads(row.value) < day.isoformat():
        row.value = json.dumps(day.isoformat())


# Registers whose printed reference is the record's id ("FR-1405-0012" is funding request 12): the id is
# taken like a number, so a restore never gives it to another record. Register name -> model.
ID_REGISTERS = {"funding-requests": "FundingRequest"}


def take_next_id(session: Session, register: str) -> int:
    """The id of a new record of an ID_REGISTERS register: above every id the database has and every id
    given before a restore."""
    import db.models as models

    model = getattr(models, ID_REGISTERS[register])
    row = _counter(session, register, 0)
    highest = _highest_id(session, model)
    if row.last_number < highest:
        row.last_number = highest
    return take_next(session, register, 0)


def _highest_id(session: Session, model: Any) -> int:
    from sqlalchemy import func, select

    return int(session.execute(select(func.max(model.id))).scalar() or 0)


def note_given(session: Session, register: str, year: int, sequence: int) -> None:
    """A number put back into the register (re-registered after a restore): the counter is raised to it."""
    row = _counter(session, register, year)
    if row.last_number < sequence:
        row.last_number = sequence
    session.flush()


def given_in(session: Session) -> dict[str, int]:
    """Every register/year's counter in this database: {"letters/1405": 30, ...}."""
    from sqlalchemy import select

    import db.models as models

    found = {
        _key(r, y): n
        for r, y, n in session.execute(
            select(NumberSequence.register, NumberSequence.year, NumberSequence.last_number)
        )
    }
    for register, model in ID_REGISTERS.items():  # ids given before the counter existed
        key = _key(register, 0)
        found[key] = max(found.get(key, 0), _highest_id(session, getattr(models, model)))
    return found


def days_in(session: Session) -> dict[str, str]:
    from sqlalchemy import select

    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(_DAY_KEY)))
    return {key[len(_DAY_KEY) :]: json.loads(value) for key, value in rows}


def seal(given: dict[str, int], days: dict[str, str] | None = None, with_taken: bool = False) -> None:
    """Raise the marks outside the database to `given` (what a database about to be replaced had given),
    to what the stored documents show, and (`with_taken`) to every number ever taken."""
    marks = read_marks()
    found = dict(stored_documents())
    for source in (given, found, marks["taken"] if with_taken else {}):
        for key, number in source.items():
            marks["given"][key] = max(int(marks["given"].get(key, 0)), int(number))
    for register, day in (days or {}).items():
        marks["days"][register] = max(marks["days"].get(register, ""), day)
    _write_marks(marks)


# The stored documents that carry a number in their name: folder under documents/, register.
_STORED = (("letters", "letters"), ("ordinances", "ordinances"))


def stored_documents() -> dict[str, int]:
    """The highest number per register/year that a stored document's name shows ("1405/1405-00042…")."""
    found: dict[str, int] = {}
    for folder, register in _STORED:
        base = paths.documents_dir() / folder
        for year_dir in base.iterdir() if base.is_dir() else []:
            if not year_dir.name.isdigit():
                continue
            for item in year_dir.iterdir():
                head, _, rest = item.name.partition("-")
                digits = rest[:5]
                if head == year_dir.name and digits.isdigit() and not item.name.startswith("."):
                    key = _key(register, int(head))
                    found[key] = max(found.get(key, 0), int(digits))
    return found


def check_unused(session: Session, number: str) -> None:
    """Refuse a number already printed on a document of any register (formats that overlap)."""
    from sqlalchemy import select

    from db.models import Letter, Meeting, Ordinance, Visit

    for column in (Letter.number, Ordinance.number, Meeting.number, Visit.reference):
        if session.execute(select(column).where(column == number).limit(1)).first() is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The number {number} is already printed on another document. Change the "
                    "number formats in Settings so that each register's numbers differ.",
                ),
                number=number,
            )


def format_number(fmt: str, year: int, sequence: int) -> str:
    """The printed number, e.g. "{year}/{seq:04d}/IVC" -> "1405/0042/IVC"."""
    return fmt.format(year=year, seq=sequence)
