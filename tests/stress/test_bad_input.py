"""Bad input against every public service function that takes input: 1,000 generated examples each.

Bad input is empty, huge (100,000 characters), markup, control characters, right-to-left marks, the wrong
type (int, float, bool, None, bytes, list, dict, date), dates out of order or out of range, negative and
non-existent ids. The property: the call succeeds (valid input happens too), or it raises a ServiceError
(a ValidationError names a field and says something), never anything else; and when it raises, the
database is unchanged (row counts of every table, the newest audit entry, the newest change per table).

Input the services are known to mishandle is kept out of the generators here and reproduced, one bug
each, by the tests at the end (each of them found a bug, now fixed, and stays as its proof).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.stress.helpers import ROOT

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

# ---------------------------------------------------------------- generators of bad input

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


# ---------------------------------------------------------------- the property


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


@pytest.fixture
def outcomes(db, request, figures) -> Iterator[Callable[[str], Outcomes]]:
    made: list[Outcomes] = []

    def make(name: str) -> Outcomes:
        if not made:
            made.append(Outcomes(name))
        return made[0]

    yield make
    if made:
        figures(made[0].line())
        assert sum(made[0].counts.values()) >= EXAMPLES


@pytest.fixture
def seeded(db, tmp_path) -> dict:
    """A few records of each kind for the generated ids to hit."""
    from app.services import directory, letters

    unit = directory.save_unit({"kind": "department", "name_fa": "گروه داخلی"})
    inst = directory.save_institution({"name_en": "Kyoto University", "country": "JP"})
    agreement = directory.save_agreement({"institution_id": inst, "title": "MoU", "status": "active"})
    people = [
        directory.save_person({"kind": "staff", "last_name_en": f"P{i}", "country": "IR", "unit_id": unit})
        for i in range(3)
    ]
    draft = {"lang": "en", "recipient": "The Registrar", "subject": "Visit", "body": "Dear colleague."}
    drafts = [letters.save_draft(draft) for _ in range(4)]
    issued = [letters.save_draft(draft) for _ in range(6)]
    for letter in issued:
        letters.issue_letter(letter, dt.date(2026, 11, 24))
    files = []
    for name in ("scan.pdf", "نامه.docx", "no suffix", "x" * 200 + ".txt", "\u202etxt.exe"):
        path = tmp_path / name
        path.write_bytes(b"attachment " + name.encode())
        files.append(path)
    (tmp_path / "empty").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    return {
        "units": [unit],
        "institutions": [inst],
        "agreements": [agreement],
        "people": people,
        "drafts": drafts,
        "issued": issued,
        "letters": drafts + issued,
        "files": files,
        "folder": tmp_path,
    }


# ---------------------------------------------------------------- directory

PERSON = {
    "kind": "foreign_guest",
    "title": "Prof.",
    "first_name_en": "Anna",
    "last_name_en": "Schmidt",
    "email": "anna@charite.de",
    "country": "DE",
    "nationality": "DE",
    "passport_number": "C01X23456",
}
PERSON_DATA = data_for(
    PERSON,
    {
        **{
            name: field()
            for name in (
                "title",
                "first_name_en",
                "last_name_en",
                "first_name_fa",
                "last_name_fa",
                "position",
                "affiliation",
                "passport_number",
            )
        },
        "kind": field("faculty", "staff", "foreign_guest"),
        "academic_rank": field("professor", ""),
        "email": field("a@b.org", "a@b"),
        "phone": field("+98 21 1234 5678", "۰۲۱ ۱۲۳۴"),
        "country": field("IR", "de", "XX"),
        "nationality": field("IR", "XX"),
        "notes": field("line\nline", "x" * 5001),
        "unit_id": DATA_IDS,
        "institution_id": DATA_IDS,
    },
)
UNIT_DATA = data_for(
    {"kind": "department", "name_fa": "گروه", "name_en": "Dept"},
    {"kind": field("department", "hospital", "other"), "name_fa": field("گروه جراحی"), "name_en": field()},
)
INSTITUTION_DATA = data_for(
    {"name_en": "Charité", "country": "DE"},
    {
        "name_en": field("Sorbonne"),
        "name_fa": field(),
        "country": field("FR", "XX"),
        "city": field(),
        "website": field("www.ki.se", "javascript:alert(1)"),
    },
)
AGREEMENT_DATA = data_for(
    {
        "institution_id": Existing(0),
        "title": "MoU",
        "status": "active",
        "signed_on": dt.date(2024, 1, 1),
        "valid_until": dt.date(2029, 1, 1),
    },
    {
        "institution_id": DATA_IDS,
        "title": field("Exchange"),
        "signed_on": DATES,
        "valid_until": DATES,
        "scope": field(),
        "status": field("draft", "active", "expired", "terminated"),
    },
)


@BAD
@given(record=PERSON_DATA, person_id=NEW_OR_ID)
def test_save_person(seeded, outcomes, record, person_id):
    from app.services import directory

    record = resolve_fields(record, {"unit_id": seeded["units"], "institution_id": seeded["institutions"]})
    saved = outcomes("directory.save_person").call(
        directory.save_person, record, resolve(person_id, seeded["people"])
    )
    if isinstance(saved, int):
        assert directory.get_person(saved).id == saved


@BAD
@given(record=UNIT_DATA, unit_id=NEW_OR_ID)
def test_save_unit(seeded, outcomes, record, unit_id):
    from app.services import directory

    saved = outcomes("directory.save_unit").call(
        directory.save_unit, record, resolve(unit_id, seeded["units"])
    )
    if isinstance(saved, int):
        assert directory.get_unit(saved).id == saved


@BAD
@given(record=INSTITUTION_DATA, institution_id=NEW_OR_ID)
def test_save_institution(seeded, outcomes, record, institution_id):
    from app.services import directory

    saved = outcomes("directory.save_institution").call(
        directory.save_institution, record, resolve(institution_id, seeded["institutions"])
    )
    if isinstance(saved, int):
        assert directory.get_institution(saved).id == saved


@BAD
@given(record=AGREEMENT_DATA, agreement_id=NEW_OR_ID)
def test_save_agreement(seeded, outcomes, record, agreement_id):
    from app.services import directory

    record = resolve_fields(record, {"institution_id": seeded["institutions"]})
    saved = outcomes("directory.save_agreement").call(
        directory.save_agreement, record, resolve(agreement_id, seeded["agreements"])
    )
    if isinstance(saved, int):
        values = directory.get_agreement(saved).values
        assert not (
            values["signed_on"] and values["valid_until"] and values["valid_until"] < values["signed_on"]
        )


ID_FUNCTIONS = [
    ("directory", name, pool)
    for kind, pool in (
        ("person", "people"),
        ("unit", "units"),
        ("institution", "institutions"),
        ("agreement", "agreements"),
    )
    for name in (f"get_{kind}", f"archive_{kind}", f"restore_{kind}")
] + [("letters", name, "letters") for name in ("get_letter", "archive_letter", "restore_letter")]


@pytest.mark.parametrize(
    ("module", "name", "pool"), ID_FUNCTIONS, ids=[f"{m}.{n}" for m, n, _ in ID_FUNCTIONS]
)
@BAD
@given(record_id=IDS)
def test_functions_taking_an_id(seeded, outcomes, module, name, pool, record_id):
    import importlib

    fn = getattr(importlib.import_module(f"app.services.{module}"), name)
    record_id = resolve(record_id, seeded[pool])
    not_an_id = type(record_id) is not int or record_id not in seeded[pool]
    outcomes(f"{module}.{name}").call(fn, record_id, must_refuse=not_an_id)


# ---------------------------------------------------------------- letters

LETTER = {"lang": "fa", "recipient": "جناب آقای دکتر Müller", "subject": "دعوت‌نامه", "body": "با سلام"}
LETTER_DATA = data_for(
    LETTER,
    {
        **{
            name: field()
            for name in (
                "recipient",
                "subject",
                "salutation",
                "closing",
                "attachments_text",
                "signatory_name",
                "signatory_title",
            )
        },
        "lang": field("fa", "en", "de"),
        "body": field("x" * 20_001, "Dear colleague"),
        "recipient_person_id": DATA_IDS,
        "linked_table": field("", "agreements", "meetings", "people; DROP"),
        "linked_id": DATA_IDS,
        "copies_to": st.one_of(ANYTHING, st.lists(ANYTHING, max_size=4)),
    },
)


@BAD
@given(record=LETTER_DATA, letter_id=NEW_OR_ID)
def test_save_draft(seeded, outcomes, record, letter_id):
    from app.services import letters

    record = resolve_fields(
        record, {"recipient_person_id": seeded["people"], "linked_id": seeded["agreements"]}
    )
    saved = outcomes("letters.save_draft").call(
        letters.save_draft, record, resolve(letter_id, seeded["letters"])
    )
    if isinstance(saved, int):
        assert letters.get_letter(saved)["status"] == "draft"


@BAD
@given(letter_id=IDS, issued_on=st.one_of(DATES, ANYTHING))
def test_issue_letter(seeded, outcomes, letter_id, issued_on):
    from app.services import letters

    letter_id = resolve(letter_id, seeded["letters"])
    number = outcomes("letters.issue_letter").call(letters.issue_letter, letter_id, issued_on)
    if isinstance(number, str):
        assert letters.get_letter(letter_id)["number"] == number


@BAD
@given(letter_id=IDS, reason=field("sent to the wrong address"))
def test_void_letter(seeded, outcomes, letter_id, reason):
    from app.services import letters

    outcomes("letters.void_letter").call(letters.void_letter, resolve(letter_id, seeded["letters"]), reason)


# ---------------------------------------------------------------- settings and attachments

NUMBER_FORMATS = st.one_of(
    st.sampled_from(
        [
            "{year}/{seq:04d}/IVC",
            "{seq}",
            "{seq:03d}-{year}",
            "{year}/IVC",
            "{seq:x}",
            "{seq!r}",
            "{{seq}}",
            "{seq}{year}{seq}",
            "{seq:>10}",
            "{seq:s}",
            "{seq:c}",
            "{seq:,}",
            "{seq:%}",
            "{seq:.2f}",
            "{}",
            "{0}",
            "{seq",
            "seq}",
            "{seq:{year}}",
            "{__import__}",
            "{seq}{other}",
            "{seq}{year.real.x}",
            "{seq}{year[0]}",
            "{seq:99999999999}",
            "{seq:0999d}",
        ]
    ),
    st.text(alphabet=st.sampled_from(list("{}seqyar:!0dsr/IVC-% .[]9")), max_size=20),
)
KNOWN_SETTINGS = [
    "address_en",
    "address_fa",
    "email",
    "faculty_en",
    "faculty_fa",
    "invocation_fa",
    "office_en",
    "office_fa",
    "phone",
    "setup_done",
    "signatory_name_en",
    "signatory_name_fa",
    "signatory_title_en",
    "signatory_title_fa",
    "university_en",
    "university_fa",
    "website",
]
SETTINGS_DATA = st.tuples(
    st.dictionaries(
        st.one_of(st.sampled_from([*KNOWN_SETTINGS, "logo"]), st.text(max_size=10)), ANYTHING, max_size=4
    ),
    st.one_of(st.none(), NUMBER_FORMATS, ANYTHING),
).map(lambda t: t[0] if t[1] is None else {**t[0], "letter_number_format": t[1]})


@BAD
@given(values=SETTINGS_DATA)
def test_settings_save(seeded, outcomes, values):
    from app.services import settings

    outcomes("settings.save").call(settings.save, values)


class InFolder:
    """A path in the test's folder, as str or Path (resolved in the test)."""

    def __init__(self, name: str, as_text: bool) -> None:
        self.name, self.as_text = name, as_text

    def __repr__(self) -> str:
        return f"InFolder({self.name!r}, {self.as_text})"


