"""The one search box's index of words, for what is typed in one or two letters: SQLite's FTS5 over each
register's folded search key, split into words (letters, marks and digits; anything else parts them), with
prefix indexes of one and two characters, so that "a word starting with ka" is found in a few pages however
many records match, and the first ones come back without reading the rest.

The trigram index (db.search_index) answers words of three letters or more anywhere in a key; a shorter word
matches too much of every register for "anywhere" to be read quickly or to be useful, so it is looked for
at the start of a word. On another database the caller's query does the same with a regular expression.

External-content tables, kept in step by triggers, like the trigram index.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# index name -> table (the column is always search_key)
INDEXES: dict[str, str] = {
    "fts_people_words": "people",
    "fts_units_words": "units",
    "fts_institutions_words": "institutions",
    "fts_agreements_words": "agreements",
    "fts_letters_words": "letters",
    "fts_meetings_words": "meetings",
    "fts_visits_words": "visits",
    "fts_funding_requests_words": "funding_requests",
    "fts_ordinances_words": "ordinances",
}
# A word is made of letters, marks and digits (search keys are folded already: no case, no accents to drop).
TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* M* N* Co'"
LEADING_ZEROS = 4  # "42" also finds the word "0042" (a number's group written with zeros before it)


def create(connection: Connection) -> None:
    """Make every word index, fill it and add its triggers (SQLite only)."""
    if connection.dialect.name != "sqlite":
        return
    for name, table in INDEXES.items():
        tokenize = TOKENIZER.replace("'", "''")
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE {name} USING fts5(search_key, content='{table}', content_rowid='id', "
                f"tokenize='{tokenize}', prefix='1 2', detail=none)"
            )
        )
        connection.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))
        new = f"INSERT INTO {name}(rowid, search_key) VALUES (new.id, new.search_key);"
        old = f"INSERT INTO {name}({name}, rowid, search_key) VALUES ('delete', old.id, old.search_key);"
        connection.execute(text(f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {new} END"))
        connection.execute(text(f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {old} END"))
        connection.execute(
            text(f"CREATE TRIGGER {name}_au AFTER UPDATE OF search_key ON {table} BEGIN {old} {new} END")
        )


def drop(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for name in INDEXES:
        for suffix in ("ai", "ad", "au"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}_{suffix}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {name}"))


def ensure(connection: Connection) -> bool:
    """Make the word index whole again when a migration step that rebuilt a table took its triggers along
    (SQLite; True when it was rebuilt). Nothing to do before the index was made."""
    if connection.dialect.name != "sqlite":
        return False
    present = {
        row[0]
        for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        )
    }
    if not any(name in present for name in INDEXES):
        return False
    wanted = {f"{name}_{suffix}" for name in INDEXES for suffix in ("ai", "ad", "au")} | set(INDEXES)
    if wanted <= present:
        return False
    drop(connection)
    create(connection)
    return True


def usable(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def forms(word: str) -> list[str]:
    """The word starts that `word` stands for: itself, and for a number, the same number written with up to
    LEADING_ZEROS zeros before it ("42" → 42, 042, 0042, 00042, 000042)."""
    if not word.isdigit():
        return [word]
    bare = word.lstrip("0") or "0"
    return ["0" * zeros + bare for zeros in range(LEADING_ZEROS + 1)]


def _query(words: list[str], whole: bool) -> str:
    star = "" if whole else "*"
    terms = [
        "(" + " OR ".join('"' + form.replace('"', '""') + '"' + star for form in forms(word)) + ")"
        for word in words
    ]
    return " AND ".join(terms)


def matching_ids(
    session: Session, table: str, words: list[str], limit: int, whole: bool = False
) -> list[int]:
    """Ids of `table`'s rows whose search key has, for every word, a word starting with it (with `whole`,
    a word equal to it), in the order of their ids; at most `limit` of them, read without the rest."""
    index = f"fts_{table}_words"
    rows = session.execute(
        text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q LIMIT :n"),
        {"q": _query(words, whole), "n": limit},
    )
    return [row[0] for row in rows]


def tokens(key: str) -> list[str]:
    """The words the index holds for a folded key (what the tokenizer above makes of it): for tests and
    for checking a candidate in Python."""
    import unicodedata

    words, current = [], []
    for ch in key:
        if unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Co":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words
