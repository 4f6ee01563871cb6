"""The schema: migrations match the models, pragmas are set, newer and foreign files are refused."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import db.models
from app.services import context
from app.services.context import DatabaseUnavailableError
from db import SCHEMA_REVISION
from db.base import Base
from db.migrate import alembic_config

db.models.load_all()


def test_code_revision_is_the_migrations_head():
    assert ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() == SCHEMA_REVISION


def model_differences(connection) -> list:  # type: ignore[no-untyped-def]
    """What the schema has that the models have not, or the other way round; the search box's index (SQLite's
    FTS5 tables) lives outside the models."""
    from db import search_index

    diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    diff = [d for d in diff if not (d[0] == "remove_table" and search_index.is_index_table(d[1].name))]
    # on PostgreSQL the search keys' trigram indexes are the migration's own (not in the models)
    return [d for d in diff if not (d[0] == "remove_index" and d[1].name.endswith("_search_trgm"))]


def test_upgraded_empty_database_matches_the_models(db):
    engine = context.database().engine
    with engine.connect() as connection:
        assert model_differences(connection) == []


@pytest.mark.sqlite_only
def test_pragmas_on_every_connection(db):
    with context.database().reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000


@pytest.mark.sqlite_only
def test_writes_take_the_write_lock_at_begin(db):
    """BEGIN IMMEDIATE: once a write session has read anything, no other connection can start writing,
    so what it read cannot change under it before it writes."""
    with context.database().writing() as session:
        session.execute(text("SELECT count(*) FROM people"))
        other = sqlite3.connect(db, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


@pytest.mark.sqlite_only
def test_a_database_from_a_newer_version_is_refused_untouched(db):
    context.close_database()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    with pytest.raises(DatabaseUnavailableError, match="newer version"):
        context.open_database(db)
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(data_dir):
    path = data_dir / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(DatabaseUnavailableError):
        context.open_database(path)
    assert path.read_text().startswith("these are my notes")


def test_an_old_database_is_backed_up_then_upgraded(data_dir, template_db):
    """A database at an older revision (here: none applied, only alembic_version) gets a verified backup."""
    path = data_dir / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    context.open_database(path)
    context.close_database()
    backups = list((data_dir / "backups").glob("before-upgrade-*.sqlite3"))
    assert backups == []  # an empty alembic_version means a new database: nothing to keep
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_REVISION


FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_every_released_schema_upgrades_to_head_with_its_data(fixture, data_dir):
    """A copy of a database from each released schema version opens, upgrades and keeps its records."""
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as conn:
        people_before = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    context.open_database(path)
    try:
        with context.database().engine.connect() as connection:
            assert model_differences(connection) == []
        from app.services import directory

        assert directory.list_people().total == people_before > 0
    finally:
        context.close_database()


FAILING_STEP = """
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE people SET notes = 'touched'")
    raise RuntimeError("step failed half-way")


def downgrade() -> None:
    pass
"""


def test_a_failing_migration_leaves_the_database_as_it_was(data_dir, tmp_path, monkeypatch):
    from db import migrate

    path = data_dir / "old.sqlite3"
    shutil.copyfile(FIXTURES[0], path)  # the oldest: every real step runs, then all are undone
    before = path.read_bytes()
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    # A step after the newest one, whatever that is: every step of the upgrade is undone with it.
    (migrations / "versions" / "9999_fails.py").write_text(FAILING_STEP.replace("{head}", SCHEMA_REVISION))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(migrate, "SCHEMA_REVISION", "9999")
    with pytest.raises(DatabaseUnavailableError, match="half-way.*undone"):
        context.open_database(path)
    context.close_database()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
        assert not conn.execute("SELECT 1 FROM people WHERE notes = 'touched'").fetchone()
    [backup] = (data_dir / "backups").glob("ivc-desk-*-before-upgrade.sqlite3")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] > 0
    assert len(before) > 0


def test_a_database_on_a_network_share_uses_a_rollback_journal(tmp_path, monkeypatch):
    """WAL needs shared memory that network file systems do not provide: a rollback journal there."""
    from db import engine

    mounts = f"server:/export {tmp_path} nfs4 rw 0 0\n/dev/vda / ext4 rw 0 0\n"
    real_read_text = Path.read_text
    monkeypatch.setattr(
        Path,
        "read_text",
        lambda self, *a, **k: mounts if str(self) == "/proc/mounts" else real_read_text(self, *a, **k),
    )
    assert engine.is_network_path(tmp_path / "ivc-desk.sqlite3")
    assert engine.is_network_path(Path("//server/share/ivc-desk.sqlite3"))
    database = engine.Database(tmp_path / "shared.sqlite3")
    with database.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    database.dispose()
