"""The command line: start the GUI, sample data, listings, checks and printing.

A user's mistake ends in one clear sentence on stderr and a non-zero exit status, never a traceback.
Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, paths
from app.commands import calendars as commands_calendars
from app.commands import documents as commands_documents
from app.commands import exports as commands_exports
from app.commands import imports as commands_imports
from app.commands import registers as commands_registers
from app.commands import today as commands_today

# The kinds of support request `list funding --kind` takes: db.models.funding.REQUEST_KINDS, named here so the
# parser needs no database import (tests/test_cli_cases.py proves the two agree).
REQUEST_KIND_NAMES = ("conference", "sabbatical", "mission", "student_study", "travel_plan")


class UsageError(Exception):
    """A command line mistake, said in one sentence."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ivc-desk", description="IVC Desk: the International Vice-Chancellor's desk."
    )
    parser.add_argument("--version", action="version", version=f"IVC Desk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use another data folder (also: IVC_DESK_HOME=DIR)")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="the office's server, postgresql://user@host:port/database (also: IVC_DESK_DATABASE=URL); "
        "a missing password is taken from the credential store",
    )
    parser.add_argument(
        "--exit-after-start", action="store_true", help="start, show the first page of data, quit"
    )
    parser.add_argument("--lang", choices=("fa", "en"), help="interface language for this run")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with realistic sample data")
    demo.add_argument("--size", type=int, default=300, metavar="N", help="records per register (default 300)")

    listing = commands.add_parser("list", help="one line per record: id, number, date, title")
    listing.add_argument("register", choices=sorted(commands_registers()))
    listing.add_argument("--search", default="", help="only records matching this text")
    listing.add_argument("--limit", type=int, default=0, help="at most this many lines (default: all)")
    listing.add_argument(
        "--kind",
        default="",
        choices=("", *REQUEST_KIND_NAMES),
        metavar="KIND",
        help="funding only: one kind of request (" + ", ".join(REQUEST_KIND_NAMES) + ")",
    )

    commands.add_parser("check", help="check the database's integrity and schema")

    backup = commands.add_parser(
        "backup", help="back the database up (verified copy) to FILE or the backups folder"
    )
    backup.add_argument("file", nargs="?", help="where to write the backup (default: the backups folder)")

    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the replaced one is kept)"
    )
    restore.add_argument("file", help="the backup to restore")

    commands.add_parser("backups", help="list the backups in the backups folder")

    moving = commands.add_parser(
        "move-to-server",
        help="copy this office's database and documents to an empty server database, and verify the copy",
    )
    moving.add_argument(
        "url", metavar="URL", help="postgresql://user@host:port/database (password: credential store)"
    )

    documents = commands_documents()
    printing = commands.add_parser(
        "print",
        help="write one document as PDF",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="documents:\n" + "\n".join(f"  {name:<20} {entry[0]}" for name, entry in documents.items()),
    )
    printing.add_argument(
        "document", choices=list(documents), metavar="DOCUMENT", help="the document to print"
    )
    printing.add_argument(
        "id", type=int, help="the record's id (see `ivc-desk list`), or a year where stated"
    )
    printing.add_argument(
        "-o", "--output", metavar="FILE", help="where to write the PDF (default: the exports folder)"
    )
    printing.add_argument(
        "--lang", dest="doc_lang", choices=("fa", "en", "both"), help="the document's language"
    )
    printing.add_argument("--paper", choices=("a4", "a5"), help="a draft letter's paper (default: Settings)")

    commands_today.add_commands(commands)

    exporting = commands.add_parser(
        "export",
        help="write a register to an .xlsx file, or a meeting's or visit's calendar to an .ics file",
        usage=(
            "ivc-desk export REGISTER [YEAR] -o FILE.xlsx | ivc-desk export search TEXT -o FILE.xlsx"
            " | ivc-desk export calendar meeting|visit ID -o FILE.ics"
        ),
    )
    exporting.add_argument("register", choices=[*sorted(commands_exports()), "calendar"])
    exporting.add_argument(
        "calendar_of",
        nargs="?",
        metavar="YEAR|TEXT|meeting|visit",
        help="the Jalali year (for `indicators`), what to look for (`search`), or (calendar) whose calendar",
    )
    exporting.add_argument(
        "record_id", nargs="?", metavar="ID", help="(calendar) the meeting's or visit's id"
    )
    exporting.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    commands_imports.add_parser(commands)
    return parser


def _undecodable(args: argparse.Namespace) -> str | None:
    """The first option whose text is not valid text (bytes that are not UTF-8 arrive as lone surrogates)."""
    for name, value in vars(args).items():
        if (
            isinstance(value, str) and name != "data_dir"
        ):  # a folder's name may be any bytes: open_database says so
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name
    return None


