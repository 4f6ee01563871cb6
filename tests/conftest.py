"""Test set-up: offscreen Qt before any Qt import, a temporary data folder per test, and a template
database built (migrated) once per run and copied for each test that needs one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

# IVC_TEST_DATABASE=postgresql+psycopg://user:password@host:port/database runs every test that uses the `db`
# fixture on that (throwaway) PostgreSQL database instead of a SQLite file (`make test-pg` sets it).
TEST_SERVER = os.environ.get("IVC_TEST_DATABASE", "").strip() or None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite's own file (locks, damage, pragmas): not run on a server"
    )


# The longest tests (minutes each, far more than any other) run first, so that with pytest-xdist each worker
# takes one at the start instead of one worker running them all at the end while the other waits.
LONGEST_FIRST = ("tests/ui/test_soak.py::test_a_long_session",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(
        key=lambda item: not item.nodeid.startswith(LONGEST_FIRST)
    )  # stable: the rest keep their order
    if TEST_SERVER is None:
        return
    skip = pytest.mark.skip(reason="about SQLite's own file; the server has none")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


TEST_SIGNATORY = {
    "name_fa": "دکتر علی محمدی",
    "name_en": "Dr. Ali Mohammadi",
    "title_fa": "معاون بین‌الملل دانشکده پزشکی",
    "title_en": "International Vice-Chancellor, School of Medicine",
}


def _add_test_signatory() -> None:
    """The open database's signatory, as the welcome dialog records it, with no audit entry of its own."""
    import json

    from app.services import context
    from db.models import Setting

    with context.database().writing() as session:
        for field, value in TEST_SIGNATORY.items():
            session.add(Setting(key=f"signatory_{field}", value=json.dumps(value, ensure_ascii=False)))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head revision, made once, with the vice-chancellor as its signatory (as
    the welcome dialog records it): documents are issued only with a signatory."""

    from app.services import context

    folder = tmp_path_factory.mktemp("template")
    context.open_database(folder / "template.sqlite3")
    _add_test_signatory()
    context.close_database()
    return folder / "template.sqlite3"


@pytest.fixture(scope="session")
def server_template() -> dict | None:
    """On the test server: the schema made by the migrations once, and the rows they seed (restored
    before each test, after every table is emptied)."""
    if TEST_SERVER is None:
        return None
    from sqlalchemy import create_engine, text

    from app.services import context
    from db.transfer import count_rows

    engine = create_engine(TEST_SERVER)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    context.open_database(url=TEST_SERVER)
    database = context.database()
    _add_test_signatory()
    from db.transfer import _tables

    with database.engine.connect() as conn:
        counts = count_rows(conn)
        seeds = {
            t.name: [dict(r) for r in conn.execute(t.select()).mappings()]
            for t in _tables()
            if counts.get(t.name)
        }
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    context.close_database()
    return {"seeds": seeds, "version": version}


def reset_server(template: dict) -> None:
    """Every table of the test server emptied (ids from 1 again) and the migrations' seed rows put back."""
    from sqlalchemy import create_engine, insert, text

    from db.transfer import _tables, reset_sequences

    engine = create_engine(TEST_SERVER, poolclass=__import__("sqlalchemy.pool").pool.NullPool)
    tables = _tables()
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE " + ", ".join(t.name for t in tables) + " RESTART IDENTITY CASCADE"))
        for table in tables:
            rows = template["seeds"].get(table.name)
            if rows:
                conn.execute(insert(table), rows)
        reset_sequences(conn)
    engine.dispose()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder for this test (IVC_DESK_HOME points at it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("IVC_DESK_HOME", str(folder))
    return folder


@pytest.fixture
def db(
    data_dir: Path, template_db: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """An open, empty, migrated database in this test's data folder (or on the test server)."""
    from app import paths
    from app.services import context

    target = paths.database_path()
    if TEST_SERVER is not None:
        reset_server(request.getfixturevalue("server_template"))
        monkeypatch.setenv("IVC_DESK_DATABASE", TEST_SERVER)  # what the command line opens in this test, too
        context.open_database(url=TEST_SERVER)
        context.set_actor("tester")
        yield target
        context.close_database()
        return
    shutil.copyfile(template_db, target)
    context.open_database(target)
    context.set_actor("tester")
    yield target
    context.close_database()


@pytest.fixture
def empty_server(request: pytest.FixtureRequest) -> str:
    """The test server emptied (schema at head, the migrations' seed rows only), not opened: its URL."""
    if TEST_SERVER is None:
        pytest.skip("needs IVC_TEST_DATABASE (make test-pg)")
    reset_server(request.getfixturevalue("server_template"))
    return TEST_SERVER


@pytest.fixture
def qt_settings(tmp_path: Path) -> Iterator[None]:
    """Interface preferences (QSettings) kept in this test's folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


def _pdf_text(pdf: bytes) -> str:
    """The text of a PDF as a reader would type it: NFKC (presentation forms undone) and ZWNJ removed
    (tests/documents/test_text_layer.py holds the text layer to what was written, ZWNJ included)."""
    import io
    import unicodedata

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return unicodedata.normalize("NFKC", text).replace("\u200c", "")


@pytest.fixture
def pdf_text():
    """pdf_text(bytes) -> str: a PDF's text for assertions in either language."""
    return _pdf_text


@pytest.fixture
def frozen_clock() -> Iterator[Callable[[dt.datetime], None]]:
    """frozen_clock(at): the program's clock (app.common.clock) stands at `at`, local time, until the test
    ends; call it again to move the clock. Unused, tests run on the real clock (CI also runs them under
    faketime at Jalali year boundaries)."""
    from app.common import clock

    yield clock.freeze
    clock.freeze(None)
