"""The one search box's index: SQLite's FTS5 with the trigram tokenizer over each register's folded search
key (and the texts without one: a letter's body, agenda items, resolutions), so that "every word somewhere in
the key" is found without reading the whole register. SQLite's own, kept here behind two functions; on
another database (or a word shorter than three letters) the caller's LIKE query does the work instead.

The index tables are "external content" tables: they hold only the index, the text stays in the register's
own table; triggers keep them in step with every insert, update and delete.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# index name -> (table, column)
INDEXES: dict[str, tuple[str, str]] = {
    "fts_people": ("people", "search_key"),
    "fts_units": ("units", "search_key"),
    "fts_institutions": ("institutions", "search_key"),
    "fts_agreements": ("agreements", "search_key"),
    "fts_letters": ("letters", "search_key"),
    "fts_letter_bodies": ("letters", "body"),
    "fts_meetings": ("meetings", "search_key"),
    "fts_agenda_items": ("agenda_items", "title"),
    "fts_resolutions": ("resolutions", "text"),
    "fts_visits": ("visits", "search_key"),
    "fts_funding_requests": ("funding_requests", "search_key"),
    "fts_ordinances": ("ordinances", "search_key"),
}
MIN_WORD = 3  # the trigram tokenizer finds substrings of three characters or more


def create(connection: Connection) -> None:
    """Make every index, fill it from its table and add the triggers that keep it current (SQLite only)."""
    if connection.dialect.name != "sqlite":
        return
    for name, (table, column) in INDEXES.items():
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE {name} USING fts5({column}, content='{table}', "
                f"content_rowid='id', tokenize='trigram')"
            )
        )
        connection.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))
        new = f"INSERT INTO {name}(rowid, {column}) VALUES (new.id, new.{column});"
        old = f"INSERT INTO {name}({name}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
        connection.execute(text(f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {new} END"))
        connection.execute(text(f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {old} END"))
        connection.execute(
            text(f"CREATE TRIGGER {name}_au AFTER UPDATE OF {column} ON {table} BEGIN {old} {new} END")
        )


def ensure(connection: Connection) -> bool:
    """Make the index whole again if a migration lost part of it (SQLite; True when it was rebuilt).

    A migration that rebuilds a register's table (Alembic's batch mode on SQLite copies the table and drops
    the old one) drops that table's triggers with it, and the index then silently stops following the
    register. The upgrade calls this after its steps, so no migration has to remember it."""
    if connection.dialect.name != "sqlite":
        return False
    from db import word_index  # the short words' index: the same care, after this one

    return _ensure(connection) | word_index.ensure(connection)


def _ensure(connection: Connection) -> bool:
    present = {
        row[0]
        for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        )
    }
    if not any(name in present for name in INDEXES):
        return False  # before the index was made (or a migration step that removed it)
    wanted = {f"{name}_{suffix}" for name in INDEXES for suffix in ("ai", "ad", "au")} | set(INDEXES)
    if wanted <= present:
        return False
    drop(connection)
    create(connection)
    return True


def is_index_table(name: str) -> bool:
    """A table of the search index (an index or one of the tables SQLite keeps for it): not in the models."""
    return any(name == index or name.startswith(index + "_") for index in INDEXES)


def drop(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for name in INDEXES:
        for suffix in ("ai", "ad", "au"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}_{suffix}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {name}"))


def usable(session: Session, words: list[str]) -> bool:
    """Whether the index can answer for these words (SQLite, and at least one word of three letters)."""
    return session.get_bind().dialect.name == "sqlite" and any(len(w) >= MIN_WORD for w in words)


def matching_ids(session: Session, index: str, words: list[str], limit: int) -> list[int]:
    """Ids of the rows of `index`'s table whose text holds every word of three letters or more (the caller
    checks the shorter words, and whether the record is archived)."""
    phrases = " AND ".join('"' + w.replace('"', '""') + '"' for w in words if len(w) >= MIN_WORD)
    rows = session.execute(
        text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q LIMIT :n"), {"q": phrases, "n": limit}
    )
    return [row[0] for row in rows]
