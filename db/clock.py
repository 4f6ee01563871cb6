"""The program's one clock (standard library only, so the column defaults in db/base.py can use it).

app/ code reads it through app.common.clock; tests freeze it there. Unfrozen it is the system clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

_frozen: dt.datetime | None = None  # local naive time the clock stands at, or None for the system clock


def now() -> dt.datetime:
    """Local time, naive (what the office's wall clock shows)."""
    return _frozen if _frozen is not None else dt.datetime.now()


def today() -> dt.date:
    """The local (office) date."""
    return now().date()


def utcnow() -> dt.datetime:
    """UTC, naive: what the database stores."""
    if _frozen is None:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return utc_of(_frozen)


def utc_of(local: dt.datetime) -> dt.datetime:
    """A local (naive) time as naive UTC, to compare with stored times: in Tehran, local midnight is 20:30
    UTC of the day before."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)  # a naive datetime is read as local time


def freeze(at: dt.datetime | None) -> None:
    """Stop the clock at `at` (local time; an aware datetime is converted), or restart it with None."""
    global _frozen
    if at is not None and at.tzinfo is not None:
        at = at.astimezone().replace(tzinfo=None)
    _frozen = at


def is_frozen() -> bool:
    return _frozen is not None


@contextmanager
def frozen(at: dt.datetime) -> Iterator[None]:
    """`with frozen(dt.datetime(2027, 3, 20, 23, 30)):` the clock stands at that instant inside the block."""
    before = _frozen
    freeze(at)
    try:
        yield
    finally:
        freeze(before)
