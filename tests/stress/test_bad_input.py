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
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.stress.bad_input import (
    ANYTHING,
    BAD,
    DATES,
    EXAMPLES,
    IDS,
    NEW_OR_ID,
    Outcomes,
    field,
    resolve,
    resolve_fields,
)
from tests.stress.bad_input_records import (
    AGREEMENT_DATA,
    INSTITUTION_DATA,
    LETTER_DATA,
    PERSON_DATA,
    SETTINGS_DATA,
    SOURCES,
    UNIT_DATA,
    InFolder,
)
from tests.stress.helpers import ROOT

# ---------------------------------------------------------------- generators of bad input


# ---------------------------------------------------------------- the property


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


@BAD
@given(values=SETTINGS_DATA)
def test_settings_save(seeded, outcomes, values):
    from app.services import settings

    outcomes("settings.save").call(settings.save, values)


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
