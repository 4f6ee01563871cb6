"""The command line's commands on the database itself: its check (file or server), backups, restore and
the move to a server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import paths
from app.cli.common import UsageError, _open, _writable_folder


def _check_server(url: object) -> int:
    from app.services import context
    from db import SCHEMA_REVISION

    context.open_database(url=url, readonly=True)
    state = context.state()
    revision = context.database().ops.stored_revision()
    print(f"{state.where}: the server answers, schema {revision} (this program: {SCHEMA_REVISION})")
    return 0 if revision == SCHEMA_REVISION else 1


def _check(_args: argparse.Namespace) -> int:
    from app.services import connection
    from app.services.backups import check_file

    url = connection.configured()
    if url is not None:
        return _check_server(url)
    found = check_file(paths.database_path())
    path = found.path
    if found.problem == "missing":
        raise UsageError(f"there is no database at {path}")
    if found.problem:
        print(
            "ivc-desk: "
            + {
                "empty": f"the database file {path} is empty (0 bytes): it holds no records",
                "damaged": f"the database {path} is damaged: {found.detail}",
                "not-ours": f"{path} is a sound SQLite file but not an IVC Desk database (it has no schema)",
            }[found.problem],
            file=sys.stderr,
        )
        return 1
    print(f"{path}: integrity ok, schema {found.revision} (this program: {found.current})")
    return 0 if found.revision == found.current else 1


def _backup(args: argparse.Namespace) -> int:
    from app.services import backups

    if args.file:
        _writable_folder(Path(args.file))
    _open(readonly=True)
    print(backups.take_backup("manual", Path(args.file) if args.file else None))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.services import backups
    from app.services.context import DamagedDatabaseError

    source = Path(args.file)
    try:
        _open()
    except DamagedDatabaseError:
        backups.recover(source)  # the damaged file was set aside: put the backup in its place
        print(f"restored {source}")
        return 0
    result = backups.restore_backup(source)
    print(f"restored {source}; the replaced database was kept as {result.kept}")
    for register, numbers in result.reregistered.items():
        print(
            f"issued after this backup, re-registered with their stored documents: {len(numbers)} "
            f"{register}: " + ", ".join(numbers)
        )
    for register, numbers in result.taken_back.items():
        print(
            f"taken back by this restore (their numbers will not be given again): {len(numbers)} {register}: "
            + ", ".join(numbers)
        )
    return 0


def _backups(_args: argparse.Namespace) -> int:
    from app.services import backups

    for b in backups.list_backups():
        counts = ", ".join(f"{n} {table}" for table, n in b.counts.items())
        print(f"{b.taken:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{b.size}\t{counts}\t{b.path}")
    return 0


def _move_to_server(args: argparse.Namespace) -> int:
    from app.services import connection, move_in

    url = connection.parse_url(args.url)
    if url is None:
        raise UsageError("the address must be a server's: postgresql://user@host:port/database")
    report = move_in.move_to_server(url)
    where = connection.shown(url)
    print(f"moved to {where}: " + ", ".join(f"{n} {t}" for t, n in sorted(report.rows.items()) if n))
    print(
        "numbering on the server: "
        + (", ".join(f"{k} at {n}" for k, n in sorted(report.counters.items())) or "none yet")
    )
    print(f"{report.files} files copied; {report.documents} issued documents checked by their SHA-256")
    for problem in report.problems:
        print(f"ivc-desk: not verified: {problem}", file=sys.stderr)
    if report.problems:
        return 1
    print("verified: every table's rows, the numbering state and the documents' hashes match")
    return 0
