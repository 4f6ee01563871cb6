"""The command line's commands on the records: sample data, listings, printing, Today, search and the
exports (.xlsx registers, a search, a meeting's or visit's calendar)."""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

from app import paths
from app.cli.common import UsageError, _open, _writable_folder
from app.commands import calendars as commands_calendars
from app.commands import documents as commands_documents
from app.commands import exports as commands_exports
from app.commands import registers as commands_registers
from app.commands import today as commands_today


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
