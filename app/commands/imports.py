"""Importing a sheet on the command line (`ivc-desk import`), and the directory's exports (see
app.commands)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.services.export_labels import label

# The registers of app.services.imports.REGISTERS, named here so that parsing the command line loads no
# services
IMPORTABLE = ("agreements", "funding", "partners", "people", "units", "visits")
LOG_COMMANDS = ("log", "undo")  # the past imports, and undoing one


def add_parser(commands) -> None:  # type: ignore[no-untyped-def]
    parser = commands.add_parser(
        "import",
        help=(
            "import a register from an .xlsx or .csv sheet (a preview first); "
            "`import log`, `import undo BATCH`"
        ),
        usage=(
            "ivc-desk import REGISTER FILE.xlsx [--sheet NAME] [--map FIELD=COLUMN ...] [--dry-run]"
            " [--skip-refused] | ivc-desk import log | ivc-desk import undo BATCH"
        ),
    )
    parser.add_argument("register", choices=[*IMPORTABLE, *LOG_COMMANDS], metavar="REGISTER|log|undo")
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.xlsx|BATCH",
        help="the workbook (or a CSV file, UTF-8 or Windows-1256); for `undo`, the import's number",
    )
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read FIELD from the column headed COLUMN (or numbered COLUMN); FIELD= leaves it out",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only say what each row would become; write nothing"
    )
    parser.add_argument(
        "--skip-refused", action="store_true", help="import the other rows when some are refused"
    )


def run(args: argparse.Namespace, usage_error: type[Exception]) -> int:
    import sys

    from app.services import context, imports

    if args.register in LOG_COMMANDS:
        return _log_or_undo(args, usage_error)
    if args.file is None:
        raise usage_error(f"say which file to import: `import {args.register} FILE.xlsx`")
    given: dict[str, str] = {}
    for item in args.map:
        key, sign, column = item.partition("=")
        if not sign or not key:
            raise usage_error(f"--map takes FIELD=COLUMN, not {item!r}")
        given[key.strip()] = column.strip()
    context.open_database(readonly=args.dry_run)
    table = imports.open_sheet(args.register, Path(args.file), args.sheet)
    mapping = imports.mapping_from_names(args.register, table, given)
    result = imports.preview(args.register, table, mapping)
    for row in result.rows:
        if row.outcome == imports.REFUSED:
            print(f"row {row.row}: refused: {imports.describe(row).text()}")
        elif row.outcome == imports.DUPLICATE:
            print(
                f"row {row.row}: {imports.describe(row).text()} (not imported; the wizard can add it anyway)"
            )
        for note in row.notes:
            print(f"row {row.row}: {note.text()}")
    print(result.summary())
    if args.dry_run:
        return 0
    if result.count(imports.REFUSED) and not args.skip_refused:
        print(
            "ivc-desk: some rows are refused, so nothing was written (correct them, or give --skip-refused)",
            file=sys.stderr,
        )
        return 1
    done = imports.apply_import(result, skip_refused=args.skip_refused)
    print(
        f"imported as batch {done.batch}: {done.added} added, {done.kept} kept as they were, "
        f"{done.refused} refused, {done.created} units or partners created"
    )
    return 0


def _log_or_undo(args: argparse.Namespace, usage_error: type[Exception]) -> int:
    """`import log`: one line per past import; `import undo BATCH`: archive what it added, or say why not."""
    from app.services import context, imports

    if args.register == "log":
        if args.file is not None:
            raise usage_error("`import log` takes nothing more")
        context.open_database(readonly=True)
        batches = imports.list_imports()
        for b in batches:
            state = "undone" if b.undone else "in place"
            where = b.file + (f" [{b.sheet}]" if b.sheet else "")
            print(
                f"{b.id}\t{b.at:%Y-%m-%d %H:%M} UTC\t{b.actor}\t{b.register}\t{where}\t"
                f"{b.added} added, {b.updated} updated\t{state}"
            )
        if not batches:
            print("no import yet")
        return 0
    if args.file is None or not args.file.isdigit():
        raise usage_error("give the import's number: `import undo BATCH` (see `ivc-desk import log`)")
    context.open_database()
    archived = imports.undo_import(int(args.file))
    print(f"import {args.file} undone: {archived} records moved to the archive")
    return 0


def _export(fetch_name: str, title: str, headers: list[str], cells, widths: tuple[int, ...]):  # type: ignore[no-untyped-def]
    def export(path: Path) -> int:
        from app.documents.xlsx import Sheet, write_xlsx
        from app.services import directory
        from app.services.paging import every_row

        rows = every_row(getattr(directory, fetch_name))
        return write_xlsx(path, [Sheet(title, headers, (cells(r) for r in rows), widths=widths)])

    return export


EXPORTS = {
    "people": _export(
        "list_people",
        "People",
        [
            "id",
            "kind",
            "name (Latin)",
            "name (Persian)",
            "unit (Persian)",
            "unit (English)",
            "email",
            "phone",
            "country",
            "passport",
            "archived",
        ],
        lambda r: [
            r.id,
            label("person_kind", r.kind),
            r.name_en,
            r.name_fa,
            r.unit_fa,
            r.unit_en,
            r.email,
            r.phone,
            r.country,
            r.passport_masked,
            "yes" if r.archived else "",
        ],
        (8, 14, 30, 30, 30, 30, 30, 18, 8, 14, 8),
    ),
    "units": _export(
        "list_units",
        "Units",
        ["id", "kind", "name (Persian)", "name (English)", "people", "archived"],
        lambda r: [
            r.id,
            label("unit_kind", r.kind),
            r.name_fa,
            r.name_en,
            r.people,
            "yes" if r.archived else "",
        ],
        (8, 16, 40, 40, 8, 8),
    ),
    "partners": _export(
        "list_institutions",
        "Partners",
        ["id", "name (English)", "name (Persian)", "country", "city", "website", "agreements", "archived"],
        lambda r: [
            r.id,
            r.name_en,
            r.name_fa,
            r.country,
            r.city,
            r.website,
            r.agreements,
            "yes" if r.archived else "",
        ],
        (8, 40, 40, 8, 20, 30, 10, 8),
    ),
    "agreements": _export(
        "list_agreements",
        "Agreements",
        [
            "id",
            "partner",
            "partner (Persian)",
            "title",
            "signed on",
            "valid until",
            "status",
            "scope",
            "archived",
        ],
        lambda r: [
            r.id,
            r.institution_en,
            r.institution_fa,
            r.title,
            r.signed_on,
            r.valid_until,
            label("agreement_status", r.status),
            r.scope,
            "yes" if r.archived else "",
        ],
        (8, 30, 30, 40, 12, 12, 10, 50, 8),
    ),
}
