"""What the bad-input property tests throw at the services: odd characters and samples, values of the wrong
type, optional fields, ids that exist or not, and the tally of outcomes each test reports."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = 1000


BAD = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run and machine (CI)
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


INT64 = (-(2**63), 2**63 - 1)  # SQLite's integers


ODD_CHARS = list("<>&\"'/=;+-@{}[]%") + [
    "\x00",
    "\x01",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufeff",
    "\r",
    "\n",
    "\t",
    "\u2028",
    "ي",
    "ك",
    "ی",
    "ک",
    "ة",
    "a",
    "Z",
    "1",
    "۱",
    "٤",
    " ",
    "\u00a0",
    "😀",
    "\ud800",
    "\udfff",
]


SAMPLES = [
    "",
    " ",
    "   \t ",
    "<img src=x onerror=alert(1)>",
    "<font size=99 color=red>big</font>",
    "<b>bold",
    "</para>",
    "&amp;&lt;",
    "<br/>",
    "=1+2",
    "@SUM(A1)",
    "-1",
    "+98 21",
    "\u202eevil\u202c",
    "\u200f\u200e",
    "x" * 100_000,
    "\n" * 1000,
    "۱۴۰۵/۰۱/۰۱",
    "null",
    "None",
    "0",
    "../../etc/passwd",
    "C:\\Windows",
    "%s%n",
    "'; DROP TABLE people; --",
]


TEXTISH = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from(ODD_CHARS), max_size=40),
    st.sampled_from(SAMPLES),
)


WRONG_TYPE = st.one_of(
    st.integers(*INT64),
    st.floats(),
    st.booleans(),
    st.none(),
    st.binary(max_size=8),
    st.lists(st.integers(-3, 3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.just(dt.time(12, 0)),
    st.just(Path("x")),
)


ANYTHING = st.one_of(TEXTISH, WRONG_TYPE)


DATES = st.one_of(
    st.dates(),  # mostly out of the office's range (1925..2057)
    st.dates(dt.date(1925, 1, 1), dt.date(2060, 12, 31)),
    st.sampled_from([dt.date(1925, 3, 20), dt.date(1925, 3, 21), dt.date(2057, 3, 19), dt.date(2057, 3, 20)]),
    st.datetimes(),
    st.sampled_from(["2026-01-01", "1405/01/01", "", 0, 20260101, None, True]),
)


def optional(fields: dict[str, st.SearchStrategy]) -> st.SearchStrategy[dict]:
    """Some of the fields, each bad or good."""
    return st.fixed_dictionaries({}, optional=fields)


def data_for(valid: dict, fields: dict[str, st.SearchStrategy]) -> st.SearchStrategy[dict]:
    """A valid record with one field replaced, or several, or only the replaced fields."""
    one = st.one_of(*(strategy.map(lambda v, k=k: {**valid, k: v}) for k, strategy in fields.items()))
    changes = optional(fields)
    return st.one_of(one, changes.map(lambda c: {**valid, **c}), changes)


def field(*good: object) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(good), ANYTHING) if good else ANYTHING


class Existing:
    """Stands for the id of an existing record; resolved in the test, when the records exist."""

    def __init__(self, i: int) -> None:
        self.i = i

    def __repr__(self) -> str:
        return f"Existing({self.i})"


def resolve(value: object, pool: list[int]) -> object:
    return pool[value.i % len(pool)] if isinstance(value, Existing) else value


def resolve_fields(record: dict, pools: dict[str, list[int]]) -> dict:
    return {k: resolve(v, pools[k]) if k in pools else v for k, v in record.items()}


# Record ids: existing ones, small and negative numbers, SQLite's whole range and beyond, wrong types.
IDS = st.one_of(
    st.builds(Existing, st.integers(0, 99)),
    st.integers(-5, 60),
    st.integers(*INT64),
    st.sampled_from([2**63, 2**64, -(2**63) - 1, 10**30]),
    WRONG_TYPE,
)


DATA_IDS = st.one_of(
    IDS, st.booleans()
)  # an id inside a record's data (validate.record_id refuses bool itself)


NEW_OR_ID = st.one_of(st.none(), IDS)


class Outcomes:
    """Runs each generated call and checks the property; counts what happened, for the figures."""

    def __init__(self, name: str) -> None:
        from app.services import context

        self.name = name
        self.counts: Counter[str] = Counter()
        engine = context.database().engine
        with engine.connect() as conn:
            names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
            dated = [
                n
                for n in names
                if "updated_at" in [c[1] for c in conn.exec_driver_sql(f'PRAGMA table_info("{n}")')]
            ]
        parts = [f'(SELECT count(*) FROM "{n}")' for n in names] + ["(SELECT max(id) FROM audit_log)"]
        parts += [f'(SELECT max(updated_at) FROM "{n}")' for n in dated]
        parts += [
            "(SELECT group_concat(key || value) FROM settings)",
            "(SELECT sum(last_number) FROM number_sequences)",
        ]
        self._sql = "SELECT " + ", ".join(parts)
        self._engine = engine

    def fingerprint(self) -> tuple:
        with self._engine.connect() as conn:
            return tuple(conn.exec_driver_sql(self._sql).one())

    def call(self, fn: Callable[..., object], *args: object, must_refuse: bool = False) -> object:
        """fn(*args): succeeds, or raises a ServiceError and changes nothing. `must_refuse`: this input is
        never valid, so it must be refused."""
        from app.services.errors import ServiceError, ValidationError

        before = self.fingerprint()
        try:
            result = fn(*args)
        except ServiceError as exc:
            self.counts[type(exc).__name__] += 1
            if isinstance(exc, ValidationError):
                assert isinstance(exc.field, str) and exc.field.strip(), (
                    f"ValidationError without a field: {exc.field!r}"
                )
            assert exc.text().strip(), "an error without a message"
            assert self.fingerprint() == before, f"{type(exc).__name__} ({exc}) but the database changed"
            return exc
        self.counts["succeeded"] += 1
        assert not must_refuse, f"{fn.__name__}{args!r:.200} succeeded"
        return result

    def line(self) -> str:
        total = sum(self.counts.values())
        refused = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()) if k != "succeeded")
        succeeded = self.counts["succeeded"]
        return f"bad input: {self.name}: {total} calls, {succeeded} succeeded, refused: {refused or 'none'}"
