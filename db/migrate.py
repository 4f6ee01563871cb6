"""Bringing a database to the code's schema: refuse newer ones, back up, then run Alembic.

Alembic is imported only when the stored revision differs from SCHEMA_REVISION, so a normal start
pays nothing for it.
"""

from __future__ import annotations

from pathlib import Path

from db import SCHEMA_REVISION
from db.sqlite_ops import stored_revision

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer version of IVC Desk."""


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(path: Path) -> bool:
    return stored_revision(path) != SCHEMA_REVISION


def upgrade(database, backup_target: Path | None = None) -> str | None:  # type: ignore[no-untyped-def]
    """Upgrade `database` (a db.engine.Database, SQLite or PostgreSQL) to the head revision, all steps in
    one transaction (on a server, the writers' lock keeps two PCs from upgrading at once).

    A database that has data is first copied to `backup_target` (verified). Returns that path when a
    backup was taken. Raises NewerDatabaseError for a database from a newer version (left untouched);
    when a step fails, the transaction is rolled back and the database is as it was.
    """
    current = database.ops.stored_revision()
    if current == SCHEMA_REVISION:
        return None
    from alembic import command

    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(
            f"this database was written by a newer version of IVC Desk (schema {current}); "
            "install the newer version to open it"
        )
    backup = None
    if current is not None and backup_target is not None:
        database.ops.backup_to(database.engine, backup_target)
        backup = str(backup_target)
    config = alembic_config(database.engine.url.render_as_string(hide_password=True))
    with database.engine.execution_options(ivc_write=True).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        from db import search_index

        search_index.ensure(
            connection
        )  # a step that rebuilt a register's table took its index triggers along
    return backup
