"""Importing a sheet on the command line (`ivc-desk import`), and the directory's exports (see app.commands)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.services.export_labels import label

# The registers of app.services.imports.REGISTERS, named here so that parsing the command line loads no services
IMPORTABLE = ("agreements", "funding", "partners", "people", "units", "visits")


def add_parser(commands) -> None:  # type: ignore[no-untyped-def]
    parser = commands.add_parser(
        "import", help="import a register from an .xlsx or .csv sheet (a preview first)"
    )
    parser.add_argument("register", choices=IMPORTABLE)
    parser.add_argument(
        "file", metavar="FILE.xlsx", help="the workbook (or a CSV file, UTF-8 or Windows-1256)"
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
