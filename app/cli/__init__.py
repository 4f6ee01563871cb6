"""The command line: start the GUI, sample data, listings, checks and printing.

A user's mistake ends in one clear sentence on stderr and a non-zero exit status, never a traceback.
Heavy modules are imported inside the commands that need them.

Modules: this one (the parser and main), common (the usage error, the database opened, a file's folder
checked), records (sample data, listings, printing, Today, search and the exports) and database (check,
backups, restore and the move to a server).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app import __version__, paths
from app.cli.common import UsageError
from app.cli.database import _backup, _backups, _check, _move_to_server, _restore
from app.cli.records import _demo, _export, _list, _print, _search, _today
from app.commands import documents as commands_documents
from app.commands import exports as commands_exports
from app.commands import imports as commands_imports
from app.commands import registers as commands_registers
from app.commands import today as commands_today

# The kinds of support request `list funding --kind` takes: db.models.funding.REQUEST_KINDS, named here so the
# parser needs no database import (tests/test_cli_cases.py proves the two agree).
REQUEST_KIND_NAMES = ("conference", "sabbatical", "mission", "student_study", "travel_plan")


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
