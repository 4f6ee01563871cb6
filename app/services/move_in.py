"""Moving an office in: its SQLite database and its documents copied to an empty server database, verified.

`move_to_server(url)` takes a verified snapshot of this computer's database (SQLite's backup API), loads it
into the server's empty database in one transaction (the schema made by the same migrations), raises
the server's counters to every number the office had given (the database's counters and numbers.json),
copies the issued documents and attachments into the shared folder, and then checks: the rows of every
table, the numbering state, and the SHA-256 of every issued document the records name.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError

# Tables whose rows mean the server already holds an office's records (others are seeded by migrations).
RECORD_TABLES = (
    "people",
    "units",
    "institutions",
    "agreements",
    "letters",
    "meetings",
    "visits",
    "ordinances",
    "funding_requests",
    "attachments",
)


@dataclass(frozen=True)
class MoveReport:
    rows: dict[str, int]  # table -> rows, the same on both sides
    counters: dict[str, int]  # register/year -> the last number given, on the server now
    documents: int  # issued documents whose SHA-256 matched on the shared folder
    files: int  # files copied (documents and attachments)
    problems: list[str] = field(default_factory=list)


def move_to_server(url: Any) -> MoveReport:
    from app.services import numbering
    from db.engine import Database
    from db.sqlite_ops import backup_to
    from db.transfer import count_rows

    source = paths.database_path()
    if not source.is_file():
        raise ServiceError(
            QT_TRANSLATE_NOOP("errors", "There is no database at {path} to move."), path=str(source)
        )
    with tempfile.TemporaryDirectory() as scratch:
        snapshot = Path(scratch) / "office.sqlite3"
        backup_to(source, snapshot)  # verified, one instant
        local = Database(snapshot, readonly=True)
        try:
            with local.reading() as session:
                given = numbering.given_in(session)
                days = numbering.days_in(session)
                expected_hashes = _issued_hashes(session)
            with local.engine.connect() as conn:
                expected_rows = count_rows(conn)
        finally:
            local.dispose()
        marks = numbering.read_marks()["given"]
        for key, number in {**marks, **numbering.stored_documents()}.items():
            given[key] = max(int(number), given.get(key, 0))
        # this computer's own folders (where they are kept without a server), copied to the shared folder
        local_documents, local_attachments = paths.data_dir() / "documents", paths.data_dir() / "attachments"
        context.open_database(url=url)
        _refuse_unless_empty()
        from app.services.backups import load_into_server

        load_into_server(snapshot, given, days)
    files = _copy_tree(local_documents, paths.documents_dir()) + _copy_tree(
        local_attachments, paths.attachments_dir()
    )
    return _verify(expected_rows, given, expected_hashes, files)


def _refuse_unless_empty() -> None:
    from db.transfer import count_rows

    with context.database().engine.connect() as conn:
        rows = count_rows(conn)
    held = {t: n for t, n in rows.items() if t in RECORD_TABLES and n}
    if held:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server's database already holds records ({tables}); an office moves "
                "into an empty database only. Nothing was copied.",
            ),
            tables=", ".join(f"{n} {t}" for t, n in sorted(held.items())),
        )


def _issued_hashes(session: Any) -> dict[str, str]:
    from sqlalchemy import select

    from db.models import Letter, Ordinance

    found: dict[str, str] = {}
    pairs = (
        (Letter.pdf_name, Letter.pdf_sha256),
        (Ordinance.pdf_fa, Ordinance.pdf_sha256_fa),
        (Ordinance.pdf_en, Ordinance.pdf_sha256_en),
    )
    for name_column, digest_column in pairs:
        rows = session.execute(select(name_column, digest_column))
        found.update({name: digest for name, digest in rows if name and digest})
    return found


def _copy_tree(source: Path, target: Path) -> int:
    """Every file below `source` copied to the same place below `target` (never over a different file)."""
    if not source.is_dir() or source.resolve() == target.resolve():
        return 0
    copied = 0
    for item in source.rglob("*"):
        if not item.is_file() or item.name.endswith(".tmp"):
            continue
        destination = target / item.relative_to(source)
        if destination.exists():
            if destination.read_bytes() != item.read_bytes():
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The shared folder already has a different {path}; nothing was overwritten."
                    ),
                    path=str(destination),
                )
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(item, destination)
        copied += 1
    return copied


def _verify(
    expected_rows: dict[str, int], given: dict[str, int], hashes: dict[str, str], files: int
) -> MoveReport:
    from app.services import numbering
    from db.transfer import count_rows

    problems: list[str] = []
    with context.database().engine.connect() as conn:
        rows = count_rows(conn)
    for table, n in expected_rows.items():
        if rows.get(table) != n and table != "settings":  # the server counts its changes in settings
            problems.append(f"{table}: {n} rows here, {rows.get(table)} on the server")
    with context.database().reading() as session:
        counters = numbering.given_in(session)
    for key, number in given.items():
        if counters.get(key, 0) < number:
            problems.append(
                f"{key}: number {number} was given here, the server's counter is {counters.get(key, 0)}"
            )
    matched = 0
    for name, digest in hashes.items():
        stored = paths.documents_dir() / name
        if not stored.is_file():
            problems.append(f"{name}: missing in the shared folder")
        elif hashlib.sha256(stored.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: differs from the document issued")
        else:
            matched += 1
    return MoveReport(
        {t: n for t, n in rows.items() if t in expected_rows}, counters, matched, files, problems
    )