FILE_NAMES = [
    "scan.pdf",
    "نامه.docx",
    "no suffix",
    "x" * 200 + ".txt",
    "\u202etxt.exe",
    "empty",
    "missing.pdf",
    ".",
    "..",
    "",
    "sub/../scan.pdf",
    "scan.pdf/",
]
SOURCES = st.one_of(
    st.builds(InFolder, st.sampled_from(FILE_NAMES), st.booleans()),
    st.sampled_from(
        [
            "",
            ".",
            "..",
            "/",
            "~",
            "/dev/null",
            "/proc/self/status",
            "x" * 100_000,
            "\u202e",
            "a\nb",
            "CON",
            "*.pdf",
            "/etc/shadow",
            "file:///etc/passwd",
        ]
    ),
    TEXTISH,
    WRONG_TYPE,
)


@BAD
@given(source=SOURCES)
def test_add_attachment(seeded, outcomes, source):
    from app.services import attachments

    if isinstance(source, InFolder):
        path = seeded["folder"] / source.name if source.name else seeded["folder"]
        source = str(path) if source.as_text else path
    outcomes("attachments.add_attachment").call(
        attachments.add_attachment, "people", seeded["people"][0], source
    )


# ---------------------------------------------------------------- the bugs, one reproduction each


def test_bool_ids_are_not_record_ids(seeded):
    from app.services import directory
    from app.services.errors import NotFoundError

    first = seeded["people"][0]
    assert first == 1
    with pytest.raises(NotFoundError):
        directory.archive_person(True)
    assert directory.get_person(first).values["archived"] is False


