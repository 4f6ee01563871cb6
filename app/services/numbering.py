"""Numbers for every register (letters, meetings, ordinances): per Jalali year, gapless, never reused.

A number is taken inside the caller's write transaction (BEGIN IMMEDIATE), so it is only consumed when
the record that carries it is committed; a rollback gives it back, and a voided record keeps it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import NumberSequence


def take_next(session: Session, register: str, year: int) -> int:
    """The next sequence number of `register` in Jalali year `year` (1 for the first)."""
    row = session.get(NumberSequence, (register, year))
    if row is None:
        row = NumberSequence(register=register, year=year, last_number=0)
        session.add(row)
    row.last_number += 1
    session.flush()
    return row.last_number


def format_number(fmt: str, year: int, sequence: int) -> str:
    """The printed number, e.g. "{year}/{seq:04d}/IVC" -> "1405/0042/IVC"."""
    return fmt.format(year=year, seq=sequence)