def _writable_folder(target: Path) -> None:
    """A file named on the command line goes into a folder that exists: none is made behind the user's
    back."""
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist; nothing was written (create it first)")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    bad = _undecodable(args)
    if bad:
        print(
            f"ivc-desk: the {bad.replace('_', '-')} given is not valid text (UTF-8); nothing was done",
            file=sys.stderr,
        )
        return 2
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.database:
        import os

        from app.services.connection import ENV_DATABASE

        os.environ[ENV_DATABASE] = args.database  # read by every open of this run, never printed
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(exit_after_start=args.exit_after_start, lang=args.lang)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "list": _list,
        "check": _check,
        "print": _print,
        "backup": _backup,
        "restore": _restore,
        "backups": _backups,
        "export": _export,
        "import": lambda a: commands_imports.run(a, UsageError),
        "today": _today,
        "search": _search,
        "move-to-server": _move_to_server,
    }
    try:
        return handlers[args.command](args)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): nothing more to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except UsageError as exc:
        print(f"ivc-desk: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence; details only on request
        from app.services.errors import ServiceError

        if isinstance(exc, ServiceError):
            print(f"ivc-desk: {exc.text()}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            print(f"ivc-desk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
            return 1
        raise


def _open(readonly: bool = False) -> None:
    from app.services import context

    context.open_database(readonly=readonly)


def _demo(args: argparse.Namespace) -> int:
    if not 1 <= args.size <= 1_000_000:
        raise UsageError("--size must be between 1 and 1,000,000")
    from app.services import demo, settings

    _open()
    counts = demo.fill_every_register(args.size)
    settings.save({"setup_done": "1"})
    print(", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def _lines(args: argparse.Namespace) -> list[str]:
    from app.services.paging import PageRequest

    factory = commands_registers()[args.register]
    if args.kind:  # only a register that has kinds takes one (its factory's argument)
        if "kind" not in inspect.signature(factory).parameters:
            raise UsageError(f"--kind applies to the funding register, not to {args.register}")
        fetch, line = factory(kind=args.kind)
    else:
        fetch, line = factory()
    limit = args.limit if args.limit > 0 else 10**9
    out: list[str] = []
    while len(out) < limit:
        rows = fetch(PageRequest(search=args.search, sort="id", offset=len(out), limit=500)).rows
        if not rows:
            break
        out.extend(line(r) for r in rows)
    return out[:limit]


def _list(args: argparse.Namespace) -> int:
    _open(readonly=True)
    for line in _lines(args):
        print(line)
    return 0


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


def _print(args: argparse.Namespace) -> int:
    from app.documents.output import write_atomic

    if args.output:
        _writable_folder(Path(args.output))
    _open(readonly=True)
    render = commands_documents()[args.document][1]
    if args.paper is None:
        data, name = render(args.id, args.doc_lang)
    elif "paper" in inspect.signature(render).parameters:
        data, name = render(args.id, args.doc_lang, paper=args.paper)
    else:
        raise UsageError(f"{args.document} is printed on A4; --paper is for letters")
    target = Path(args.output) if args.output else paths.exports_dir() / name
    target.parent.mkdir(parents=True, exist_ok=True)  # the exports folder of the data folder
    write_atomic(target, data)
    print(target)
    return 0


def _today(args: argparse.Namespace) -> int:
    if args.days is not None and not 1 <= args.days <= 366:
        raise UsageError("--days must be between 1 and 366")
    _open(readonly=True)
    print("\n".join(commands_today.print_today(args.days, args.lang or "en")))
    return 0


def _search(args: argparse.Namespace) -> int:
    _open(readonly=True)
    lines = commands_today.print_search(args.text, args.lang or "en")
    if not lines:
        print("nothing found", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


def _export(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if args.register == "calendar":
        return _export_calendar(args, target)
    if args.register == "search":
        return _export_search(args, target)
    year = None
    if args.calendar_of is not None and args.calendar_of.isdigit() and args.record_id is None:
        year = int(args.calendar_of)
    elif args.calendar_of is not None:
        raise UsageError(f"`export {args.register}` takes no more than the register's name and -o FILE.xlsx")
    if target.suffix.lower() != ".xlsx":
        raise UsageError("the export file's name must end in .xlsx")
    _writable_folder(target)
    _open(readonly=True)
    export = commands_exports()[args.register]
    if year is not None and len(inspect.signature(export).parameters) < 2:
        raise UsageError(f"the {args.register} export takes no year")
    rows = export(target) if year is None else export(target, year)
    print(f"{rows} rows written to {target}")
    return 0


def _export_search(args: argparse.Namespace, target: Path) -> int:
    if not args.calendar_of or args.record_id is not None:
        raise UsageError("say what to look for: `export search TEXT -o FILE.xlsx` (quote a text with spaces)")
    if target.suffix.lower() != ".xlsx":
        raise UsageError("the export file's name must end in .xlsx")
    _writable_folder(target)
    _open(readonly=True)
    rows = commands_exports()["search"](target, args.calendar_of, args.lang or "en")
    print(f"{rows} rows written to {target}")
    return 0


def _export_calendar(args: argparse.Namespace, target: Path) -> int:
    from app.documents.output import write_atomic
    from app.services.context import DatabaseInUseError

    calendars = commands_calendars()
    if args.calendar_of not in calendars:
        raise UsageError(
            "say whose calendar: `export calendar meeting ID -o FILE.ics` or `export calendar visit ID ...`"
        )
    if args.record_id is None or not args.record_id.isdigit():
        raise UsageError(f"give the {args.calendar_of}'s id as a number (see `ivc-desk list`)")
    if target.suffix.lower() != ".ics":
        raise UsageError("the calendar file's name must end in .ics")
    _writable_folder(target)
    try:
        _open()  # the events' SEQUENCE numbers are recorded
    except DatabaseInUseError:
        _open(readonly=True)  # the program is open on it: the file is written all the same
    write_atomic(target, calendars[args.calendar_of](int(args.record_id)))
    print(target)
    return 0


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