@pytest.mark.parametrize(
    "call",
    [
        lambda: __import__("app.services.directory", fromlist=["x"]).get_person(2**63),
        lambda: __import__("app.services.directory", fromlist=["x"]).save_person(
            {"kind": "staff", "last_name_en": "X", "unit_id": 2**63}
        ),
        lambda: __import__("app.services.letters", fromlist=["x"]).issue_letter(2**64),
    ],
    ids=["get_person", "save_person unit_id", "issue_letter"],
)
def test_huge_ids_are_refused_in_words(db, call):
    from app.services.errors import ServiceError

    with pytest.raises(ServiceError):
        call()


def test_unpaired_surrogates_are_dropped_not_a_crash(db):
    from app.services import directory

    person = directory.save_person({"kind": "staff", "last_name_en": "Ahmadi\ud800", "country": "IR"})
    assert directory.get_person(person).values["last_name_en"] == "Ahmadi"  # the broken character dropped


@pytest.mark.parametrize("key", ["", "\r"])
def test_an_unknown_blank_setting_names_a_field(db, key):
    from app.services import settings
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        settings.save({key: "x"})
    assert caught.value.field.strip()


@pytest.mark.parametrize("fmt", ["{seq}{year.real.x}", "{seq}{year[0]}", "{seq:99999999999}"])
def test_number_formats_with_attributes_indexes_or_huge_widths_are_refused(db, fmt):
    from app.services import settings
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError):
        settings.save({"letter_number_format": fmt})


def test_the_logo_setting_cannot_point_outside_the_data_folder(db):
    from app.services import settings
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError):
        settings.save({"logo": "/etc/hostname"})


@pytest.mark.parametrize("source", ["scan\x00.pdf", 42, b"scan.pdf"], ids=["NUL", "int", "bytes"])
def test_attachment_paths_that_are_not_paths_are_refused_in_words(seeded, source):
    from app.services import attachments
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError):
        attachments.add_attachment("people", seeded["people"][0], source)


@pytest.mark.parametrize("owner", [("people", 999_999), ("no such table", 1), ("people", -1)])
def test_attachments_need_an_existing_owner(seeded, owner):
    from app.services import attachments
    from app.services.errors import ServiceError

    with pytest.raises(ServiceError):
        attachments.add_attachment(*owner, seeded["files"][0])


@pytest.mark.skipif(sys.platform == "win32", reason="an address-space limit (RLIMIT_AS) is POSIX")
def test_a_huge_attachment_is_refused_before_it_is_read(db, seeded, data_dir, tmp_path):
    huge = tmp_path / "film.mp4"
    with open(huge, "wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse: no disk space used
    script = (
        "import sys\nfrom app.services import attachments, context\nfrom app.services.errors import "
        "ServiceError\ncontext.open_database(sys.argv[1], lock=False)\n"
        "try:\n    attachments.add_attachment('people', 1, sys.argv[2])\nexcept ServiceError as e:\n    "
        "print('refused:', e)\n"
    )

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    done = subprocess.run(
        [sys.executable, "-c", script, str(db), str(huge)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        preexec_fn=limit,
        env={**__import__("os").environ, "IVC_DESK_HOME": str(data_dir)},
    )
    assert done.stdout.startswith("refused: Attachments must be smaller than 50 MB"), done.stderr[-500:]
